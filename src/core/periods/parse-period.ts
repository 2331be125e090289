/**
 * Period codes: the one text form a period takes in sheets, files and the command line.
 *
 *   2024-10      month            2024-H1   first 6 months   2024        year
 *   2022-Q1      quarter          2024-9M   first 9 months   2024-10-31  as of a date
 *
 * parsePeriod repairs only what is unambiguous: surrounding white space and lower-case
 * q, h, m. Everything else (one-digit months, slashes, "H2", 29 February of a common year,
 * years outside 1990-2100) is rejected with a reason in both languages. It never throws.
 */
import { daysInMonth, formatIsoDate, isValidDate } from "./iso-date";
import type { Period, Quarter } from "./period";
import { assertPeriod, FIRST_REPORT_YEAR, LAST_REPORT_YEAR } from "./period";
import type { PeriodReason } from "./period-messages";
import { periodReasons } from "./period-messages";

export type ParsePeriodResult = { ok: true; period: Period } | { ok: false; reason: PeriodReason };

// One pattern for the whole grammar; the groups say which form matched. Digits are ASCII
// only (\d without the u flag), so full-width digits are unreadable rather than misread.
const GRAMMAR =
  /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?|-(?<letter>[QH])(?<number>\d)|-(?<months>\d)M)?$/i;

const fail = (reason: PeriodReason): ParsePeriodResult => ({ ok: false, reason });
const ok = (period: Period): ParsePeriodResult => ({ ok: true, period });

export function parsePeriod(text: string): ParsePeriodResult {
  const trimmed = String(text).trim();
  if (trimmed === "") return fail(periodReasons.empty());
  const groups = GRAMMAR.exec(trimmed)?.groups;
  if (!groups?.year) return fail(periodReasons.unreadable(trimmed));

  const year = Number(groups.year);
  if (year < FIRST_REPORT_YEAR || year > LAST_REPORT_YEAR)
    return fail(periodReasons.yearOutOfRange(groups.year));

  if (groups.month !== undefined) {
    const month = Number(groups.month);
    if (month < 1 || month > 12) return fail(periodReasons.noSuchMonth(groups.month));
    if (groups.day === undefined) return ok({ kind: "month", year, month });
    const day = Number(groups.day);
    if (!isValidDate(year, month, day)) {
      return fail(
        periodReasons.noSuchDay({ year, month: groups.month, day: groups.day }, daysInMonth(year, month)),
      );
    }
    return ok({ kind: "to-date", year, month, day });
  }

  if (groups.letter !== undefined && groups.number !== undefined) {
    const n = Number(groups.number);
    if (groups.letter.toUpperCase() === "Q") {
      if (n < 1 || n > 4) return fail(periodReasons.noSuchQuarter(groups.number));
      return ok({ kind: "quarter", year, quarter: n as Quarter });
    }
    if (n !== 1) return fail(periodReasons.noSuchPart(`H${n}`));
    return ok({ kind: "half", year });
  }

  if (groups.months !== undefined) {
    if (groups.months !== "9") return fail(periodReasons.noSuchPart(`${groups.months}M`));
    return ok({ kind: "nine-months", year });
  }

  return ok({ kind: "year", year });
}

/** The canonical code: upper-case letters, zero-padded month and day. parsePeriod reads it back. */
export function periodCode(period: Period): string {
  assertPeriod(period);
  const year = String(period.year).padStart(4, "0");
  switch (period.kind) {
    case "month":
      return `${year}-${String(period.month).padStart(2, "0")}`;
    case "quarter":
      return `${year}-Q${period.quarter}`;
    case "half":
      return `${year}-H1`;
    case "nine-months":
      return `${year}-9M`;
    case "year":
      return year;
    case "to-date":
      return formatIsoDate(period);
  }
}
