/**
 * How Excel turns what a program writes into a cell, and what it shows back: input parsing
 * (a typed "123" becomes the number 123 unless the cell is formatted as text "@"), the
 * value types, and the displayed text for the few number formats the host writes.
 */
import type { CellValue } from "./model";

/** Excel's error values; a cell holding one reads back as that string with type "Error". */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#FAKE!",
]);

/** What a formula the fake cannot evaluate (and that has no cached value) reads as. */
export const UNEVALUATED = "#FAKE!";

export type ParsedInput =
  { kind: "value"; value: CellValue; numberFormat?: string } | { kind: "formula"; formula: string };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

/**
 * Parses one entry written to `values` or `formulas` as Excel parses typed input (en-US).
 * Returns undefined for what Excel rejects (NaN, Infinity, objects).
 */
export function parseInput(raw: unknown, textFormat: boolean): ParsedInput | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "value", value: raw } : undefined;
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw !== "string") return undefined;
  if (textFormat) return { kind: "value", value: raw };
  if (raw.startsWith("'")) return { kind: "value", value: raw.slice(1) };
  if (raw.startsWith("=") && raw.length > 1) return { kind: "formula", formula: raw };
  const trimmed = raw.trim();
  if (PLAIN_NUMBER.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  if (GROUPED_NUMBER.test(trimmed)) return { kind: "value", value: Number(trimmed.replace(/,/g, "")) };
  const percent = PERCENT.exec(trimmed);
  if (percent) return { kind: "value", value: Number(percent[1]) / 100, numberFormat: "0%" };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "value", value: trimmed.toLowerCase() === "true" };
  // Excel reads input starting with "+" or "-" as a formula (Range.values reference).
  if ((raw.startsWith("+") || raw.startsWith("-")) && raw.length > 1)
    return { kind: "formula", formula: `=${raw}` };
  return { kind: "value", value: raw };
}

export function valueType(value: CellValue): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return ERROR_VALUES.has(value) ? "Error" : "String";
}

/** Excel's General format shows at most about 11 characters of a number. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (Math.abs(n) >= 1e11 || (n !== 0 && Math.abs(n) < 1e-9)) {
    const [mantissa = "", exponent = "0"] = n.toExponential(5).split("e");
    const trimmedMantissa = mantissa.replace(/\.?0+$/, "");
    const sign = exponent.startsWith("-") ? "-" : "+";
    return `${trimmedMantissa}E${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(10)));
}

const SIMPLE_FORMAT = /^(#,##)?0(?:\.(0+))?(%)?$/;

/** The text Excel shows: General and the "0", "0.00", "#,##0.0", "0.0%" family; others show as General. */
export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const m = SIMPLE_FORMAT.exec(numberFormat);
  if (!m) return general(value);
  const decimals = m[2]?.length ?? 0;
  const scaled = m[3] ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = m[1] ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const sign = scaled < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}${m[3] ?? ""}`;
}
