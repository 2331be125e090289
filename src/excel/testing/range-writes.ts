/**
 * Writing `values`, `formulas` and `numberFormat` into a range, with Excel's rules:
 * - a 2-D array must have the range's shape, else InvalidArgument with Excel's own message
 *   (as office-js issue #1025 shows it: errorLocation "Range.values");
 * - a single value (not an array) applies to every cell; "" clears the cells, and for
 *   numberFormat resets them to General ("Blank and null values in Excel add-ins");
 * - `null` inside the array leaves that cell as it is (same page);
 * - text is parsed as typed input unless the cell is formatted as text "@".
 */
import type { Rect } from "./a1";
import { cellCount } from "./a1";
import { parseInput } from "./cell-values";
import { FakeErrorCode, FakeExcelError } from "./fake-error";
import type { SheetModel } from "./model";
import {
  ensureCell,
  forEachCoordinate,
  pruneCell,
  storedCellsIn,
  styleAt,
  keyColumn,
  keyRow,
  writeStyle,
} from "./model";
import { assertMayEdit } from "./protection-rules";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** The value for each cell, or undefined to leave it; throws InvalidArgument on a wrong shape. */
function cellInputs(raw: unknown, rect: Rect, location: string): (row: number, column: number) => unknown {
  if (!Array.isArray(raw)) {
    if (raw === null || raw === undefined || typeof raw === "object")
      throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
    return () => raw;
  }
  const grid: unknown[] = raw;
  const rowsMatch = grid.length === rect.rowCount;
  const columnsMatch = grid.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!rowsMatch || !columnsMatch)
    throw new FakeExcelError(FakeErrorCode.invalidArgument, location, SHAPE_MESSAGE);
  return (row, column) => (grid[row - rect.row] as unknown[])[column - rect.column];
}

function clearContents(sheet: SheetModel, rect: Rect): void {
  for (const [key, cell] of storedCellsIn(sheet, rect)) {
    cell.value = "";
    delete cell.formula;
    pruneCell(sheet, keyRow(key), keyColumn(key));
  }
}

export function writeContents(target: RangeTarget, raw: unknown, location: string): void {
  const { sheet, rect } = target;
  const input = cellInputs(raw, rect, location);
  // Check every cell first: one refused cell refuses the whole write.
  if (sheet.protection.protected) {
    forEachCoordinate(rect, (r, c) => {
      if (input(r, c) !== null)
        assertMayEdit(sheet, { row: r, column: c, rowCount: 1, columnCount: 1 }, "contents", location);
    });
  }
  if (!Array.isArray(raw) && raw === "" && cellCount(rect) > 1) {
    clearContents(sheet, rect);
    return;
  }
  const parsed: Array<[number, number, NonNullable<ReturnType<typeof parseInput>>]> = [];
  forEachCoordinate(rect, (r, c) => {
    const value = input(r, c);
    if (value === null) return;
    const entry = parseInput(value, styleAt(sheet, r, c, "numberFormat") === "@");
    if (!entry)
      throw new FakeExcelError(
        FakeErrorCode.invalidArgument,
        location,
        `Cannot write ${JSON.stringify(value) ?? typeof value} into a cell.`,
      );
    parsed.push([r, c, entry]);
  });
  for (const [r, c, entry] of parsed) {
    const cell = ensureCell(sheet, r, c);
    if (entry.kind === "formula") {
      cell.formula = entry.formula;
      cell.value = "";
    } else {
      delete cell.formula;
      cell.value = entry.value;
      if (entry.numberFormat && styleAt(sheet, r, c, "numberFormat") === "General")
        cell.style.numberFormat = entry.numberFormat;
    }
    pruneCell(sheet, r, c);
  }
}

export function writeNumberFormat(target: RangeTarget, raw: unknown, location: string): void {
  const { sheet, rect } = target;
  assertMayEdit(sheet, rect, "cells", location);
  if (!Array.isArray(raw)) {
    if (typeof raw !== "string") throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
    writeStyle(sheet, rect, "numberFormat", raw === "" || raw === "General" ? undefined : raw);
    return;
  }
  const input = cellInputs(raw, rect, location);
  forEachCoordinate(rect, (r, c) => {
    const value = input(r, c);
    if (value === null) return;
    if (typeof value !== "string") throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
    writeStyle(
      sheet,
      { row: r, column: c, rowCount: 1, columnCount: 1 },
      "numberFormat",
      value === "" || value === "General" ? undefined : value,
    );
  });
}
