/**
 * The part of the history a summary workbook shows on its "Lịch sử" sheet: the periods of
 * this year and of last year. They are all a consolidation uses (the same period last year,
 * this year's earlier reports for the cumulative check) and all a set-up uses (last year's
 * figures), and they keep the sheet bounded: the history gains one table of figures a run
 * (about 600 rows for a district of 19 units, 30,000 for 608 units), and kept whole it would
 * pass Excel's 1,048,576 rows within three years at a city's size, and make every
 * consolidation write more than the last. The history file of the command line
 * (`--history`) keeps every period.
 */
import { parsePeriod } from "../periods";
import type { HistoryRecord } from "./history-record";

/**
 * The records of `period`'s year and the year before, in their order. A period that does not
 * parse leaves the history as it is (no year to measure from); a record whose period does
 * not parse is kept (it is nobody's to drop).
 */
export function recentHistory(records: readonly HistoryRecord[], period: string): HistoryRecord[] {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return [...records];
  const from = parsed.period.year - 1;
  const years = new Map<string, number | null>();
  const yearOf = (code: string): number | null => {
    let year = years.get(code);
    if (year === undefined) {
      const p = parsePeriod(code);
      years.set(code, (year = p.ok ? p.period.year : null));
    }
    return year;
  };
  return records.filter((r) => {
    const year = yearOf(r.period);
    return year === null || year >= from;
  });
}
