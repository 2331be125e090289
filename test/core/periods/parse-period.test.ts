import { describe, expect, it } from "vitest";
import { parsePeriod, periodCode } from "../../../src/core/periods";
import type { Period } from "../../../src/core/periods";

/** The period a text must parse to; fails the test with the reason otherwise. */
function parsed(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.reason.en}`);
  return result.period;
}

/** The reason a text is rejected; fails the test if it parses. */
function rejection(text: string): { vi: string; en: string } {
  const result = parsePeriod(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected, got ${JSON.stringify(result.period)}`);
  return result.reason;
}

describe("parsePeriod reads every period code", () => {
  it("reads a month YYYY-MM", () => {
    expect(parsed("2024-10")).toEqual({ kind: "month", year: 2024, month: 10 });
    expect(parsed("2024-01")).toEqual({ kind: "month", year: 2024, month: 1 });
  });

  it("reads a quarter YYYY-Qn", () => {
    expect(parsed("2022-Q1")).toEqual({ kind: "quarter", year: 2022, quarter: 1 });
    expect(parsed("2022-Q4")).toEqual({ kind: "quarter", year: 2022, quarter: 4 });
  });

  it("reads the first six months YYYY-H1 and the first nine months YYYY-9M", () => {
    expect(parsed("2020-H1")).toEqual({ kind: "half", year: 2020 });
    expect(parsed("2024-9M")).toEqual({ kind: "nine-months", year: 2024 });
  });

  it("reads a year YYYY", () => {
    expect(parsed("2024")).toEqual({ kind: "year", year: 2024 });
  });

  it("reads an as-of date YYYY-MM-DD", () => {
    expect(parsed("2024-10-31")).toEqual({ kind: "to-date", year: 2024, month: 10, day: 31 });
    expect(parsed("2023-03-07")).toEqual({ kind: "to-date", year: 2023, month: 3, day: 7 });
    expect(parsed("2024-02-29")).toEqual({ kind: "to-date", year: 2024, month: 2, day: 29 });
  });

  it("tolerates surrounding spaces and lower-case q, h and m", () => {
    expect(parsed("  2022-q3 ")).toEqual({ kind: "quarter", year: 2022, quarter: 3 });
    expect(parsed("\t2020-h1\n")).toEqual({ kind: "half", year: 2020 });
    expect(parsed(" 2024-9m")).toEqual({ kind: "nine-months", year: 2024 });
    expect(parsed(" 2024 ")).toEqual({ kind: "year", year: 2024 });
  });

  it("accepts the years 1990 to 2100 and no others", () => {
    expect(parsed("1990-01")).toEqual({ kind: "month", year: 1990, month: 1 });
    expect(parsed("2100-Q4")).toEqual({ kind: "quarter", year: 2100, quarter: 4 });
    expect(rejection("1989")).toEqual({
      vi: "Năm 1989 nằm ngoài khoảng được chấp nhận (1990-2100).",
      en: "The year 1989 is outside the accepted range (1990-2100).",
    });
    expect(rejection("2101-05").en).toBe("The year 2101 is outside the accepted range (1990-2100).");
  });
});

describe("parsePeriod rejects what is not a period, saying why in Vietnamese and English", () => {
  it("rejects month 13 and month 00", () => {
    expect(rejection("2024-13")).toEqual({
      vi: "Không có tháng 13: tháng phải từ 01 đến 12.",
      en: "There is no month 13: a month is 01 to 12.",
    });
    expect(rejection("2024-00").en).toBe("There is no month 00: a month is 01 to 12.");
    expect(rejection("2024-13-01").vi).toBe("Không có tháng 13: tháng phải từ 01 đến 12.");
  });

  it("rejects quarter 5 and quarter 0", () => {
    expect(rejection("2024-Q5")).toEqual({
      vi: "Không có quý 5: quý phải từ Q1 đến Q4.",
      en: "There is no quarter 5: quarters are Q1 to Q4.",
    });
    expect(rejection("2024-q0").en).toBe("There is no quarter 0: quarters are Q1 to Q4.");
  });

  it("rejects a day the month does not have, 29 February of a common year among them", () => {
    expect(rejection("2023-02-29")).toEqual({
      vi: "Không có ngày 29/02/2023: tháng 2/2023 có 28 ngày.",
      en: "29/02/2023 is not a date: February 2023 has 28 days.",
    });
    expect(rejection("2024-04-31").en).toBe("31/04/2024 is not a date: April 2024 has 30 days.");
    expect(rejection("2024-10-00").vi).toBe("Không có ngày 00/10/2024: tháng 10/2024 có 31 ngày.");
  });

  it("rejects halves and multi-month periods other than the first six and first nine months", () => {
    expect(rejection("2024-H2")).toEqual({
      vi: 'Kỳ "H2" không có: chỉ dùng H1 (6 tháng đầu năm) và 9M (9 tháng).',
      en: 'There is no "H2" period: only H1 (first 6 months) and 9M (first 9 months) are used.',
    });
    expect(rejection("2024-6m").en).toBe(
      'There is no "6M" period: only H1 (first 6 months) and 9M (first 9 months) are used.',
    );
  });

  it("rejects empty text", () => {
    expect(rejection("   ")).toEqual({ vi: "Chưa nhập kỳ báo cáo.", en: "No period was given." });
  });

  it("rejects text of no known form and lists the forms", () => {
    const expected = {
      vi:
        'Không đọc được kỳ báo cáo "tháng 10". Viết theo một trong các dạng: 2024-10 (tháng), ' +
        "2024-Q1 (quý), 2024-H1 (6 tháng đầu năm), 2024-9M (9 tháng), 2024 (năm), " +
        "2024-10-31 (tính đến ngày).",
      en:
        'Cannot read the period "tháng 10". Write one of: 2024-10 (month), 2024-Q1 (quarter), ' +
        "2024-H1 (first 6 months), 2024-9M (first 9 months), 2024 (year), 2024-10-31 (as of a date).",
    };
    expect(rejection("tháng 10")).toEqual(expected);
    for (const text of [
      "2024-1",
      "24-10",
      "2024/10",
      "2024-10-1",
      "2024 - Q1",
      "2024-Q",
      "Q1-2024",
      "20245",
    ]) {
      expect(rejection(text).en, text).toMatch(/^Cannot read the period "/);
    }
  });

  it("never throws, whatever the text", () => {
    for (const text of ["", "-", "9999999999999999999999-01", "2024-Q1-01", "\u0000", "２０２４"]) {
      expect(parsePeriod(text).ok, text).toBe(false);
    }
  });
});

describe("periodCode writes the canonical code", () => {
  it("writes each kind as the grammar spells it, upper-case and zero-padded", () => {
    expect(periodCode({ kind: "month", year: 2024, month: 3 })).toBe("2024-03");
    expect(periodCode({ kind: "quarter", year: 2022, quarter: 1 })).toBe("2022-Q1");
    expect(periodCode({ kind: "half", year: 2020 })).toBe("2020-H1");
    expect(periodCode({ kind: "nine-months", year: 2024 })).toBe("2024-9M");
    expect(periodCode({ kind: "year", year: 2024 })).toBe("2024");
    expect(periodCode({ kind: "to-date", year: 2023, month: 3, day: 7 })).toBe("2023-03-07");
  });

  it("turns a tolerated spelling into the canonical one", () => {
    expect(periodCode(parsed(" 2022-q3 "))).toBe("2022-Q3");
    expect(periodCode(parsed("2024-9m"))).toBe("2024-9M");
  });
});
