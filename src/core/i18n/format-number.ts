/**
 * Figures in finding messages, written by the numbers module's formatNumber (Vietnamese
 * "1.592,5", English "1,592.5"). Two things differ from a report's own figures:
 * - up to six decimals are kept, so a message shows the figure the clerk typed, not a
 *   rounded one (12,3456 triệu stays 12,3456), and trailing zeros are dropped;
 * - a message must never throw, and formatNumber refuses what is not finite, so
 *   Infinity or NaN (only a broken host could send one) is written as JavaScript writes it.
 */
import { formatNumber } from "../numbers";
import type { Lang } from "../numbers";

export type { Lang };

export function formatFigure(n: number, lang: Lang, maxDecimals = 6): string {
  if (!Number.isFinite(n)) return String(n);
  return formatNumber(n, lang, { maxDecimals });
}

/** A percentage with at most two decimals, no trailing zeros: "41,3%", "295%". */
export function formatPercent(n: number, lang: Lang): string {
  return `${formatFigure(n, lang, 2)}%`;
}
