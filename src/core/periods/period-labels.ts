/**
 * How a period is written for people: the label that titles a report ("Quý I/2022") and the
 * phrase that sits inside a narrative sentence ("... quý I/2022 đạt ..."). Vietnamese follows
 * the published reports: quarters in Roman numerals, months without a leading zero, and an
 * as-of date as "07/3/2023" (two-digit day, month as written). English writes the as-of date
 * dd/mm/yyyy with both parts two digits ("07/03/2023"), as day-first English usage does.
 */
import type { Lang, Period } from "./period";
import { assertPeriod } from "./period";
import { englishMonthName } from "./period-messages";

const ROMAN_QUARTERS = { 1: "I", 2: "II", 3: "III", 4: "IV" } as const;

const twoDigits = (value: number) => String(value).padStart(2, "0");

/** The title form, capitalised: "Tháng 10/2024", "Q1 2022". */
export function periodLabel(period: Period, lang: Lang): string {
  assertPeriod(period);
  return lang === "vi" ? vietnameseLabel(period) : englishLabel(period);
}

/**
 * The in-sentence form: Vietnamese lower-case ("tháng 10/2024", "tính đến ngày 31/10/2024"),
 * English with its preposition ("in October 2024", "as of 31/10/2024").
 */
export function periodPhrase(period: Period, lang: Lang): string {
  assertPeriod(period);
  if (lang === "vi") {
    const label = vietnameseLabel(period);
    // Every Vietnamese label starts with a capital only because it heads a title.
    return label.charAt(0).toLowerCase() + label.slice(1);
  }
  switch (period.kind) {
    case "month":
    case "quarter":
      return `in ${englishLabel(period)}`;
    case "half":
      return `in the first 6 months of ${period.year}`;
    case "nine-months":
      return `in the first 9 months of ${period.year}`;
    case "year":
      return `in ${period.year}`;
    case "to-date":
      return `as of ${englishDate(period)}`;
  }
}

function vietnameseLabel(period: Period): string {
  switch (period.kind) {
    case "month":
      return `Tháng ${period.month}/${period.year}`;
    case "quarter":
      return `Quý ${ROMAN_QUARTERS[period.quarter]}/${period.year}`;
    case "half":
      return `6 tháng đầu năm ${period.year}`;
    case "nine-months":
      return `9 tháng năm ${period.year}`;
    case "year":
      return `Năm ${period.year}`;
    case "to-date":
      return `Tính đến ngày ${twoDigits(period.day)}/${period.month}/${period.year}`;
  }
}

function englishLabel(period: Period): string {
  switch (period.kind) {
    case "month":
      return `${englishMonthName(period.month)} ${period.year}`;
    case "quarter":
      return `Q${period.quarter} ${period.year}`;
    case "half":
      return `First 6 months of ${period.year}`;
    case "nine-months":
      return `First 9 months of ${period.year}`;
    case "year":
      return `Year ${period.year}`;
    case "to-date":
      return `As of ${englishDate(period)}`;
  }
}

function englishDate(date: { year: number; month: number; day: number }): string {
  return `${twoDigits(date.day)}/${twoDigits(date.month)}/${date.year}`;
}
