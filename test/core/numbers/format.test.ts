import { describe, expect, it } from "vitest";
import {
  NumberArgumentError,
  formatCount,
  formatMoney,
  formatMoneyBillions,
  formatNumber,
  formatPercent,
  formatValue,
  growthOf,
  percent,
  trieu,
} from "../../../src/core/numbers";

describe("formatNumber", () => {
  it('groups thousands with "." and marks decimals with "," in Vietnamese', () => {
    expect(formatNumber(12_345, "vi")).toBe("12.345");
    expect(formatNumber(1592.5, "vi")).toBe("1.592,5");
    expect(formatNumber(1_234_567.891, "vi")).toBe("1.234.567,89");
    expect(formatNumber(999, "vi")).toBe("999");
  });

  it('groups thousands with "," and marks decimals with "." in English', () => {
    expect(formatNumber(12_345, "en")).toBe("12,345");
    expect(formatNumber(1592.5, "en")).toBe("1,592.5");
  });

  it("shows no trailing zeros beyond minDecimals", () => {
    expect(formatNumber(1.1, "vi")).toBe("1,1");
    expect(formatNumber(5, "vi", { minDecimals: 2 })).toBe("5,00");
    expect(formatNumber(5.5, "en", { minDecimals: 2 })).toBe("5.50");
    expect(formatNumber(7, "vi", { maxDecimals: 0 })).toBe("7");
  });

  it("rounds half away from zero", () => {
    expect(formatNumber(2.5, "vi", { maxDecimals: 0 })).toBe("3");
    expect(formatNumber(-2.5, "vi", { maxDecimals: 0 })).toBe("-3");
    expect(formatNumber(0.125, "vi")).toBe("0,13");
    expect(formatNumber(-0.125, "vi")).toBe("-0,13");
    expect(formatNumber(999.999, "vi")).toBe("1.000"); // 999,999 -> 1.000,00 -> carry into the thousands
  });

  it("rounds the number as it is written, not its binary approximation", () => {
    // 1.005 and 2.675 are stored as 1.00499999... and 2.67499999...; people typed 1,005 and 2,675.
    expect(formatNumber(1.005, "vi")).toBe("1,01");
    expect(formatNumber(2.675, "en")).toBe("2.68");
  });

  it("prints -0, and a negative that rounds to zero, as 0", () => {
    expect(formatNumber(-0, "vi")).toBe("0");
    expect(formatNumber(-0.001, "vi")).toBe("0");
  });

  it("writes very large and very small numbers in full, never with an exponent", () => {
    expect(formatNumber(1e21, "vi")).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(1.5e-7, "en", { maxDecimals: 8 })).toBe("0.00000015");
    expect(formatNumber(5e-324, "vi")).toBe("0");
  });

  it('shows a missing value as "-"', () => {
    expect(formatNumber(null, "vi")).toBe("-");
    expect(formatNumber(undefined, "en")).toBe("-");
  });

  it("refuses NaN, Infinity and impossible decimal options as a programming error", () => {
    expect(() => formatNumber(Number.NaN, "vi")).toThrow(NumberArgumentError);
    expect(() => formatNumber(Number.NEGATIVE_INFINITY, "vi")).toThrow(NumberArgumentError);
    expect(() => formatNumber(1, "vi", { maxDecimals: -1 })).toThrow(NumberArgumentError);
    expect(() => formatNumber(1, "vi", { maxDecimals: 1.5 })).toThrow(NumberArgumentError);
    expect(() => formatNumber(1, "vi", { maxDecimals: 1, minDecimals: 2 })).toThrow(NumberArgumentError);
  });
});

