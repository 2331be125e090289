/**
 * A1-style addresses as plain data: column letters <-> 1-based index, "B7" <-> { row, column },
 * "B7:K40" <-> a range. Parsing user or file text returns undefined on nonsense; formatting a
 * position that cannot exist is a programming error and throws.
 */

/** The last column Excel has (XFD) and its last row. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

export interface CellPosition {
  /** 1-based row. */
  row: number;
  /** 1-based column (A = 1). */
  column: number;
}

export interface CellRange {
  start: CellPosition;
  end: CellPosition;
}

/** Thrown when code asks for an address outside the sheet: a bug, not bad data. */
export class AddressError extends Error {
  override name = "AddressError";
}

/** 1 -> "A", 27 -> "AA", 16384 -> "XFD". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN)
    throw new AddressError(`column ${column} is outside 1..${MAX_COLUMN}`);
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 1, "aa" -> 27; undefined for anything that is not a column of a sheet. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMN ? n : undefined;
}

/** "B7" or "$B$7" -> { row: 7, column: 2 }; undefined otherwise. */
export function parseAddress(address: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  const column = columnIndex(match[1]!);
  const row = Number(match[2]);
  if (column === undefined || row < 1 || row > MAX_ROW) return undefined;
  return { row, column };
}

/** { row: 7, column: 2 } -> "B7". */
export function formatAddress(position: CellPosition): string {
  const { row, column } = position;
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW)
    throw new AddressError(`row ${row} is outside 1..${MAX_ROW}`);
  return `${columnLetters(column)}${row}`;
}

/** Shorthand for formatAddress({ row, column }). */
export function cellAddress(row: number, column: number): string {
  return formatAddress({ row, column });
}

/** "B7:K40" (or a single "B7") -> its corners, top-left first; undefined otherwise. */
export function parseRange(range: string): CellRange | undefined {
  const parts = range.split(":");
  if (parts.length > 2) return undefined;
  const a = parseAddress(parts[0]!);
  const b = parts.length === 2 ? parseAddress(parts[1]!) : a;
  if (!a || !b) return undefined;
  return {
    start: { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column) },
    end: { row: Math.max(a.row, b.row), column: Math.max(a.column, b.column) },
  };
}

/** A range from its corners; a one-cell range is written as the single address. */
export function formatRange(range: CellRange): string {
  const a = formatAddress(range.start);
  const b = formatAddress(range.end);
  return a === b ? a : `${a}:${b}`;
}

/** Whether two ranges share at least one cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

/** Columns `from` to `to` of one row, as a range ("B5:H5"). */
export function rowSpan(row: number, from: number, to: number): string {
  return formatRange({ start: { row, column: from }, end: { row, column: to } });
}
