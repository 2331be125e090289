import { describe, expect, it } from "vitest";
import { parsePeriod, periodLabel, periodPhrase } from "../../../src/core/periods";
import type { Period } from "../../../src/core/periods";

function p(code: string): Period {
  const result = parsePeriod(code);
  if (!result.ok) throw new Error(result.reason.en);
  return result.period;
}

describe("periodLabel titles a report the way domain.md §4 writes it", () => {
  it("gives every Vietnamese label of domain.md §4 verbatim", () => {
    expect(periodLabel(p("2024-10"), "vi")).toBe("Tháng 10/2024");
    expect(periodLabel(p("2022-Q1"), "vi")).toBe("Quý I/2022");
    expect(periodLabel(p("2020-H1"), "vi")).toBe("6 tháng đầu năm 2020");
    expect(periodLabel(p("2024-9M"), "vi")).toBe("9 tháng năm 2024");
    expect(periodLabel(p("2024"), "vi")).toBe("Năm 2024");
    expect(periodLabel(p("2024-10-31"), "vi")).toBe("Tính đến ngày 31/10/2024");
  });

  it("gives the English label of each of those periods", () => {
    expect(periodLabel(p("2024-10"), "en")).toBe("October 2024");
    expect(periodLabel(p("2022-Q1"), "en")).toBe("Q1 2022");
    expect(periodLabel(p("2020-H1"), "en")).toBe("First 6 months of 2020");
    expect(periodLabel(p("2024-9M"), "en")).toBe("First 9 months of 2024");
    expect(periodLabel(p("2024"), "en")).toBe("Year 2024");
    expect(periodLabel(p("2024-10-31"), "en")).toBe("As of 31/10/2024");
  });

  it("numbers quarters in Roman numerals I to IV in Vietnamese", () => {
    expect(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"].map((c) => periodLabel(p(c), "vi"))).toEqual([
      "Quý I/2023",
      "Quý II/2023",
      "Quý III/2023",
      "Quý IV/2023",
    ]);
    expect(periodLabel(p("2023-Q4"), "en")).toBe("Q4 2023");
  });

  it("writes a month without a leading zero in Vietnamese and by name in English", () => {
    expect(periodLabel(p("2024-03"), "vi")).toBe("Tháng 3/2024");
    expect(periodLabel(p("2024-01"), "en")).toBe("January 2024");
    expect(periodLabel(p("2024-12"), "en")).toBe("December 2024");
  });

  it("writes an as-of date as domain.md does: two-digit day, month without leading zero (07/3/2023)", () => {
    expect(periodLabel(p("2023-03-07"), "vi")).toBe("Tính đến ngày 07/3/2023");
    expect(periodLabel(p("2024-09-30"), "vi")).toBe("Tính đến ngày 30/9/2024");
  });

  it("writes an English as-of date as dd/mm/yyyy with both parts two digits", () => {
    expect(periodLabel(p("2023-03-07"), "en")).toBe("As of 07/03/2023");
  });
});

describe("periodPhrase gives the in-sentence form for narratives", () => {
  it("writes each kind in Vietnamese, lower-case, to follow an indicator name", () => {
    expect(periodPhrase(p("2024-10"), "vi")).toBe("tháng 10/2024");
    expect(periodPhrase(p("2022-Q1"), "vi")).toBe("quý I/2022");
    expect(periodPhrase(p("2020-H1"), "vi")).toBe("6 tháng đầu năm 2020");
    expect(periodPhrase(p("2024-9M"), "vi")).toBe("9 tháng năm 2024");
    expect(periodPhrase(p("2024"), "vi")).toBe("năm 2024");
    expect(periodPhrase(p("2024-10-31"), "vi")).toBe("tính đến ngày 31/10/2024");
  });

  it("writes each kind in English with its preposition", () => {
    expect(periodPhrase(p("2024-10"), "en")).toBe("in October 2024");
    expect(periodPhrase(p("2022-Q1"), "en")).toBe("in Q1 2022");
    expect(periodPhrase(p("2020-H1"), "en")).toBe("in the first 6 months of 2020");
    expect(periodPhrase(p("2024-9M"), "en")).toBe("in the first 9 months of 2024");
    expect(periodPhrase(p("2024"), "en")).toBe("in 2024");
    expect(periodPhrase(p("2024-10-31"), "en")).toBe("as of 31/10/2024");
  });

  it("fits domain.md's sample sentence", () => {
    const sentence = `Thu ngân sách nhà nước trên địa bàn ${periodPhrase(p("2024-09-30"), "vi")} đạt 2.345 tỷ 678 triệu đồng`;
    expect(sentence).toBe(
      "Thu ngân sách nhà nước trên địa bàn tính đến ngày 30/9/2024 đạt 2.345 tỷ 678 triệu đồng",
    );
  });
});
