/**
 * Plain sheets: long tables of values (the summary's by-unit trace and history sheets, about
 * 500,000 cells for 600 units) whose sheet XML we write ourselves, as openpyxl's write-only
 * mode does, instead of having ExcelJS build a cell object per cell. A sheet is plain when its
 * plan has only values (no formulas), a few style and number-format ranges, and nothing tied
 * to cells that ExcelJS keeps in the cell XML's neighbours: no merges, validations,
 * conditional formats, unlocked cells or protection.
 *
 * ExcelJS still writes everything else about the sheet (columns, hidden rows, freeze panes,
 * print setup, visibility) from a skeleton plan: the same sheet holding one cell per distinct
 * look, so that it also creates the cell formats (styles.xml) those looks need; the style
 * index it gave each one is then read from its XML (splice-sheet.ts).
 */
import { cellAddress, columnLetters, parseAddress, parseRange, type CellRange } from "../../core/sheets/a1";
import type { CellStyle, PlanCell, SheetPlan } from "../../core/sheets/plan-types";

/** Below this many cells, ExcelJS is fast enough and the skeleton is not worth it. */
export const PLAIN_FROM_CELLS = 20_000;
const MAX_BLOCKS = 8;
/** Looks are keyed by a bit per style range and the index of the number format: both few. */
const MAX_STYLE_RANGES = 16;
const MAX_FORMAT_RANGES = 31;
const FORMAT_BITS = 32;

/** A value cell, or a styled empty one (value null), with its look's key. */
export interface PlainCell {
  row: number;
  column: number;
  value: string | number | boolean | null;
  key: number;
}

export interface PlainSheet {
  plan: SheetPlan;
  /** The sheet for ExcelJS: everything but the cells, plus one cell per look. */
  skeleton: SheetPlan;
  /** The skeleton's cell for each look: where its style index is read from. */
  looks: Map<number, string>;
  /** Rows in order, each with its cells in column order (rows without cells included when set up). */
  rows(): Generator<{ row: number; cells: PlainCell[] }>;
  /** Row heights and hidden rows, by row. */
  setups: ReadonlyMap<number, { height?: number; hidden?: boolean }>;
  /** The used range ("A1:G44001"), or undefined when there is no cell. */
  dimension: string | undefined;
}

function blockRanges(sheet: SheetPlan): { at: { row: number; column: number }; rows: PlanCell[][] }[] {
  return sheet.blocks.map((b) => ({ at: parseAddress(b.at)!, rows: b.rows }));
}

/** Whether the plan qualifies; `minCells` lets a test send a small sheet down the fast path. */
export function isPlainSheet(sheet: SheetPlan, minCells = PLAIN_FROM_CELLS): boolean {
  if (sheet.merges?.length || sheet.validations?.length || sheet.conditionalFormats?.length) return false;
  if (sheet.unlocked?.length || sheet.protection) return false;
  if (sheet.blocks.length > MAX_BLOCKS) return false;
  if ((sheet.styles?.length ?? 0) > MAX_STYLE_RANGES) return false;
  if ((sheet.numberFormats?.length ?? 0) > MAX_FORMAT_RANGES) return false;
  let cells = 0;
  for (const block of sheet.blocks)
    for (const row of block.rows)
      for (const cell of row) {
        if (cell === null) continue;
        if (typeof cell === "object") return false;
        cells++;
      }
  if (cells < minCells) return false;
  // Every cell of the used area is visited: a style range far beyond the values is not plain.
  const box = boundsOf(sheet);
  return box === undefined || area(box) <= 2 * cells + 10_000;
}

function area(r: CellRange): number {
  return (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1);
}

function boundsOf(sheet: SheetPlan): CellRange | undefined {
  const all: CellRange[] = [
    ...(sheet.styles ?? []).map((s) => parseRange(s.range)!),
    ...(sheet.numberFormats ?? []).map((f) => parseRange(f.range)!),
  ];
  for (const { at, rows } of blockRanges(sheet)) {
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length > 0 && width > 0)
      all.push({
        start: at,
        end: { row: at.row + rows.length - 1, column: at.column + width - 1 },
      });
  }
  if (all.length === 0) return undefined;
  return {
    start: {
      row: Math.min(...all.map((r) => r.start.row)),
      column: Math.min(...all.map((r) => r.start.column)),
    },
    end: { row: Math.max(...all.map((r) => r.end.row)), column: Math.max(...all.map((r) => r.end.column)) },
  };
}

/** The style of a look: its style ranges merged in order, as apply-sheet.ts merges them. */
function lookStyle(sheet: SheetPlan, key: number): CellStyle | undefined {
  const mask = Math.floor(key / FORMAT_BITS);
  let style: CellStyle | undefined;
  (sheet.styles ?? []).forEach((s, i) => {
    if (mask & (1 << i)) style = { ...style, ...s.style };
  });
  return style;
}

