import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumber, type ReadNumberResult } from "../../../src/core/numbers";
import type { ValueType } from "../../../src/core/template/schema";

const NBSP = "\u00a0";
const THIN = "\u2009";
const NARROW_NBSP = "\u202f";

/** The value read, failing the test with the reason when the text could not be read. */
function valueOf(result: ReadNumberResult): number {
  if (!result.ok) throw new Error(`not read: ${result.reason.en}`);
  return result.value;
}

function expectExact(text: string, value: number, valueType?: ValueType) {
  const result = readNumber(text, { valueType });
  expect(result).toEqual({ ok: true, value, exact: true });
}

/** Read with a guess or a change: exact is false and a note says what was done, in both languages. */
function expectSuggested(text: string, value: number, valueType?: ValueType) {
  const result = readNumber(text, { valueType });
  expect(valueOf(result)).toBe(value);
  if (!result.ok) return;
  expect(result.exact).toBe(false);
  expect(result.note?.vi).toBeTruthy();
  expect(result.note?.en).toBeTruthy();
  return result.note!;
}

function expectNotRead(text: string, valueType?: ValueType) {
  const result = readNumber(text, { valueType });
  expect(result.ok).toBe(false);
  if (result.ok) return { vi: "", en: "" };
  expect(result.reason.vi).toBeTruthy();
  expect(result.reason.en).toBeTruthy();
  expect(result.reason.vi).not.toBe(result.reason.en);
  return result.reason;
}

describe("readNumber: plain numbers are read exactly", () => {
  it('reads "  12 " as 12, ignoring the spaces around it', () => {
    expectExact("  12 ", 12);
    expectExact("\t12\n", 12, "count");
  });

  it('reads Vietnamese separators: "1.592,5" -> 1592.5', () => {
    expectExact("1.592,5", 1592.5);
    expectExact("1.592,5", 1592.5, "money");
  });

  it('reads English separators: "1,592.5" -> 1592.5', () => {
    expectExact("1,592.5", 1592.5);
  });

  it('reads repeated groups as thousands: "1.234.567" and "1,234,567" -> 1234567', () => {
    expectExact("1.234.567", 1_234_567);
    expectExact("1,234,567", 1_234_567, "money");
    expectExact("1.234.567,25", 1_234_567.25);
  });

  it("reads a single separator not followed by exactly three digits as the decimal mark", () => {
    expectExact("12,5", 12.5);
    expectExact("1.5", 1.5, "money");
    expectExact("0,250", 0.25); // a leading 0 is never a thousands group
    expectExact("1234,567", 1234.567); // nor are four digits in front of one
  });

  it("reads non-breaking, narrow and thin spaces (and plain spaces) as thousands separators", () => {
    expectExact(`1${NBSP}234`, 1234);
    expectExact(`1${THIN}234${THIN}567`, 1_234_567);
    expectExact(`1${NARROW_NBSP}234,5`, 1234.5);
    expectExact("12 345", 12_345);
  });

  it("reads full-width digits", () => {
    expectExact("１２３４", 1234);
    expectExact("１２，５", 12.5);
  });

  it('reads an exponent: "1e15" -> 1e15', () => {
    expectExact("1e15", 1e15);
    expectExact("2,5E3", 2500);
  });

  it('reads "-5" and "−5" (Unicode minus) as -5: ranges belong to validation', () => {
    expectExact("-5", -5);
    expectExact("\u22125", -5);
    expectExact("- 5", -5);
    expectExact("+5", 5);
  });
});

