/**
 * What span a year-to-date figure covers, said the way reports say it. A cumulative is
 * from the start of the year, so the October report's cumulative is "10 tháng năm 2024",
 * not "tháng 10/2024"; the third quarter's is "9 tháng năm 2024". Where the span is itself
 * a period (January, Q1, 6 and 9 months, the year, an as-of date) periodPhrase writes it.
 */
import type { Lang, Period } from "../periods";
import { periodPhrase } from "../periods";

export function yearToDatePhrase(period: Period, lang: Lang): string {
  const span = yearToDatePeriod(period);
  if (span) return periodPhrase(span, lang);
  // Only months 2, 4, 5, 7, 8, 10 and 11 have no period of their own.
  const months = period.kind === "month" ? period.month : 0;
  return lang === "vi"
    ? `${months} tháng năm ${period.year}`
    : `in the first ${months} months of ${period.year}`;
}

function yearToDatePeriod(period: Period): Period | null {
  const { year } = period;
  const byMonths = (months: number): Period | null => {
    switch (months) {
      case 1:
        return { kind: "month", year, month: 1 };
      case 3:
        return { kind: "quarter", year, quarter: 1 };
      case 6:
        return { kind: "half", year };
      case 9:
        return { kind: "nine-months", year };
      case 12:
        return { kind: "year", year };
      default:
        return null;
    }
  };
  switch (period.kind) {
    case "month":
      return byMonths(period.month);
    case "quarter":
      return byMonths(3 * period.quarter);
    default:
      return period;
  }
}
