/**
 * A parsed sheet -> the rectangle of values and formulas a snapshot holds, from A1. Its size
 * is ExcelJS's used area (rowCount x columnCount), so a file gives the same snapshot as
 * before:
 * - rows: up to the last <row> in the file, or the last row of a merged range;
 * - columns: the widest row that holds something (a value, or a cell covered by a merge),
 *   counting every cell of that row, styled blanks included.
 * A cell covered by a merged range (not its top-left) is empty, as Excel shows it.
 */
import type { CellRange } from "../../core/sheets/a1";
import type { SnapshotValue } from "../../core/sheets/snapshot";
import type { ParsedCell, ParsedSheet } from "./sheet-cells";

export interface SheetSize {
  rows: number;
  columns: number;
}

/** Per row: its widest cell, and whether it holds anything but styled blanks. */
interface RowExtent {
  width: number;
  holds: boolean;
}

function extents(sheet: ParsedSheet): Map<number, RowExtent> {
  const out = new Map<number, RowExtent>();
  const at = (row: number): RowExtent => {
    let extent = out.get(row);
    if (!extent) out.set(row, (extent = { width: 0, holds: false }));
    return extent;
  };
  for (const [row, cells] of sheet.rows) {
    const extent = at(row);
    extent.width = Math.max(extent.width, cells.length);
    for (const cell of cells) if (cell && !cell.blank) extent.holds = true;
  }
  for (const { start, end } of sheet.merges)
    for (let row = start.row; row <= end.row; row++) {
      const extent = at(row);
      extent.width = Math.max(extent.width, end.column);
      // Every row of a merge but the top holds covered cells; the top does when it is wider than one.
      if (row > start.row || end.column > start.column) extent.holds = true;
    }
  return out;
}

export function sheetSize(sheet: ParsedSheet): SheetSize {
  let rows = sheet.lastRow;
  for (const { end } of sheet.merges) rows = Math.max(rows, end.row);
  let columns = 0;
  for (const extent of extents(sheet).values()) if (extent.holds) columns = Math.max(columns, extent.width);
  return { rows, columns };
}

function covered(merges: readonly CellRange[]): Set<number> | undefined {
  if (merges.length === 0) return undefined;
  const out = new Set<number>();
  for (const { start, end } of merges)
    for (let row = start.row; row <= end.row; row++)
      for (let column = start.column; column <= end.column; column++)
        if (row !== start.row || column !== start.column) out.add(row * 16_385 + column);
  return out;
}

export interface SheetGrid {
  values: SnapshotValue[][];
  formulas: (string | null)[][];
}

/** The grid of `size` (from sheetSize, checked against the cell limit first). */
export function sheetGrid(sheet: ParsedSheet, size: SheetSize): SheetGrid {
  const hidden = covered(sheet.merges);
  const values: SnapshotValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let row = 1; row <= size.rows; row++) {
    const cells = sheet.rows.get(row);
    const rowValues = new Array<SnapshotValue>(size.columns);
    const rowFormulas = new Array<string | null>(size.columns);
    for (let column = 1; column <= size.columns; column++) {
      const cell: ParsedCell | undefined =
        hidden?.has(row * 16_385 + column) === true ? undefined : cells?.[column - 1];
      rowValues[column - 1] = cell ? cell.value : null;
      rowFormulas[column - 1] = cell ? cell.formula : null;
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
  }
  return { values, formulas };
}
