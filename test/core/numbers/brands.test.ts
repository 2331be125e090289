import { describe, expect, it } from "vitest";
import {
  NumberArgumentError,
  growthOf,
  percent,
  percentOf,
  trieu,
  type Percent,
  type Trieu,
} from "../../../src/core/numbers";

describe("units are types", () => {
  it("keeps a triệu value and a percentage as plain numbers at run time", () => {
    expect(trieu(2_345_678) + 1).toBe(2_345_679);
    expect(percent(41.3) * 2).toBe(82.6);
  });

  it("never lets a percentage stand where money is expected, nor the other way round", () => {
    // Checked by tsc (npm run typecheck): the lines below must not compile.
    // @ts-expect-error a Percent is not a Trieu
    const money: Trieu = percent(41.3);
    // @ts-expect-error a plain number is not a Percent until said so
    const rate: Percent = 41.3;
    expect([money, rate]).toEqual([41.3, 41.3]);
  });

  it("refuses NaN and Infinity as a programming error", () => {
    expect(() => trieu(Number.NaN)).toThrow(NumberArgumentError);
    expect(() => percent(Number.POSITIVE_INFINITY)).toThrow(NumberArgumentError);
  });
});

describe("percentOf", () => {
  it("gives part / whole x 100", () => {
    expect(percentOf(413, 1000)).toBe(41.3); // 41300 / 1000
    expect(percentOf(62, 62)).toBe(100);
    expect(percentOf(-5, 10)).toBe(-50);
    expect(percentOf(0, 5)).toBe(0);
  });

  it("gives null, not a division error, when the whole is 0", () => {
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(5, -0)).toBeNull();
  });

  it("gives null when either side is missing (missing is not zero)", () => {
    expect(percentOf(undefined, 5)).toBeNull();
    expect(percentOf(null, 5)).toBeNull();
    expect(percentOf(5, undefined)).toBeNull();
    expect(percentOf(5, null)).toBeNull();
    expect(percentOf(null, null)).toBeNull();
  });

  it("never returns NaN or Infinity", () => {
    expect(percentOf(Number.NaN, 5)).toBeNull();
    expect(percentOf(5, Number.NaN)).toBeNull();
    expect(percentOf(Number.POSITIVE_INFINITY, 5)).toBeNull();
    expect(percentOf(1e308, 1e-308)).toBeNull(); // 1e310 overflows
  });
});

describe("growthOf", () => {
  it("is the ratio minus 100", () => {
    expect(growthOf(percent(108.4))).toBeCloseTo(8.4, 12);
    expect(growthOf(percent(92.5))).toBe(-7.5);
    expect(growthOf(percent(100))).toBe(0);
  });
});
