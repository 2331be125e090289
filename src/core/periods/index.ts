/**
 * Report periods: codes, labels, cut-offs and how periods relate. Everything here is a pure
 * function over plain data; see docs/periods.md for the user's view.
 */
export type { CalendarDate } from "./iso-date";
export { addYears, daysInMonth, formatIsoDate, isLeapYear, isValidDate } from "./iso-date";
export type { CutoffBasis, DateRange, Lang, Period, PeriodKind, Quarter } from "./period";
export { assertPeriod, FIRST_REPORT_YEAR, InvalidPeriodError, LAST_REPORT_YEAR } from "./period";
export type { PeriodReason } from "./period-messages";
export type { ParsePeriodResult } from "./parse-period";
export { parsePeriod, periodCode } from "./parse-period";
export { periodLabel, periodPhrase } from "./period-labels";
export { cutoff, yearToDate } from "./cutoff";
export { comparePeriods, previousInYear, sameLastYear } from "./period-series";
