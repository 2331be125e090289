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

/** A cell's value as the sheet XML holds it: null for a styled empty cell. */
export type PlainValue = string | number | boolean | null;

/**
 * The cells of one row, value cells and styled empty ones, in column order. The visitor of
 * `forEachRow` gets the same object for every row, refilled: half a million cells are
 * visited without making an object for each (copy what you keep).
 */
export interface PlainRow {
  row: number;
  /** How many of the entries below belong to this row. */
  count: number;
  columns: number[];
  values: PlainValue[];
  /** Each cell's look: a bit per style range, and the number format's index. */
  keys: number[];
}

export interface PlainSheet {
  plan: SheetPlan;
  /** The sheet for ExcelJS: everything but the cells, plus one cell per look. */
  skeleton: SheetPlan;
  /** The skeleton's cell for each look: where its style index is read from. */
  looks: Map<number, string>;
  /** Rows in order (rows without cells included when set up); see PlainRow. */
  forEachRow(visit: (row: PlainRow) => void): void;
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

  /**
   * Looks change only where a style or format range starts or ends: the keys of a row are
   * worked out again only there (a 44,000-row sheet has a handful of such rows).
   */
  const edges = [...new Set([...styles, ...formats].flatMap((r) => [r.start.row, r.end.row + 1]))].sort(
    (a, b) => a - b,
  );
  const keysFrom = (row: number, keys: number[], left: number) => {
    keys.fill(0);
    styles.forEach((r, i) => {
      if (row < r.start.row || row > r.end.row) return;
      for (let c = r.start.column; c <= r.end.column; c++) keys[c - left]! += FORMAT_BITS << i;
    });
    formats.forEach((r, i) => {
      if (row < r.start.row || row > r.end.row) return;
      for (let c = r.start.column; c <= r.end.column; c++) {
        const k = keys[c - left]!;
        keys[c - left] = k - (k % FORMAT_BITS) + i + 1;
      }
    });
  };

  function forEachRow(visit: (row: PlainRow) => void): void {
    const out: PlainRow = { row: 0, count: 0, columns: [], values: [], keys: [] };
    const setupRows = [...setups.keys()].sort((a, b) => a - b);
    let nextSetup = 0;
    const bare = (row: number) => {
      out.row = row;
      out.count = 0;
      visit(out);
    };
    if (box) {
      const left = box.start.column;
      const width = box.end.column - left + 1;
      const keys = new Array<number>(width).fill(0);
      // The blocks over a row, the last written first: its value wins, its empty cell does not erase.
      const covering: { first: number; cells: PlanCell[] }[] = [];
      let nextEdge = 0;
      for (let row = box.start.row; row <= box.end.row; row++) {
        while (nextSetup < setupRows.length && setupRows[nextSetup]! < row) bare(setupRows[nextSetup++]!);
        if (row === box.start.row || (nextEdge < edges.length && edges[nextEdge]! <= row)) {
          while (nextEdge < edges.length && edges[nextEdge]! <= row) nextEdge++;
          keysFrom(row, keys, left);
        }
        covering.length = 0;
        for (let b = blocks.length - 1; b >= 0; b--) {
          const { at, rows } = blocks[b]!;
          const cells = rows[row - at.row];
          if (cells) covering.push({ first: at.column, cells });
        }
        let count = 0;
        for (let i = 0; i < width; i++) {
          const column = left + i;
          let value: PlainValue = null;
          for (const { first, cells } of covering) {
            const cell = cells[column - first];
            if (cell !== undefined && cell !== null) {
              value = cell as string | number | boolean;
              break;
            }
          }
          const key = keys[i]!;
          if (value === null && key === 0) continue;
          out.columns[count] = column;
          out.values[count] = value;
          out.keys[count] = key;
          count++;
        }
        const setUp = nextSetup < setupRows.length && setupRows[nextSetup] === row;
        if (setUp) nextSetup++;
        if (count > 0 || setUp) {
          out.row = row;
          out.count = count;
          visit(out);
        }
      }
    }
    while (nextSetup < setupRows.length) bare(setupRows[nextSetup++]!);
  }

  // One cell per look, and the first text cell (so that ExcelJS writes a shared string table
  // for the strings added after its own); the used area on the way.
  const looks = new Map<number, string>();
  const skeletonCells = new Map<string, { value: PlainValue; key: number }>();
  let text = false;
  let [top, bottom, left, right] = [Infinity, 0, Infinity, 0];
  forEachRow(({ row, count, columns, values, keys }) => {
    if (count === 0) return;
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, columns[0]!);
    right = Math.max(right, columns[count - 1]!);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const value = values[i]!;
      if (!looks.has(key)) {
        const address = cellAddress(row, columns[i]!);
        looks.set(key, address);
        skeletonCells.set(address, { value, key });
      }
      if (!text && typeof value === "string") {
        skeletonCells.set(cellAddress(row, columns[i]!), { value, key });
        text = true;
      }
    }
  });
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
  return { plan: sheet, skeleton, looks, forEachRow, setups, dimension };
}
