/**
 * A1 addresses and rectangles for the fake. Written apart from the host's own address code
 * on purpose: the fake is the oracle the host is proven on, so it must not share its bugs.
 */

/** Excel's grid (Excel specifications and limits: 1,048,576 rows by 16,384 columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A zero-based rectangle of cells. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : undefined;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseRow(digits: string): number | undefined {
  const n = Number(digits);
  return n >= 1 && n <= MAX_ROWS ? n - 1 : undefined;
}

function parseCell(text: string): { row: number; column: number } | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const column = columnIndex(m[1]!);
  const row = parseRow(m[2]!);
  return column === undefined || row === undefined ? undefined : { row, column };
}

function span(a: number, b: number): { start: number; count: number } {
  return { start: Math.min(a, b), count: Math.abs(a - b) + 1 };
}

/** "A1", "B2:C3", "A:C", "2:4" (with or without `$`) to a rectangle; undefined if not one. */
export function parseRect(text: string): Rect | undefined {
  const parts = text.trim().split(":");
  if (parts.length === 1) {
    const cell = parseCell(parts[0]!);
    return cell && { ...cell, rowCount: 1, columnCount: 1 };
  }
  if (parts.length !== 2) return undefined;
  const [left, right] = parts as [string, string];
  const a = parseCell(left);
  const b = parseCell(right);
  if (a && b) {
    const rows = span(a.row, b.row);
    const cols = span(a.column, b.column);
    return { row: rows.start, rowCount: rows.count, column: cols.start, columnCount: cols.count };
  }
  const ca = COLUMN.exec(left);
  const cb = COLUMN.exec(right);
  if (ca && cb) {
    const x = columnIndex(ca[1]!);
    const y = columnIndex(cb[1]!);
    if (x === undefined || y === undefined) return undefined;
    const cols = span(x, y);
    return { row: 0, rowCount: MAX_ROWS, column: cols.start, columnCount: cols.count };
  }
  const ra = ROW.exec(left);
  const rb = ROW.exec(right);
  if (ra && rb) {
    const x = parseRow(ra[1]!);
    const y = parseRow(rb[1]!);
    if (x === undefined || y === undefined) return undefined;
    const rows = span(x, y);
    return { row: rows.start, rowCount: rows.count, column: 0, columnCount: MAX_COLUMNS };
  }
  return undefined;
}

/** Splits "Sheet1!A1:B2" or "'Tổng hợp'!A1" into sheet and cell part. */
export function splitSheet(text: string): { sheet?: string; cells: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { cells: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, cells: text.slice(bang + 1) };
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.column === 0 && rect.columnCount === MAX_COLUMNS;
}

export function formatRect(rect: Rect): string {
  const lastRow = rect.row + rect.rowCount;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (isWholeColumns(rect) && !isWholeRows(rect)) {
    return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  }
  if (isWholeRows(rect)) return `${rect.row + 1}:${lastRow}`;
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetters(lastColumn)}${lastRow}`;
}

/** Excel quotes a sheet name that is not a plain word, starts with a digit or reads as a cell. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

export function intersection(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return undefined;
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

export function containsCell(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

/** What is left of `rect` once `cut` is taken out: up to four rectangles. */
export function subtract(rect: Rect, cut: Rect): Rect[] {
  const inner = intersection(rect, cut);
  if (!inner) return [rect];
  const pieces: Rect[] = [];
  const rectRowEnd = rect.row + rect.rowCount;
  const innerRowEnd = inner.row + inner.rowCount;
  if (inner.row > rect.row) pieces.push({ ...rect, rowCount: inner.row - rect.row });
  if (innerRowEnd < rectRowEnd)
    pieces.push({ ...rect, row: innerRowEnd, rowCount: rectRowEnd - innerRowEnd });
  const band = { row: inner.row, rowCount: inner.rowCount };
  if (inner.column > rect.column)
    pieces.push({ ...band, column: rect.column, columnCount: inner.column - rect.column });
  const rectColumnEnd = rect.column + rect.columnCount;
  const innerColumnEnd = inner.column + inner.columnCount;
  if (innerColumnEnd < rectColumnEnd) {
    pieces.push({ ...band, column: innerColumnEnd, columnCount: rectColumnEnd - innerColumnEnd });
  }
  return pieces;
}

/** "Sheet1!$A$1:$B$2": how Excel writes a reference into a name or a list source. */
export function absoluteAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}
