/**
 * A unit's report at the two stages of its life:
 * - RawUnitReport: what a sheet or file held, cell by cell, untrusted (the sheet parser
 *   makes it from a snapshot; validation reads it).
 * - UnitReport: the clean figures validation accepted (numbers only; a blank or unreadable
 *   cell is absent, never zero), which consolidation sums.
 */
import type { ColumnKey, ValueColumn } from "../template/columns";

/** A cell's value as the host read it, before anyone trusts it. */
export type RawValue =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  /** An Excel error value such as "#DIV/0!", "#REF!", "#N/A", "#VALUE!". */
  | { kind: "error"; error: string }
  | { kind: "boolean"; value: boolean };

export interface RawCell {
  value: RawValue;
  /** A1 address on the unit's sheet, where the caller knows sheet positions ("H12"). */
  address?: string;
  /** The formula the unit typed, if any; the cell is read by its value. */
  formula?: string;
}

/** One indicator row as found on the sheet (duplicated and unknown codes are kept for findings). */
export interface RawRow {
  /** The code as written in the code column, trimmed. */
  code: string;
  /** 1-based sheet row, when known. */
  row?: number;
  cells: Partial<Record<ColumnKey, RawCell>>;
}

export interface ReportSource {
  file?: string;
  sheet?: string;
}

/** Who filled the report, from the sheet's title block. */
export interface Reporter {
  name?: string;
  phone?: string;
}

export interface ReportIdentity {
  unitId: string;
  /** Period code, e.g. "2024-10", "2024-Q3", "2024-10-31" (see periods). */
  period: string;
  templateId: string;
  templateVersion: string;
  /** ISO 8601 date-time the unit sent it, when known. */
  submittedAt?: string;
  reporter?: Reporter;
  source?: ReportSource;
}

export interface RawUnitReport extends ReportIdentity {
  /** Indicator rows in sheet order. */
  rows: RawRow[];
}

/** Figures by column; a column that is absent was not reported. */
export type IndicatorValues = Partial<Record<ValueColumn, number>>;

export interface UnitReport extends ReportIdentity {
  /** Figures by indicator code; an absent code or column was not reported. */
  values: Record<string, IndicatorValues>;
  /** Notes by indicator code. */
  notes: Record<string, string>;
}
