/**
 * Figures as people read them (domain.md §7). Display only: rounding happens here and
 * nowhere else (sums use exact values), half away from zero, on the number as written
 * (see digits.ts). A missing figure (null or undefined) is shown as "-", like a
 * percentage that has no plan to be measured against.
 */
import type { Localized, ValueType } from "../template/schema";
import { type Percent, type Trieu, percent, trieu } from "./brands";
import {
  type Digits,
  digitsOf,
  groupThousands,
  isZero,
  roundDigits,
  shiftDown,
  trimFraction,
} from "./digits";
import { NumberArgumentError, assertFinite } from "./errors";
import type { Lang } from "./lang";

/** What is shown where there is no figure. */
export const MISSING_FIGURE = "-";

/** Vietnamese: "." groups thousands, "," marks decimals; English the other way round. */
const MARKS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

export interface FormatNumberOptions {
  /** Decimals shown at most (default 2); further digits are rounded away. */
  maxDecimals?: number;
  /** Decimals always shown, padded with zeros (default 0). */
  minDecimals?: number;
}

interface Rounded {
  /** True only when the rounded figure is not zero: -0 and -0,001 are shown as 0. */
  negative: boolean;
  digits: Digits;
}

function rounded(n: number, decimals: number): Rounded {
  const digits = roundDigits(digitsOf(Math.abs(n)), decimals);
  return { negative: n < 0 && !isZero(digits), digits };
}

function write(digits: Digits, lang: Lang, minDecimals = 0): string {
  const { group, decimal } = MARKS[lang];
  const frac = trimFraction(digits.frac, minDecimals);
  return groupThousands(digits.int, group) + (frac === "" ? "" : decimal + frac);
}

function checkDecimals(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 20) {
    throw new NumberArgumentError(`${what} must be a whole number from 0 to 20, got ${value}`);
  }
}

/** "12.345", "1.592,5" (vi); "12,345", "1,592.5" (en). */
export function formatNumber(
  n: number | null | undefined,
  lang: Lang,
  { maxDecimals = 2, minDecimals = 0 }: FormatNumberOptions = {},
): string {
  if (n == null) return MISSING_FIGURE;
  assertFinite(n, "formatNumber()");
  checkDecimals(maxDecimals, "maxDecimals");
  checkDecimals(minDecimals, "minDecimals");
  if (minDecimals > maxDecimals) {
    throw new NumberArgumentError(`minDecimals (${minDecimals}) exceeds maxDecimals (${maxDecimals})`);
  }
  const { negative, digits } = rounded(n, maxDecimals);
  return (negative ? "-" : "") + write(digits, lang, minDecimals);
}

/**
 * Money the way reports write it. Under 1 tỷ: triệu with up to two decimals ("640 triệu
 * đồng", "12,5 triệu đồng"). From 1 tỷ on: tỷ and a three-digit triệu part rounded to whole
 * triệu ("4.012 tỷ 045 triệu đồng"), the triệu part left out when it is 000 ("7.000 tỷ
 * đồng"). Which form applies is decided on the rounded value, so 999,9996 triệu (1.000,00
 * to two decimals) is "1 tỷ đồng", never "1.000 triệu đồng". English: "VND 640 million",
 * "VND 2,345.678 billion". A negative sum keeps a leading "-" ("-640 triệu đồng",
 * "-VND 640 million").
 */
export function formatMoney(value: Trieu | null | undefined, lang: Lang): string {
  if (value == null) return MISSING_FIGURE;
  assertFinite(value, "formatMoney()");
  const inTrieu = rounded(value, 2);
  const sign = inTrieu.negative ? "-" : "";
  if (inTrieu.digits.int.length <= 3) {
    const amount = write(inTrieu.digits, lang);
    return sign + (lang === "vi" ? `${amount} triệu đồng` : `VND ${amount} million`);
  }
  const whole = rounded(value, 0).digits.int;
  const ty = whole.slice(0, -3);
  const trieuPart = whole.slice(-3);
  if (lang === "en") return `${sign}VND ${write({ int: ty, frac: trieuPart }, "en")} billion`;
  const trieuText = trieuPart === "000" ? "" : ` ${trieuPart} triệu`;
  return `${sign}${groupThousands(ty, MARKS.vi.group)} tỷ${trieuText} đồng`;
}

/** Money in tỷ with decimals: "36.353,2 tỷ đồng" / "VND 36,353.2 billion". */
export function formatMoneyBillions(value: Trieu | null | undefined, lang: Lang, maxDecimals = 1): string {
  if (value == null) return MISSING_FIGURE;
  assertFinite(value, "formatMoneyBillions()");
  checkDecimals(maxDecimals, "maxDecimals");
  const digits = roundDigits(shiftDown(digitsOf(Math.abs(value)), 3), maxDecimals);
  const sign = value < 0 && !isZero(digits) ? "-" : "";
  const amount = write(digits, lang);
  return sign + (lang === "vi" ? `${amount} tỷ đồng` : `VND ${amount} billion`);
}

/** At most two decimals, no trailing zeros, no space: "41,3%", "7,25%", "100%"; en "41.3%". */
export function formatPercent(p: Percent | null | undefined, lang: Lang): string {
  if (p == null) return MISSING_FIGURE;
  return `${formatNumber(p, lang)}%`;
}

/** A figure and the unit the caller gives: "12.345 hồ sơ" / "12,345 files". */
export function formatCount(n: number | null | undefined, uom: string, lang: Lang): string {
  if (n == null) return MISSING_FIGURE;
  const figure = formatNumber(n, lang);
  return uom.trim() === "" ? figure : `${figure} ${uom.trim()}`;
}

/**
 * A figure of an indicator by its value type, for the generic runners that read the
 * template. Money and percentages write their own unit (tỷ/triệu đồng, %), so `uom` is
 * only used for counts and other numbers.
 */
export function formatValue(
  n: number | null | undefined,
  valueType: ValueType,
  uom: Localized,
  lang: Lang,
): string {
  if (n == null) return MISSING_FIGURE;
  switch (valueType) {
    case "money":
      return formatMoney(trieu(n), lang);
    case "percent":
      return formatPercent(percent(n), lang);
    case "count":
    case "number":
      return formatCount(n, uom[lang], lang);
  }
}
