/**
 * A consolidated summary as history records: the level's figures (unit "*") and each
 * unit's own figures from the trace. A null figure gives no record (missing is not zero).
 *
 * The last_year column is not written: it is a copy of last year's cumulative, which the
 * history already holds under last year's period (or a unit typed it, unchecked); writing
 * it again under this period would keep two versions of one figure.
 */
import type { Summary } from "../consolidate/summary-types";
import type { Period } from "../periods";
import { periodCode } from "../periods";
import { VALUE_COLUMNS, type ValueColumn } from "../template/columns";
import { CONSOLIDATED_UNIT, type HistoryRecord } from "./history-record";

const RECORDED_COLUMNS: readonly ValueColumn[] = VALUE_COLUMNS.filter((column) => column !== "last_year");

export interface HistoryFromSummaryOptions {
  /** The period the summary is for. */
  period: Period;
  /** ISO 8601 date-time the summary was made; every record carries it. */
  generatedAt: string;
}

export function historyFromSummary(summary: Summary, options: HistoryFromSummaryOptions): HistoryRecord[] {
  const period = periodCode(options.period);
  const time = options.generatedAt;
  const records: HistoryRecord[] = [];
  for (const row of summary.rows) {
    for (const column of RECORDED_COLUMNS) {
      const value = row.values[column];
      if (value != null) {
        records.push({
          period,
          unit: CONSOLIDATED_UNIT,
          indicator: row.code,
          column,
          value,
          source: "consolidated",
          time,
        });
      }
    }
    // A derived row has no unit figures of its own (a unit's own rate is never used).
    if (!row.trace) continue;
    for (const column of RECORDED_COLUMNS) {
      row.trace[column].forEach((value, i) => {
        const unit = summary.unitIds[i];
        if (value != null && unit !== undefined) {
          records.push({ period, unit, indicator: row.code, column, value, source: "unit", time });
        }
      });
    }
  }
  return records;
}