function lookFormat(sheet: SheetPlan, key: number): string | undefined {
  const format = key % FORMAT_BITS;
  return format === 0 ? undefined : sheet.numberFormats?.[format - 1]?.format;
}

export function plainSheet(sheet: SheetPlan): PlainSheet {
  const blocks = blockRanges(sheet);
  const styles = (sheet.styles ?? []).map((s) => parseRange(s.range)!);
  const formats = (sheet.numberFormats ?? []).map((f) => parseRange(f.range)!);
  const box = boundsOf(sheet);
  const setups = new Map<number, { height?: number; hidden?: boolean }>();
  for (const { row, height, hidden } of sheet.rows ?? []) {
    const setup = setups.get(row) ?? {};
    if (height !== undefined) setup.height = height;
    if (hidden !== undefined) setup.hidden = hidden;
    setups.set(row, setup);
  }

  const valueAt = (row: number, column: number): PlainCell["value"] => {
    // Blocks are written in order: a later block's value wins, its empty cell does not erase.
    for (let b = blocks.length - 1; b >= 0; b--) {
      const { at, rows } = blocks[b]!;
      const cell = rows[row - at.row]?.[column - at.column];
      if (cell !== undefined && cell !== null) return cell as string | number | boolean;
    }
    return null;
  };

  function* rowsOf(): Generator<{ row: number; cells: PlainCell[] }> {
    if (!box) return;
    const width = box.end.column - box.start.column + 1;
    const keys = new Array<number>(width);
    const setupRows = [...setups.keys()].sort((a, b) => a - b);
    let nextSetup = 0;
    for (let row = box.start.row; row <= box.end.row; row++) {
      while (nextSetup < setupRows.length && setupRows[nextSetup]! < row)
        yield { row: setupRows[nextSetup++]!, cells: [] };
      keys.fill(0);
      styles.forEach((r, i) => {
        if (row < r.start.row || row > r.end.row) return;
        for (let c = r.start.column; c <= r.end.column; c++) keys[c - box.start.column]! += FORMAT_BITS << i;
      });
      formats.forEach((r, i) => {
        if (row < r.start.row || row > r.end.row) return;
        for (let c = r.start.column; c <= r.end.column; c++) {
          const k = keys[c - box.start.column]!;
          keys[c - box.start.column] = k - (k % FORMAT_BITS) + i + 1;
        }
      });
      const cells: PlainCell[] = [];
      for (let i = 0; i < width; i++) {
        const column = box.start.column + i;
        const value = valueAt(row, column);
        const key = keys[i]!;
        if (value !== null || key !== 0) cells.push({ row, column, value, key });
      }
      if (nextSetup < setupRows.length && setupRows[nextSetup] === row) nextSetup++;
      if (cells.length > 0 || setups.has(row)) yield { row, cells };
    }
    while (nextSetup < setupRows.length) yield { row: setupRows[nextSetup++]!, cells: [] };
  }

  // One cell per look, and the first text cell (so that ExcelJS writes a shared string table
  // for the strings added after its own); the used area on the way.
  const looks = new Map<number, string>();
  const skeletonCells = new Map<string, PlainCell>();
  let text: PlainCell | undefined;
  let [top, bottom, left, right] = [Infinity, 0, Infinity, 0];
  for (const { cells } of rowsOf())
    for (const cell of cells) {
      top = Math.min(top, cell.row);
      bottom = Math.max(bottom, cell.row);
      left = Math.min(left, cell.column);
      right = Math.max(right, cell.column);
      if (!looks.has(cell.key)) {
        const address = cellAddress(cell.row, cell.column);
        looks.set(cell.key, address);
        skeletonCells.set(address, cell);
      }
      if (!text && typeof cell.value === "string")
        skeletonCells.set(cellAddress(cell.row, cell.column), (text = cell));
    }
  const kept = [...skeletonCells.entries()];
  const skeleton: SheetPlan = {
    ...sheet,
    blocks: kept.map(([at, cell]) => ({ at, rows: [[cell.value]] })),
    styles: kept.flatMap(([range, cell]) => {
      const style = lookStyle(sheet, cell.key);
      return style ? [{ range, style }] : [];
    }),
    numberFormats: kept.flatMap(([range, cell]) => {
      const format = lookFormat(sheet, cell.key);
      return format === undefined ? [] : [{ range, format }];
    }),
  };
  const dimension = bottom > 0 ? `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}` : undefined;
  return { plan: sheet, skeleton, looks, rows: rowsOf, setups, dimension };
}
