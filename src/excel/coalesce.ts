/**
 * Fewer proxy calls for the same result. A plan lists ranges the way its builder thinks
 * (one indicator row at a time); Excel is as happy with one call over several rows, and each
 * call costs request bytes. Only merges that cannot change the result are made.
 */
import { formatRange, parseRange, rangesOverlap, type CellRange } from "../core/sheets/a1";
import type { NumberFormatRange } from "../core/sheets/plan-types";

/**
 * Merges an entry into an earlier one with the same key whose range it continues (the rows
 * right below, over the same columns). An entry may join an earlier one only when no entry in
 * between touches its cells: moving it earlier then cannot change which setting a cell ends
 * with (later entries override earlier ones where they overlap).
 */
export function mergeConsecutiveRows<T>(
  entries: readonly T[],
  rangeOf: (entry: T) => string,
  keyOf: (entry: T) => string,
  withRange: (entry: T, range: string) => T,
): T[] {
  const out: { entry: T; range: CellRange | undefined; key: string; cells: CellRange[] }[] = [];
  for (const entry of entries) {
    const range = parseRange(rangeOf(entry));
    const key = keyOf(entry);
    let merged = false;
    if (range) {
      for (let i = out.length - 1; i >= 0; i--) {
        const candidate = out[i]!;
        const r = candidate.range;
        if (
          r &&
          candidate.key === key &&
          r.start.column === range.start.column &&
          r.end.column === range.end.column &&
          r.end.row + 1 === range.start.row
        ) {
          candidate.range = { start: r.start, end: range.end };
          candidate.cells.push(range);
          merged = true;
          break;
        }
        // An entry in between that touches these cells keeps the order as it is.
        if (candidate.cells.some((c) => rangesOverlap(c, range))) break;
      }
    }
    if (!merged) out.push({ entry, range, key, cells: range ? [range] : [] });
  }
  return out.map(({ entry, range }) => (range ? withRange(entry, formatRange(range)) : entry));
}

/** Ranges that all get the same setting (unlocked cells): order does not matter, so they are sorted first. */
export function mergeRanges(ranges: readonly string[]): string[] {
  const sorted = ranges
    .map((r) => ({ text: r, range: parseRange(r) }))
    .sort((a, b) =>
      !a.range || !b.range
        ? 0
        : a.range.start.column - b.range.start.column ||
          a.range.end.column - b.range.end.column ||
          a.range.start.row - b.range.start.row,
    )
    .map((r) => r.text);
  return mergeConsecutiveRows(
    sorted,
    (r) => r,
    () => "",
    (_r, range) => range,
  );
}

/**
 * Number formats as one grid over the box they cover, later entries overriding earlier ones,
 * null where no format is set (Excel leaves a cell alone for null inside an array). One call
 * instead of one per range.
 */
export function numberFormatGrid(
  formats: readonly NumberFormatRange[],
): { range: string; grid: (string | null)[][] } | undefined {
  const parsed = formats
    .map((f) => ({ format: f.format, range: parseRange(f.range) }))
    .filter((f) => f.range);
  if (parsed.length === 0) return undefined;
  const top = Math.min(...parsed.map((f) => f.range!.start.row));
  const left = Math.min(...parsed.map((f) => f.range!.start.column));
  const bottom = Math.max(...parsed.map((f) => f.range!.end.row));
  const right = Math.max(...parsed.map((f) => f.range!.end.column));
  const grid: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array.from({ length: right - left + 1 }, () => null),
  );
  for (const { format, range } of parsed)
    for (let r = range!.start.row; r <= range!.end.row; r++)
      for (let c = range!.start.column; c <= range!.end.column; c++) grid[r - top]![c - left] = format;
  return {
    range: formatRange({ start: { row: top, column: left }, end: { row: bottom, column: right } }),
    grid,
  };
}
