/**
 * The one place consolidation divides. A percentage needs a figure and a base; a missing
 * or zero base gives no percentage (shown as "-"), never NaN or Infinity.
 */
import type { NoValueReason } from "./summary-types";

/** part / base x scale, or null when either is missing or the base is zero. */
export function percentOrNull(part: number | null, base: number | null, scale = 100): number | null {
  if (part === null || base === null || base === 0) return null;
  const result = (part / base) * scale;
  return Number.isFinite(result) ? result : null;
}

/** Why percentOrNull gave null for these figures, or null when it gave a number. */
export function whyNoPercent(part: number | null, base: number | null): NoValueReason | null {
  if (part === null) return "not-reported";
  if (base === null) return "missing-base";
  if (base === 0) return "zero-base";
  return null;
}
