/**
 * Which days a period's figures cover.
 *
 * Calendar basis (statistics): the period's own days; an as-of date covers 1 January to
 * that date.
 *
 * Administrative basis (Decree 09/2019/NĐ-CP): data for a reporting month run
 * from the 15th of the month before to the 14th of the reporting month, so January starts
 * on 15 December of the previous year. A multi-month period runs from the 15th of the month
 * before its first month to the 14th of its last month; the year from 15 December to
 * 14 December. An as-of date runs from 15 December of the previous year to that date, even
 * when the date falls after 14 December: it reports on the year it is dated in.
 */
import { daysInMonth, formatIsoDate } from "./iso-date";
import type { CutoffBasis, DateRange, Period } from "./period";
import { assertPeriod } from "./period";

/** The first and last month a period spans within its year (to-date: January to its month). */
function monthSpan(period: Period): { first: number; last: number } {
  switch (period.kind) {
    case "month":
      return { first: period.month, last: period.month };
    case "quarter":
      return { first: 3 * period.quarter - 2, last: 3 * period.quarter };
    case "half":
      return { first: 1, last: 6 };
    case "nine-months":
      return { first: 1, last: 9 };
    case "year":
      return { first: 1, last: 12 };
    case "to-date":
      return { first: 1, last: period.month };
  }
}

/** The 15th of the month before `month`, which is 15 December of the year before for January. */
function administrativeStart(year: number, month: number): string {
  return month === 1
    ? formatIsoDate({ year: year - 1, month: 12, day: 15 })
    : formatIsoDate({ year, month: month - 1, day: 15 });
}

/** The inclusive ISO dates a period covers on the given basis. */
export function cutoff(period: Period, basis: CutoffBasis): DateRange {
  assertPeriod(period);
  const { year } = period;
  const { first, last } = monthSpan(period);
  const start =
    basis === "calendar" ? formatIsoDate({ year, month: first, day: 1 }) : administrativeStart(year, first);
  if (period.kind === "to-date") return { start, end: formatIsoDate(period) };
  const lastDay = basis === "calendar" ? daysInMonth(year, last) : 14;
  return { start, end: formatIsoDate({ year, month: last, day: lastDay }) };
}

/**
 * What the cumulative figure (lũy kế từ đầu năm) covers: from the start of the reporting
 * year (1 January, or 15 December of the year before on the administrative basis) to the
 * period's cut-off end.
 */
export function yearToDate(period: Period, basis: CutoffBasis): DateRange {
  const { end } = cutoff(period, basis);
  return { start: cutoff({ kind: "year", year: period.year }, basis).start, end };
}