describe("readNumber: one separator before three digits is ambiguous", () => {
  it('reads "1,250" as 1250 for a count (a count is whole), noting the decimal reading', () => {
    const note = expectSuggested("1,250", 1250, "count");
    expect(note?.en).toContain("1.25");
    expect(note?.vi).toContain("1,25");
  });

  it('reads "1,250" as the Vietnamese decimal 1,25 otherwise, noting the thousands reading', () => {
    const note = expectSuggested("1,250", 1.25, "money");
    expect(note?.en).toContain("1,250");
    expect(note?.vi).toContain("1.250");
    expectSuggested("1,250", 1.25, "number");
    expectSuggested("1,250", 1.25, "percent");
    expectSuggested("1,250", 1.25);
  });

  it('reads "1.250" as 1250 ("." groups thousands in Vietnamese), noting the decimal reading', () => {
    const note = expectSuggested("1.250", 1250, "money");
    expect(note?.en).toContain("1.25");
    expect(note?.vi).toContain("1,25");
    expectSuggested("1.250", 1250, "count");
    expectSuggested("1.250", 1250, "number");
  });
});

describe("readNumber: money words (money is in triệu đồng)", () => {
  it('reads "2 tỷ 62 triệu" as 2062', () => {
    const note = expectSuggested("2 tỷ 62 triệu", 2062, "money");
    expect(note?.vi).toContain("2.062 triệu đồng");
    expect(note?.en).toContain("2,062");
  });

  it('reads "2 tỷ" -> 2000, "1,5 tỷ" -> 1500, "62 triệu" -> 62', () => {
    expectSuggested("2 tỷ", 2000, "money");
    expectSuggested("1,5 tỷ", 1500, "money");
    expectSuggested("62 triệu", 62, "money");
  });

  it('reads "500 nghìn" and "500.000 đồng" as 0,5 triệu', () => {
    expectSuggested("500 nghìn", 0.5, "money");
    expectSuggested("500 ngàn", 0.5, "money");
    expectSuggested("500.000 đồng", 0.5, "money");
    expectSuggested("500.000đ", 0.5, "money");
  });

  it("reads the currency after the scale, capitals, the spelling tỉ and words stuck to the number", () => {
    expectSuggested("2 tỷ 62 triệu đồng", 2062, "money");
    expectSuggested("2 Tỷ", 2000, "money");
    expectSuggested("2 tỉ", 2000, "money");
    expectSuggested("2tỷ", 2000, "money");
    expectSuggested("12tr", 12, "money");
  });

  it("multiplies in decimal, not in binary: 1,005 tỷ is exactly 1005 triệu", () => {
    // 1.005 * 1000 in binary floating point is 1004.9999999999999
    expectSuggested("1,005 tỷ", 1005, "money");
  });

  it("reads what formatMoney writes in English, with English separators", () => {
    expectSuggested("VND 2,345.678 billion", 2_345_678, "money");
    expectSuggested("VND 7,000 billion", 7_000_000, "money"); // English words: "," groups thousands
    expectSuggested("VND 12.5 million", 12.5, "money");
  });

  it('does not read "2 tỷ 62" (a figure with no unit after tỷ) nor scales out of order', () => {
    expectNotRead("2 tỷ 62", "money");
    expectNotRead("62 triệu 2 tỷ", "money");
    expectNotRead("2 tỷ tỷ", "money");
  });

  it("does not read money words on a cell that is not money", () => {
    const reason = expectNotRead("2 tỷ", "count");
    expect(reason.vi).toContain("tỷ");
    expect(reason.en).toContain("money");
    expectNotRead("500 đồng", "number");
    expectNotRead("VND 5", "percent");
  });

  it("does not read unit words that are not money on a money cell", () => {
    expectNotRead("12 hồ sơ", "money");
  });
});

