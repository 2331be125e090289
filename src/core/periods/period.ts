/**
 * What a report period is. Each unit report names one, by its code ("2024-10", "2022-Q1");
 * every other module reads the period through these types.
 */
import { isValidDate } from "./iso-date";

export type Quarter = 1 | 2 | 3 | 4;

export type Period =
  /** One month: "2024-10", Tháng 10/2024. */
  | { kind: "month"; year: number; month: number }
  /** One quarter: "2022-Q1", Quý I/2022. */
  | { kind: "quarter"; year: number; quarter: Quarter }
  /** The first six months: "2020-H1", 6 tháng đầu năm 2020. There is no second-half report. */
  | { kind: "half"; year: number }
  /** The first nine months: "2024-9M", 9 tháng năm 2024. */
  | { kind: "nine-months"; year: number }
  /** The whole year: "2024", Năm 2024. */
  | { kind: "year"; year: number }
  /** From the start of the year to an as-of date: "2024-10-31", Tính đến ngày 31/10/2024. */
  | { kind: "to-date"; year: number; month: number; day: number };

export type PeriodKind = Period["kind"];

export type { Lang } from "../numbers/lang";

/**
 * Which days a period covers: "calendar" periods (statistics) or "administrative" cut-offs
 * of Decree 09/2019/NĐ-CP, from the 15th of the month before to the 14th. A template says
 * which one it uses.
 */
export type CutoffBasis = "calendar" | "administrative";

/** Inclusive range of ISO dates ("2024-09-15" .. "2024-10-14"). */
export interface DateRange {
  start: string;
  end: string;
}

/**
 * Years a user may type. Reports before 1990 are out of scope and anything past 2100 is a
 * typo ("2204"); code built programmatically may use any four-digit year.
 */
export const FIRST_REPORT_YEAR = 1990;
export const LAST_REPORT_YEAR = 2100;

/** A Period object no parser could have produced (month 13, 30 February): a programming error. */
export class InvalidPeriodError extends Error {
  override name = "InvalidPeriodError";
  constructor(readonly period: unknown) {
    super(`Not a valid period: ${JSON.stringify(period)}`);
  }
}

function isWellFormed(period: Period): boolean {
  if (!Number.isInteger(period.year) || period.year < 1 || period.year > 9999) return false;
  switch (period.kind) {
    case "month":
      return Number.isInteger(period.month) && period.month >= 1 && period.month <= 12;
    case "quarter":
      return [1, 2, 3, 4].includes(period.quarter);
    case "half":
    case "nine-months":
    case "year":
      return true;
    case "to-date":
      return isValidDate(period.year, period.month, period.day);
    default:
      return false;
  }
}

/** Throws InvalidPeriodError unless the period names real months and days. */
export function assertPeriod(period: Period): void {
  if (typeof period !== "object" || period === null || !isWellFormed(period)) {
    throw new InvalidPeriodError(period);
  }
}
