/**
 * Every figure of domain.md §7 ("How figures are written"), verbatim, in both languages.
 * The sentences are rebuilt from the formatters, so a change in any figure's wording fails
 * here. Inputs are in triệu đồng (how money is stored) and in percent points.
 */
import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatMoney,
  formatMoneyBillions,
  formatPercent,
  growthOf,
  percent,
  percentOf,
  trieu,
} from "../../../src/core/numbers";

describe("domain.md §7: money in tỷ and triệu (vi)", () => {
  it('writes 2.345.678 triệu đồng as "2.345 tỷ 678 triệu đồng"', () => {
    expect(formatMoney(trieu(2_345_678), "vi")).toBe("2.345 tỷ 678 triệu đồng");
  });

  it('writes 4.012.045 as "4.012 tỷ 045 triệu đồng" (three-digit triệu part once there are tỷ)', () => {
    expect(formatMoney(trieu(4_012_045), "vi")).toBe("4.012 tỷ 045 triệu đồng");
  });

  it('writes 7.000.000 as "7.000 tỷ đồng"', () => {
    expect(formatMoney(trieu(7_000_000), "vi")).toBe("7.000 tỷ đồng");
  });

  it('writes 640 as "640 triệu đồng"', () => {
    expect(formatMoney(trieu(640), "vi")).toBe("640 triệu đồng");
  });

  it('writes 12,5 triệu as "12,5 triệu đồng"', () => {
    expect(formatMoney(trieu(12.5), "vi")).toBe("12,5 triệu đồng");
  });

  it('writes the decimal form "36.353,2 tỷ đồng" (36.353.200 triệu / 1.000)', () => {
    expect(formatMoneyBillions(trieu(36_353_200), "vi")).toBe("36.353,2 tỷ đồng");
  });
});

describe("domain.md §7: percentages and counts (vi)", () => {
  it('keeps at most two decimals without trailing zeros: "41,3%", "7,25%", "100%"', () => {
    expect(formatPercent(percent(41.3), "vi")).toBe("41,3%");
    expect(formatPercent(percent(7.25), "vi")).toBe("7,25%");
    expect(formatPercent(percent(100), "vi")).toBe("100%");
  });

  it('writes counts with "." thousands: "12.345 hồ sơ"', () => {
    expect(formatCount(12_345, "hồ sơ", "vi")).toBe("12.345 hồ sơ");
  });
});

describe("domain.md §7: the typical sentences rebuilt from figures", () => {
  it("states budget revenue with % of estimate and % of last year", () => {
    // 2.345.678 / 5.679.608 x 100 = 41,2999...  -> "41,3"
    // 2.345.678 / 2.163.910 x 100 = 108,39997... -> "108,4"
    const cumulative = trieu(2_345_678);
    const estimate = percentOf(cumulative, 5_679_608);
    const yearOnYear = percentOf(cumulative, 2_163_910);
    const sentence =
      `Thu ngân sách nhà nước trên địa bàn tính đến ngày 30/9/2024 đạt ${formatMoney(cumulative, "vi")},` +
      ` bằng ${formatPercent(estimate, "vi")} dự toán thành phố giao` +
      ` (bằng ${formatPercent(yearOnYear, "vi")} so với cùng kỳ năm 2023).`;
    expect(sentence).toBe(
      "Thu ngân sách nhà nước trên địa bàn tính đến ngày 30/9/2024 đạt 2.345 tỷ 678 triệu đồng," +
        " bằng 41,3% dự toán thành phố giao (bằng 108,4% so với cùng kỳ năm 2023).",
    );
  });

  it("states production value with growth on last year", () => {
    // 20.410.300 / 19.039.459 x 100 = 107,1999997... ; growth = 7,1999997... -> "7,2"
    const value = trieu(20_410_300);
    const ratio = percentOf(value, 19_039_459)!;
    const sentence =
      `Giá trị sản xuất trên địa bàn ước đạt ${formatMoney(value, "vi")}` +
      ` (tăng ${formatPercent(growthOf(ratio), "vi")} so với cùng kỳ năm 2023).`;
    expect(sentence).toBe(
      "Giá trị sản xuất trên địa bàn ước đạt 20.410 tỷ 300 triệu đồng (tăng 7,2% so với cùng kỳ năm 2023).",
    );
  });

  it("states enlisted young people at 100% of the target", () => {
    const sentence =
      `Tuyển chọn, bàn giao ${formatCount(62, "thanh niên", "vi")} nhập ngũ,` +
      ` đạt ${formatPercent(percentOf(62, 62), "vi")} chỉ tiêu.`;
    expect(sentence).toBe("Tuyển chọn, bàn giao 62 thanh niên nhập ngũ, đạt 100% chỉ tiêu.");
  });

  it("states meetings held and the difference with last year", () => {
    // last year 97 meetings: 97 - 85 = 12 fewer
    const sentence =
      `Tổ chức ${formatCount(85, "cuộc họp", "vi")}, giảm ${formatCount(97 - 85, "cuộc", "vi")}` +
      ` so với cùng kỳ năm 2023.`;
    expect(sentence).toBe("Tổ chức 85 cuộc họp, giảm 12 cuộc so với cùng kỳ năm 2023.");
  });

  it("states the English sentence in billions with English separators", () => {
    const cumulative = trieu(2_345_678);
    const sentence =
      `State budget revenue collected in the area reached ${formatMoney(cumulative, "en")},` +
      ` ${formatPercent(percentOf(cumulative, 5_679_608), "en")} of the city's estimate` +
      ` (${formatPercent(percentOf(cumulative, 2_163_910), "en")} of the same period of 2023).`;
    expect(sentence).toBe(
      "State budget revenue collected in the area reached VND 2,345.678 billion, 41.3% of the city's" +
        " estimate (108.4% of the same period of 2023).",
    );
  });
});

describe("domain.md §7 figures in English", () => {
  it('writes money in billions once there are billions: "VND 4,012.045 billion", "VND 7,000 billion"', () => {
    expect(formatMoney(trieu(4_012_045), "en")).toBe("VND 4,012.045 billion");
    expect(formatMoney(trieu(7_000_000), "en")).toBe("VND 7,000 billion");
  });

  it('writes smaller sums in millions: "VND 640 million", "VND 12.5 million"', () => {
    expect(formatMoney(trieu(640), "en")).toBe("VND 640 million");
    expect(formatMoney(trieu(12.5), "en")).toBe("VND 12.5 million");
  });

  it('writes the decimal billions form "VND 36,353.2 billion"', () => {
    expect(formatMoneyBillions(trieu(36_353_200), "en")).toBe("VND 36,353.2 billion");
  });

  it('writes percentages and counts with "." decimals and "," thousands', () => {
    expect(formatPercent(percent(41.3), "en")).toBe("41.3%");
    expect(formatPercent(percent(7.25), "en")).toBe("7.25%");
    expect(formatPercent(percent(100), "en")).toBe("100%");
    expect(formatCount(12_345, "files", "en")).toBe("12,345 files");
  });
});
