/**
 * Finding figures in the history: the same period last year (cùng kỳ năm trước) and the
 * previous report of the same year, each from the `cumulative` records.
 *
 * A cumulative figure is the year to date, so any period that ends on the same day holds
 * the same figure: last year's "2023-9M", "2023-Q3" (cumulative to 30/9), "2023-09" and
 * "2023-09-30" all answer for this year's "2024-09-30". A record of the exact period is
 * preferred; among equals, the newest. A figure the history does not hold is absent from
 * the answer, never zero.
 */
import type { CutoffBasis, Period } from "../periods";
import { cutoff, parsePeriod, periodCode, previousInYear, sameLastYear } from "../periods";
import { compareTimes } from "./merge-history";
import { CONSOLIDATED_UNIT, type HistoryRecord } from "./history-record";

/** Figures by indicator code; a code that is absent has no figure. */
export type FiguresByCode = Record<string, number>;

export interface HistoryFigures {
  /** The period that was looked up (its code). */
  period: string;
  /** The consolidated level's figures (records of unit "*"). */
  level: FiguresByCode;
  /** Each unit's figures; a unit the history holds nothing for is absent. */
  byUnit: Record<string, FiguresByCode>;
}

export interface HistoryLookupOptions {
  /** The period being reported; the lookup finds the period it is compared with. */
  period: Period;
  /** The units to look up (for a crosswalk: the old units). */
  unitIds: readonly string[];
  /** The indicators to look up. */
  codes: readonly string[];
  /** Which days periods cover, to match equivalent periods (the template's cutoff). Default calendar. */
  basis?: CutoffBasis;
}

/** The cumulative figures of the same period last year. */
export function lastYearFromHistory(
  history: readonly HistoryRecord[],
  options: HistoryLookupOptions,
): HistoryFigures {
  return cumulativeAt(history, sameLastYear(options.period), options);
}

/**
 * The cumulative figures of the report before this one in the same year, for the check
 * that a cumulative never falls. null when the period has none (January, Q1, an as-of date).
 */
export function previousCumulativeFromHistory(
  history: readonly HistoryRecord[],
  options: HistoryLookupOptions,
): HistoryFigures | null {
  const previous = previousInYear(options.period);
  return previous ? cumulativeAt(history, previous, options) : null;
}

function cumulativeAt(
  history: readonly HistoryRecord[],
  target: Period,
  { unitIds, codes, basis = "calendar" }: HistoryLookupOptions,
): HistoryFigures {
  const targetCode = periodCode(target);
  const targetEnd = cutoff(target, basis).end;
  const units = new Set(unitIds);
  const wanted = new Set(codes);
  const endOf = memoEnd(basis);

  const best = new Map<string, HistoryRecord>();
  for (const record of history) {
    if (record.column !== "cumulative" || !wanted.has(record.indicator)) continue;
    if (record.unit !== CONSOLIDATED_UNIT && !units.has(record.unit)) continue;
    if (record.period !== targetCode && endOf(record.period) !== targetEnd) continue;
    const key = `${record.unit}\u0000${record.indicator}`;
    const held = best.get(key);
    if (!held || isBetter(record, held, targetCode)) best.set(key, record);
  }

  const figures: HistoryFigures = { period: targetCode, level: {}, byUnit: {} };
  for (const record of best.values()) {
    if (record.unit === CONSOLIDATED_UNIT) figures.level[record.indicator] = record.value;
    else (figures.byUnit[record.unit] ??= {})[record.indicator] = record.value;
  }
  return figures;
}

/** The exact period first, then the newer record. */
function isBetter(candidate: HistoryRecord, held: HistoryRecord, targetCode: string): boolean {
  const exactCandidate = candidate.period === targetCode;
  const exactHeld = held.period === targetCode;
  if (exactCandidate !== exactHeld) return exactCandidate;
  return compareTimes(candidate.time, held.time) > 0;
}

/** The last day a period code covers; null for a code that is not a period. */
function memoEnd(basis: CutoffBasis): (code: string) => string | null {
  const ends = new Map<string, string | null>();
  return (code) => {
    let end = ends.get(code);
    if (end === undefined) {
      const parsed = parsePeriod(code);
      end = parsed.ok ? cutoff(parsed.period, basis).end : null;
      ends.set(code, end);
    }
    return end;
  };
}
