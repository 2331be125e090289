/**
 * How periods relate to each other: the same period last year (cùng kỳ năm trước), the
 * previous report of the same year (for the check that cumulative figures never fall), and
 * an order for sorting.
 */
import { addYears } from "./iso-date";
import type { Period, PeriodKind } from "./period";
import { assertPeriod } from "./period";
import { cutoff } from "./cutoff";

/**
 * The same cut-off one year earlier. An as-of 29 February maps to 28 February: the last
 * day of February either way.
 */
export function sameLastYear(period: Period): Period {
  assertPeriod(period);
  if (period.kind === "to-date") return { kind: "to-date", ...addYears(period, -1) };
  const earlier = { ...period, year: period.year - 1 };
  assertPeriod(earlier);
  return earlier;
}

/**
 * The report before this one in the same year, whose cumulative figures this one's must not
 * fall below. Months and quarters step back one (January and Q1 have none). The cumulative
 * reports climb a ladder, each taking the previous rung: Q1 -> first 6 months -> first 9
 * months -> year. An as-of date starts no series (it may be any day), so it has none.
 */
export function previousInYear(period: Period): Period | null {
  assertPeriod(period);
  const { year } = period;
  switch (period.kind) {
    case "month":
      return period.month === 1 ? null : { kind: "month", year, month: period.month - 1 };
    case "quarter":
      return period.quarter === 1
        ? null
        : { kind: "quarter", year, quarter: (period.quarter - 1) as 1 | 2 | 3 };
    case "half":
      return { kind: "quarter", year, quarter: 1 };
    case "nine-months":
      return { kind: "half", year };
    case "year":
      return { kind: "nine-months", year };
    case "to-date":
      return null;
  }
}

// Only breaks ties between periods covering exactly the same days (Q1 and as of 31 March).
const KIND_ORDER: Record<PeriodKind, number> = {
  month: 0,
  quarter: 1,
  half: 2,
  "nine-months": 3,
  year: 4,
  "to-date": 5,
};

/**
 * For sorting: by the end of the calendar period, then the shorter period first (a later
 * start), then by kind. Zero only for the same period.
 */
export function comparePeriods(a: Period, b: Period): number {
  const ra = cutoff(a, "calendar");
  const rb = cutoff(b, "calendar");
  // ISO dates with four-digit years sort as strings.
  if (ra.end !== rb.end) return ra.end < rb.end ? -1 : 1;
  if (ra.start !== rb.start) return ra.start > rb.start ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}
