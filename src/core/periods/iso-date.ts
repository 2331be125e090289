/**
 * Calendar dates as three integers. Report periods only ever need day counts, leap years
 * and whole-year moves, so the arithmetic is done on integers: no Date object, hence no
 * time zone that could move 1 January back to 31 December.
 */

export interface CalendarDate {
  year: number;
  /** 1 = January. */
  month: number;
  /** 1-based day of the month. */
  day: number;
}

/** Gregorian rule: every 4th year, except centuries, except every 400th year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_COMMON_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1-12) of a year; throws RangeError for a month outside 1-12 (a programming error). */
export function daysInMonth(year: number, month: number): number {
  const days = DAYS_IN_COMMON_MONTH[month - 1];
  if (days === undefined || !Number.isInteger(month)) throw new RangeError(`No month ${month}.`);
  return month === 2 && isLeapYear(year) ? 29 : days;
}

/** Whether year, month and day are integers naming a day that exists. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** "2023-03-07": four-digit year, two-digit month and day. */
export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * The same day `years` years later (earlier when negative). 29 February becomes 28 February
 * in a common year: the last day of February is the same cut-off.
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}