describe("readNumber: signs, brackets, percent and unit words", () => {
  it('reads the accounting negative "(1.234)" as -1234 with a note', () => {
    const note = expectSuggested("(1.234)", -1234);
    expect(note?.en).toContain("negative");
    expectSuggested("( 2 tỷ )", -2000, "money");
  });

  it('reads "12,5%" as 12,5 and "95%" as 95, noting that the % sign was dropped', () => {
    const note = expectSuggested("12,5%", 12.5);
    expect(note?.en).toContain("%");
    expectSuggested("95%", 95, "percent");
    expectSuggested("41,3 %", 41.3, "percent");
  });

  it("does not read a % sign on money or a count", () => {
    expectNotRead("95%", "money");
    expectNotRead("95%", "count");
  });

  it('reads unit words after a count, "12 hồ sơ" -> 12, with a note naming them', () => {
    const note = expectSuggested("12 hồ sơ", 12, "count");
    expect(note?.vi).toContain("hồ sơ");
    expect(note?.en).toContain("hồ sơ");
    expectSuggested("1.592,5 ha", 1592.5, "number");
  });

  it("never returns -0", () => {
    expect(Object.is(valueOf(readNumber("-0")), 0)).toBe(true);
  });
});

describe("readNumber: what it cannot read, with a reason in both languages", () => {
  it('says there is no number in "n/a", "abc", "-" and blank text', () => {
    for (const text of ["n/a", "abc", "-", "", "   ", NBSP]) expectNotRead(text);
  });

  it('does not read letters stuck to a number: "12abc"', () => {
    const reason = expectNotRead("12abc");
    expect(reason.vi).toContain("12abc");
    expect(reason.en).toContain("12abc");
  });

  it('does not read separators in impossible places: "1.2.3,4,5", "1,2,3.4.5", "1.23.456"', () => {
    const reason = expectNotRead("1.2.3,4,5");
    expect(reason.en).toContain("separator");
    expectNotRead("1,2,3.4.5");
    expectNotRead("1.23.456");
    expectNotRead("1.234 567");
  });

  it("does not read loose punctuation or a sign in the wrong place", () => {
    for (const text of ["12.", ",5", "5-", "--5", "(5", "5)", "-(5)", "1/2", "12 34", "1 2 tỷ"]) {
      expectNotRead(text, "money");
    }
  });

  it("does not read a number too large for a figure", () => {
    expectNotRead("1e999");
    expectNotRead("9".repeat(400));
  });

  it("shortens very long text in the reason", () => {
    const reason = expectNotRead("x".repeat(500) + "1");
    expect(reason.en.length).toBeLessThan(200);
  });

  it("answers anything that is not text without throwing", () => {
    expectNotRead(42 as unknown as string);
    expectNotRead(undefined as unknown as string);
  });
});

describe("readNumber on any text", () => {
  const valueTypes = fc.constantFrom<ValueType | undefined>("money", "count", "number", "percent", undefined);
  const numberish = fc.string({
    unit: fc.constantFrom(
      "0",
      "1",
      "5",
      "9",
      ".",
      ",",
      " ",
      NBSP,
      "-",
      "\u2212",
      "+",
      "(",
      ")",
      "%",
      "e",
      "tỷ",
      "triệu",
      "đ",
      "a",
      " hồ sơ",
    ),
    maxLength: 14,
  });

  function checkInvariants(result: ReadNumberResult) {
    if (result.ok) {
      expect(Number.isFinite(result.value)).toBe(true);
      expect(Object.is(result.value, -0)).toBe(false);
      // exact is a plain number read without a guess; anything else says what was done
      expect(result.exact).toBe(result.note === undefined);
      if (result.note) expect(result.note.vi && result.note.en).toBeTruthy();
    } else {
      expect(result.reason.vi && result.reason.en).toBeTruthy();
    }
  }

  it("never throws and keeps its promises on number-like text", () => {
    fc.assert(
      fc.property(numberish, valueTypes, (text, valueType) => {
        checkInvariants(readNumber(text, { valueType }));
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on arbitrary Unicode, with or around numbers", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 20 });
    const mixed = fc.tuple(anyText, numberish, anyText).map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(fc.oneof(anyText, mixed), valueTypes, (text, valueType) => {
        checkInvariants(readNumber(text, { valueType }));
      }),
      { numRuns: 2000 },
    );
  });
});
