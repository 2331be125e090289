import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  InvalidPeriodError,
  parsePeriod,
  periodCode,
  previousInYear,
  sameLastYear,
} from "../../../src/core/periods";
import type { Period } from "../../../src/core/periods";

function p(code: string): Period {
  const result = parsePeriod(code);
  if (!result.ok) throw new Error(result.reason.en);
  return result.period;
}

const codeOf = (period: Period | null) => (period === null ? null : periodCode(period));

describe("sameLastYear gives the same cut-off one year earlier", () => {
  it("moves every kind back one year", () => {
    expect(sameLastYear(p("2024-10"))).toEqual(p("2023-10"));
    expect(sameLastYear(p("2022-Q1"))).toEqual(p("2021-Q1"));
    expect(sameLastYear(p("2020-H1"))).toEqual(p("2019-H1"));
    expect(sameLastYear(p("2024-9M"))).toEqual(p("2023-9M"));
    expect(sameLastYear(p("2024"))).toEqual(p("2023"));
    expect(sameLastYear(p("2024-10-31"))).toEqual(p("2023-10-31"));
  });

  it("takes 28 February 2023 as the same cut-off as 29 February 2024", () => {
    expect(sameLastYear(p("2024-02-29"))).toEqual({ kind: "to-date", year: 2023, month: 2, day: 28 });
  });

  it("keeps a leap-year February month a month: 2024-02 against 2023-02", () => {
    expect(sameLastYear(p("2024-02"))).toEqual({ kind: "month", year: 2023, month: 2 });
  });
});

describe("previousInYear gives the report before this one in the same year's series", () => {
  it("takes month M back to month M-1, and January to none", () => {
    expect(codeOf(previousInYear(p("2024-10")))).toBe("2024-09");
    expect(codeOf(previousInYear(p("2024-02")))).toBe("2024-01");
    expect(previousInYear(p("2024-01"))).toBeNull();
  });

  it("takes quarter n back to quarter n-1, and Q1 to none", () => {
    expect(codeOf(previousInYear(p("2024-Q4")))).toBe("2024-Q3");
    expect(codeOf(previousInYear(p("2024-Q2")))).toBe("2024-Q1");
    expect(previousInYear(p("2024-Q1"))).toBeNull();
  });

  it("follows the cumulative ladder Q1 -> 6 months -> 9 months -> year", () => {
    expect(codeOf(previousInYear(p("2024-H1")))).toBe("2024-Q1");
    expect(codeOf(previousInYear(p("2024-9M")))).toBe("2024-H1");
    expect(codeOf(previousInYear(p("2024")))).toBe("2024-9M");
  });

  it("gives none for an as-of date, which starts no series", () => {
    expect(previousInYear(p("2024-10-31"))).toBeNull();
  });
});

describe("comparePeriods sorts periods by when they end, then shortest first", () => {
  it("orders by the end of the calendar period", () => {
    expect(comparePeriods(p("2024-09"), p("2024-10"))).toBeLessThan(0);
    expect(comparePeriods(p("2024"), p("2023-12"))).toBeGreaterThan(0);
    expect(comparePeriods(p("2024-10-15"), p("2024-10"))).toBeLessThan(0);
  });

  it("puts the shorter of two periods ending the same day first", () => {
    // All end 30 June 2024: month (30 days) < quarter (91) < first six months (182).
    const sorted = [p("2024-H1"), p("2024-Q2"), p("2024-06")].sort(comparePeriods).map(periodCode);
    expect(sorted).toEqual(["2024-06", "2024-Q2", "2024-H1"]);
  });

  it("sorts a mixed list into report order and calls equal periods equal", () => {
    const codes = ["2024", "2023-Q4", "2024-9M", "2024-01", "2024-03-07", "2024-Q1", "2024-H1", "2024-09-30"];
    const sorted = codes.map(p).sort(comparePeriods).map(periodCode);
    // 2024-03-07 ends 7 Mar; Q1 ends 31 Mar; H1 30 Jun; 2024-09-30 and 9M both cover 1 Jan..30 Sep.
    expect(sorted).toEqual([
      "2023-Q4",
      "2024-01",
      "2024-03-07",
      "2024-Q1",
      "2024-H1",
      "2024-9M",
      "2024-09-30",
      "2024",
    ]);
    expect(comparePeriods(p("2024-Q3"), p("2024-q3"))).toBe(0);
  });
});

describe("a period no parser could produce is a programming error", () => {
  it("throws InvalidPeriodError for a month 13, a quarter 5, 30 February or a fractional year", () => {
    const bad = [
      { kind: "month", year: 2024, month: 13 },
      { kind: "quarter", year: 2024, quarter: 5 },
      { kind: "to-date", year: 2024, month: 2, day: 30 },
      { kind: "year", year: 2024.5 },
    ] as unknown as Period[];
    for (const period of bad) {
      expect(() => periodCode(period), JSON.stringify(period)).toThrow(InvalidPeriodError);
      expect(() => sameLastYear(period), JSON.stringify(period)).toThrow(InvalidPeriodError);
    }
  });
});