describe("formatMoney", () => {
  it('writes 1.000 triệu as "1 tỷ đồng" / "VND 1 billion"', () => {
    expect(formatMoney(trieu(1000), "vi")).toBe("1 tỷ đồng");
    expect(formatMoney(trieu(1000), "en")).toBe("VND 1 billion");
  });

  it('reads domain.md\'s English example back: "VND 2,345.678 billion"', () => {
    expect(formatMoney(trieu(2_345_678), "en")).toBe("VND 2,345.678 billion");
  });

  it("rounds the triệu part to whole triệu once there are tỷ", () => {
    expect(formatMoney(trieu(2_345_678.4), "vi")).toBe("2.345 tỷ 678 triệu đồng");
    expect(formatMoney(trieu(2_345_678.5), "vi")).toBe("2.345 tỷ 679 triệu đồng");
    expect(formatMoney(trieu(1000.5), "vi")).toBe("1 tỷ 001 triệu đồng");
    expect(formatMoney(trieu(1500), "en")).toBe("VND 1.5 billion");
  });

  it("carries into tỷ when rounding reaches 1.000 triệu", () => {
    // 999,9996 triệu -> 1.000,00 triệu to two decimals -> 1 tỷ
    expect(formatMoney(trieu(999.9996), "vi")).toBe("1 tỷ đồng");
    expect(formatMoney(trieu(999.9996), "en")).toBe("VND 1 billion");
    // 1.999,6 -> 2.000 whole triệu -> 2 tỷ, no "000 triệu"
    expect(formatMoney(trieu(1999.6), "vi")).toBe("2 tỷ đồng");
    // 999,994 stays below: two decimals of triệu
    expect(formatMoney(trieu(999.994), "vi")).toBe("999,99 triệu đồng");
  });

  it("writes sums under 1 triệu in triệu with decimals", () => {
    expect(formatMoney(trieu(0.5), "vi")).toBe("0,5 triệu đồng");
    expect(formatMoney(trieu(0), "vi")).toBe("0 triệu đồng");
    expect(formatMoney(trieu(0.5), "en")).toBe("VND 0.5 million");
  });

  it('keeps a leading "-" for negative sums, and none for a sum that rounds to zero', () => {
    expect(formatMoney(trieu(-2_345_678), "vi")).toBe("-2.345 tỷ 678 triệu đồng");
    expect(formatMoney(trieu(-640), "vi")).toBe("-640 triệu đồng");
    expect(formatMoney(trieu(-2_345_678), "en")).toBe("-VND 2,345.678 billion");
    expect(formatMoney(trieu(-0.001), "vi")).toBe("0 triệu đồng");
  });

  it("writes very large sums in full", () => {
    expect(formatMoney(trieu(1e15), "vi")).toBe("1.000.000.000.000 tỷ đồng");
  });

  it('shows a missing sum as "-"', () => {
    expect(formatMoney(null, "vi")).toBe("-");
  });
});

describe("formatMoneyBillions", () => {
  it("rounds tỷ to one decimal by default, half away from zero", () => {
    expect(formatMoneyBillions(trieu(36_353_249), "vi")).toBe("36.353,2 tỷ đồng"); // 36.353,249
    expect(formatMoneyBillions(trieu(36_353_250), "vi")).toBe("36.353,3 tỷ đồng"); // 36.353,25
    expect(formatMoneyBillions(trieu(-36_353_250), "en")).toBe("-VND 36,353.3 billion");
  });

  it("takes the number of decimals", () => {
    expect(formatMoneyBillions(trieu(36_353_249), "vi", 2)).toBe("36.353,25 tỷ đồng");
    expect(formatMoneyBillions(trieu(36_353_249), "en", 0)).toBe("VND 36,353 billion");
  });

  it("writes sums under 1 tỷ as a fraction of a tỷ", () => {
    expect(formatMoneyBillions(trieu(640), "vi")).toBe("0,6 tỷ đồng");
    expect(formatMoneyBillions(trieu(7_000_000), "en")).toBe("VND 7,000 billion");
  });
});

describe("formatPercent", () => {
  it("keeps at most two decimals", () => {
    expect(formatPercent(percent(100 / 3), "vi")).toBe("33,33%");
    expect(formatPercent(percent(-12.5), "en")).toBe("-12.5%");
  });

  it("hides the noise of binary arithmetic (108,4 - 100 = 8,400000000000006)", () => {
    expect(formatPercent(growthOf(percent(108.4)), "vi")).toBe("8,4%");
  });

  it('shows no percentage as "-" (a plan of 0 or a blank plan)', () => {
    expect(formatPercent(null, "vi")).toBe("-");
  });
});

describe("formatCount", () => {
  it("writes the number then the unit the caller gives", () => {
    expect(formatCount(62, "người", "vi")).toBe("62 người");
    expect(formatCount(1250, "files", "en")).toBe("1,250 files");
  });

  it("writes the number alone when the unit is empty", () => {
    expect(formatCount(1250, "", "vi")).toBe("1.250");
  });
});

describe("formatValue", () => {
  const files = { vi: "hồ sơ", en: "files" };
  const hectares = { vi: "ha", en: "ha" };
  const money = { vi: "triệu đồng", en: "million VND" };
  const rate = { vi: "%", en: "%" };

  it("writes money in tỷ and triệu whatever the unit text", () => {
    expect(formatValue(2_345_678, "money", money, "vi")).toBe("2.345 tỷ 678 triệu đồng");
    expect(formatValue(640, "money", money, "en")).toBe("VND 640 million");
  });

  it("writes counts and other figures with the unit in the reader's language", () => {
    expect(formatValue(12_345, "count", files, "vi")).toBe("12.345 hồ sơ");
    expect(formatValue(12_345, "count", files, "en")).toBe("12,345 files");
    expect(formatValue(1592.5, "number", hectares, "vi")).toBe("1.592,5 ha");
  });

  it("writes percentages with the % sign, not the unit text", () => {
    expect(formatValue(41.3, "percent", rate, "vi")).toBe("41,3%");
  });

  it('shows a missing value as "-" whatever the type', () => {
    expect(formatValue(null, "count", files, "vi")).toBe("-");
    expect(formatValue(undefined, "money", money, "en")).toBe("-");
  });
});
