/**
 * A finding: one thing wrong (or worth a look) in a unit's report, as plain data. It names
 * the rule, the unit, the indicator, the column and the cell, keeps the value as it was
 * found, and carries its message key and parameters together with the message rendered in
 * Vietnamese and English.
 */
import type { FindingMessage, Localized } from "../i18n/message-params";
import type { RawValue } from "../report/unit-report";
import type { ColumnKey } from "../template/columns";

/** error blocks the unit's figures from the summary unless the office accepts the unit. */
export type Severity = "error" | "warning" | "info";

/** The checks that come with the product, beside the rules a template declares. */
export const BUILT_IN_CHECKS = {
  reportEmpty: "report.empty",
  otherPeriod: "report.other-period",
  otherTemplate: "report.other-template",
  otherVersion: "report.other-version",
  otherUnit: "report.other-unit",
  unknownUnit: "report.unknown-unit",
  unknownCode: "row.unknown-code",
  duplicateRow: "row.duplicate",
  missingRow: "row.missing",
  notExpected: "row.not-expected",
  text: "cell.text",
  excelError: "cell.excel-error",
  boolean: "cell.boolean",
  required: "cell.required",
  min: "cell.min",
  max: "cell.max",
  wholeNumber: "cell.whole-number",
  implausible: "cell.implausible",
  wrongColumn: "cell.wrong-column",
  derived: "cell.derived",
  noteNumber: "cell.note-number",
} as const;
export type BuiltInCheck = (typeof BUILT_IN_CHECKS)[keyof typeof BUILT_IN_CHECKS];

export type Finding = FindingMessage & {
  /** A built-in check id ("cell.text") or the id of the template rule ("hc.on-time-within-resolved"). */
  rule: string;
  severity: Severity;
  unitId: string;
  /** The indicator code, for a finding about a row or a cell. */
  code?: string;
  /** The column key, for a finding about a cell. */
  column?: ColumnKey;
  /** A1 address on the unit's sheet, when the report carries sheet positions. */
  address?: string;
  /** 1-based sheet row, when known. */
  row?: number;
  /** The sheet the report came from, when known. */
  sheet?: string;
  /** The cell's value as it was found. */
  seen?: RawValue;
  /** The number a text cell most likely meant ("1.592,5" -> 1592.5), to offer as a fix. */
  suggestion?: number;
  /** The message rendered in both languages. */
  message: Localized;
};

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
