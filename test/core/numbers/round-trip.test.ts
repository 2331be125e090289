/**
 * What the product writes, it can read back: a figure shown in Vietnamese and typed back
 * into a cell gives the value that was shown (the rounded value).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber, readNumber, trieu } from "../../../src/core/numbers";
import type { ValueType } from "../../../src/core/template/schema";

const valueTypes = fc.constantFrom<ValueType>("money", "count", "number", "percent");

function readBack(text: string, valueType: ValueType): number {
  const result = readNumber(text, { valueType });
  if (!result.ok) throw new Error(`"${text}" not read: ${result.reason.en}`);
  return result.value;
}

describe("formatNumber (vi) then readNumber", () => {
  it("gives back any value with at most two decimals exactly, whatever the value type", () => {
    // k hundredths: k / 100 already has two decimals, so nothing is rounded away.
    const hundredths = fc
      .integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 })
      .chain((small) => fc.constantFrom(small, small * 1000, small * 1_000_000));
    fc.assert(
      fc.property(hundredths, valueTypes, (k, valueType) => {
        const value = k / 100;
        expect(readBack(formatNumber(value, "vi"), valueType)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back any value rounded to two decimals: within half a hundredth, and shown the same again", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), valueTypes, (x, valueType) => {
        const shown = formatNumber(x, "vi");
        const back = readBack(shown, valueType);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.005 + Math.abs(x) * 1e-15);
        expect(formatNumber(back, "vi")).toBe(shown);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatMoney then readNumber", () => {
  it("gives back whole triệu written in tỷ and triệu, in both languages", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(1, 1000), (n, scale) => {
        const value = trieu(n * scale);
        expect(readBack(formatMoney(value, "vi"), "money")).toBe(value);
        expect(readBack(formatMoney(value, "en"), "money")).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back sums under 1 tỷ with their two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (k) => {
        const value = trieu(k / 100);
        expect(readBack(formatMoney(value, "vi"), "money")).toBe(value);
        expect(readBack(formatMoney(value, "en"), "money")).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});
