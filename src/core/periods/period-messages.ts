/**
 * Why a period text was rejected, in Vietnamese and English side by side so neither
 * language can be missing. The texts speak to the person who typed the code.
 */
import { FIRST_REPORT_YEAR, LAST_REPORT_YEAR } from "./period";

export interface PeriodReason {
  vi: string;
  en: string;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "October"; shared with the labels so a month is named one way. */
export function englishMonthName(month: number): string {
  return EN_MONTHS[month - 1] ?? String(month);
}

const YEARS = `${FIRST_REPORT_YEAR}-${LAST_REPORT_YEAR}`;

export const periodReasons = {
  empty: (): PeriodReason => ({ vi: "Chưa nhập kỳ báo cáo.", en: "No period was given." }),

  unreadable: (text: string): PeriodReason => ({
    vi:
      `Không đọc được kỳ báo cáo "${text}". Viết theo một trong các dạng: 2024-10 (tháng), ` +
      "2024-Q1 (quý), 2024-H1 (6 tháng đầu năm), 2024-9M (9 tháng), 2024 (năm), " +
      "2024-10-31 (tính đến ngày).",
    en:
      `Cannot read the period "${text}". Write one of: 2024-10 (month), 2024-Q1 (quarter), ` +
      "2024-H1 (first 6 months), 2024-9M (first 9 months), 2024 (year), 2024-10-31 (as of a date).",
  }),

  yearOutOfRange: (year: string): PeriodReason => ({
    vi: `Năm ${year} nằm ngoài khoảng được chấp nhận (${YEARS}).`,
    en: `The year ${year} is outside the accepted range (${YEARS}).`,
  }),

  /** month: the two digits as typed ("13", "00"). */
  noSuchMonth: (month: string): PeriodReason => ({
    vi: `Không có tháng ${month}: tháng phải từ 01 đến 12.`,
    en: `There is no month ${month}: a month is 01 to 12.`,
  }),

  noSuchQuarter: (quarter: string): PeriodReason => ({
    vi: `Không có quý ${quarter}: quý phải từ Q1 đến Q4.`,
    en: `There is no quarter ${quarter}: quarters are Q1 to Q4.`,
  }),

  /** code: the suffix, upper-cased ("H2", "6M"). */
  noSuchPart: (code: string): PeriodReason => ({
    vi: `Kỳ "${code}" không có: chỉ dùng H1 (6 tháng đầu năm) và 9M (9 tháng).`,
    en: `There is no "${code}" period: only H1 (first 6 months) and 9M (first 9 months) are used.`,
  }),

  /** The typed day and month (two digits each), and how many days the month really has. */
  noSuchDay: (typed: { year: number; month: string; day: string }, days: number): PeriodReason => {
    const month = Number(typed.month);
    return {
      vi: `Không có ngày ${typed.day}/${typed.month}/${typed.year}: tháng ${month}/${typed.year} có ${days} ngày.`,
      en: `${typed.day}/${typed.month}/${typed.year} is not a date: ${englishMonthName(month)} ${typed.year} has ${days} days.`,
    };
  },
};
