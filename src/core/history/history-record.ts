/**
 * The history table: one figure per record, in long format, so a file of any number of
 * periods, units and indicators has one shape. It is what "same period last year" and the
 * check "cumulative never falls within the year" read. A record is never a zero standing
 * for a missing figure: a figure nobody gave has no record at all.
 */
import type { ValueColumn } from "../template/columns";

/** The unit of a consolidated figure (the level itself, not one of its units). */
export const CONSOLIDATED_UNIT = "*";

/**
 * Where a figure came from:
 * - consolidated: the consolidating level's total, written by historyFromSummary;
 * - unit: a unit's own figure in a counted report, written by historyFromSummary;
 * - history: carried over from an earlier history file or archive;
 * - typed: typed into the history file by the office (e.g. from last year's paper report).
 */
export const HISTORY_SOURCES = ["consolidated", "unit", "history", "typed"] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

export interface HistoryRecord {
  /** Period code, canonical ("2024-10", "2024-Q3", "2024-09-30"). */
  period: string;
  /** Unit id, or CONSOLIDATED_UNIT ("*") for the consolidated level. */
  unit: string;
  /** Indicator code. */
  indicator: string;
  column: ValueColumn;
  /** The exact figure (never rounded; money in triệu đồng). */
  value: number;
  source: HistorySource;
  /** ISO 8601 date-time the figure was written; the newer record of the same cell wins. */
  time: string;
}

/** The cell a record fills: records with the same key are versions of one figure. */
export function historyKey(record: Pick<HistoryRecord, "period" | "unit" | "indicator" | "column">): string {
  return `${record.period}\u0000${record.unit}\u0000${record.indicator}\u0000${record.column}`;
}

export function isHistorySource(text: string): text is HistorySource {
  return (HISTORY_SOURCES as readonly string[]).includes(text);
}
