import { describe, expect, it } from "vitest";
import {
  AddressError,
  cellAddress,
  columnIndex,
  columnLetters,
  formatRange,
  parseAddress,
  parseRange,
} from "../../../src/core/sheets/a1";

describe("A1 addresses", () => {
  it("turns column numbers into letters and back (A=1, Z=26, AA=27, AZ=52, XFD=16384)", () => {
    expect([1, 26, 27, 52, 16384].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "XFD"]);
    expect(["A", "z", "AA", "AZ", "XFD"].map(columnIndex)).toEqual([1, 26, 27, 52, 16384]);
  });

  it("gives no column for letters past XFD or for non-letters", () => {
    expect(columnIndex("XFE")).toBeUndefined();
    expect(columnIndex("A1")).toBeUndefined();
    expect(columnIndex("")).toBeUndefined();
  });

  it("parses B7 and $B$7 into row and column, and refuses nonsense", () => {
    expect(parseAddress("B7")).toEqual({ row: 7, column: 2 });
    expect(parseAddress("$B$7")).toEqual({ row: 7, column: 2 });
    expect(parseAddress("B0")).toBeUndefined();
    expect(parseAddress("7B")).toBeUndefined();
    expect(parseAddress("B1048577")).toBeUndefined();
  });

  it("formats positions and throws on a position outside the sheet (a bug)", () => {
    expect(cellAddress(12, 8)).toBe("H12");
    expect(() => cellAddress(0, 1)).toThrow(AddressError);
    expect(() => columnLetters(16385)).toThrow(AddressError);
  });

  it("parses ranges in either corner order and writes a one-cell range as one address", () => {
    expect(parseRange("K40:B7")).toEqual({ start: { row: 7, column: 2 }, end: { row: 40, column: 11 } });
    expect(parseRange("C3")).toEqual({ start: { row: 3, column: 3 }, end: { row: 3, column: 3 } });
    expect(parseRange("A1:B2:C3")).toBeUndefined();
    expect(formatRange({ start: { row: 3, column: 3 }, end: { row: 3, column: 3 } })).toBe("C3");
    expect(formatRange({ start: { row: 7, column: 2 }, end: { row: 40, column: 11 } })).toBe("B7:K40");
  });
});
