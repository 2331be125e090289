/**
 * The sanity bound on any figure, whatever the indicator. 1e12 triệu đồng is 10^18 đồng,
 * about a hundred times Vietnam's yearly GDP (about 1e10 triệu đồng); 1e12 people, files or
 * cases is more than a hundred times the world's population. Anything above it is a typing
 * mistake (digits pasted twice, a figure in đồng instead of triệu đồng, 1e15 from a broken
 * formula), never a real figure. An indicator's own `max` is checked as well, below this.
 */
export const IMPLAUSIBLE_ABOVE = 1e12;

/** Relative slack when comparing sums of money, so 0.1 + 0.2 equals 0.3. */
export function slack(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
