/**
 * Merging history: a record replaces an earlier version of the same figure (same period,
 * unit, indicator and column) when it is newer. Between two records of the same time the
 * incoming one wins, so re-running a consolidation replaces what it wrote before.
 * The result is sorted (period, then the level before units, indicator, column) so a
 * history file kept on disk changes only where figures changed.
 */
import { comparePeriods, parsePeriod } from "../periods";
import type { Period } from "../periods";
import { VALUE_COLUMNS } from "../template/columns";
import { CONSOLIDATED_UNIT, type HistoryRecord, historyKey } from "./history-record";

export function mergeHistory(
  existing: readonly HistoryRecord[],
  incoming: readonly HistoryRecord[],
): HistoryRecord[] {
  const byKey = new Map<string, HistoryRecord>();
  for (const record of existing) keepNewer(byKey, record, false);
  for (const record of incoming) keepNewer(byKey, record, true);
  return sortHistory([...byKey.values()]);
}

function keepNewer(byKey: Map<string, HistoryRecord>, record: HistoryRecord, winsTies: boolean): void {
  const key = historyKey(record);
  const held = byKey.get(key);
  if (!held) {
    byKey.set(key, record);
    return;
  }
  const order = compareTimes(record.time, held.time);
  if (order > 0 || (order === 0 && winsTies)) byKey.set(key, record);
}

/**
 * Times compare as instants ("2024-10-20T09:00:00+07:00" is before "2024-10-20T03:00:00Z");
 * a time no date parser reads sorts before every readable one.
 */
export function compareTimes(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.isNaN(ta) ? (Number.isNaN(tb) ? 0 : -1) : 1;
  return ta - tb;
}

/** A stable order for files: by period, the level ("*") before units, indicator, column. */
export function sortHistory(records: readonly HistoryRecord[]): HistoryRecord[] {
  const periods = new Map<string, Period | null>();
  const periodOf = (code: string) => {
    if (!periods.has(code)) {
      const parsed = parsePeriod(code);
      periods.set(code, parsed.ok ? parsed.period : null);
    }
    return periods.get(code) ?? null;
  };
  const columnRank = (column: string) => (VALUE_COLUMNS as readonly string[]).indexOf(column);
  return [...records].sort(
    (a, b) =>
      comparePeriodCodes(a.period, b.period, periodOf) ||
      compareUnits(a.unit, b.unit) ||
      compareText(a.indicator, b.indicator) ||
      columnRank(a.column) - columnRank(b.column),
  );
}

function comparePeriodCodes(a: string, b: string, periodOf: (code: string) => Period | null): number {
  if (a === b) return 0;
  const pa = periodOf(a);
  const pb = periodOf(b);
  if (pa && pb) return comparePeriods(pa, pb);
  return compareText(a, b);
}

function compareUnits(a: string, b: string): number {
  if (a === b) return 0;
  if (a === CONSOLIDATED_UNIT) return -1;
  if (b === CONSOLIDATED_UNIT) return 1;
  return compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
