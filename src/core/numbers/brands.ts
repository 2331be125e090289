/**
 * Units are types (style.md #7): money and percentages are numbers at run time, but the
 * compiler keeps 41.3 (%) from standing where 41.3 triệu đồng is expected.
 */
import { assertFinite } from "./errors";

/** Money in triệu đồng (million VND): how every sum of money is stored and added. */
export type Trieu = number & { readonly __unit: "trieu" };

/** A percentage in points (x100): 41.3 means 41,3%, never 0.413. */
export type Percent = number & { readonly __unit: "percent" };

export function trieu(n: number): Trieu {
  assertFinite(n, "trieu()");
  return n as Trieu;
}

export function percent(n: number): Percent {
  assertFinite(n, "percent()");
  return n as Percent;
}

/**
 * part / whole x 100, or null where there is no percentage: either side missing (missing
 * is not zero), a whole of 0 (domain.md §5: a plan of 0 gives no percentage, shown as "-"),
 * or a result that is not a finite number. Takes plain numbers so consolidation can pass
 * cell values directly.
 */
export function percentOf(part: number | undefined | null, whole: number | undefined | null): Percent | null {
  if (part == null || whole == null || whole === 0) return null;
  // Multiply first: 413 * 100 / 1000 is exactly 41.3, while 413 / 1000 * 100 is not.
  const result = (part * 100) / whole;
  return Number.isFinite(result) ? (result as Percent) : null;
}

/** Growth on last year from the ratio: "bằng 108,4%" is "tăng 8,4%". */
export function growthOf(ratio: Percent): Percent {
  return percent(ratio - 100);
}
