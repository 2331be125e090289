/**
 * The in-memory workbook the fake's proxies read and write at sync time. Plain data; the
 * rules of Excel (protection, shapes, names) live in the proxies that change it.
 *
 * Cell formats are kept as flat key/value styles in three layers, as Excel keeps them: a
 * cell's own format, else its row's, else its column's, else the default. Formatting whole
 * columns or rows writes the layer instead of a million cells.
 */
import type { Rect } from "./a1";
import { MAX_COLUMNS, cellCount, containsCell, intersection, isWholeColumns, isWholeRows } from "./a1";
import { FakeExcelMisuseError } from "./fake-error";

/** A stored cell value: number, text or boolean; "" is a blank cell, as Excel reports it. */
export type CellValue = number | string | boolean;
export type StyleValue = string | number | boolean;
export type Style = Record<string, StyleValue>;

export interface CellModel {
  /** The constant typed in the cell, or the value cached for a formula the fake cannot evaluate. */
  value: CellValue;
  formula?: string;
  style: Style;
}

export const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
export const BORDER_INDEXES = [
  ...BORDER_EDGES,
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

/** Excel's defaults for a fresh cell (Calibri 11 on a white, unfilled, locked cell). */
export const STYLE_DEFAULTS: Readonly<Style> = {
  numberFormat: "General",
  "fill.color": "#FFFFFF",
  "font.name": "Calibri",
  "font.size": 11,
  "font.color": "#000000",
  "font.bold": false,
  "font.italic": false,
  "font.underline": "None",
  "font.strikethrough": false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  locked: true,
  formulaHidden: false,
  ...Object.fromEntries(
    BORDER_INDEXES.flatMap((edge) => [
      [`border.${edge}.style`, "None"],
      [`border.${edge}.color`, "#000000"],
      [`border.${edge}.weight`, "Thin"],
    ]),
  ),
};

/** Excel's standard column width and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface ProtectionOptionsModel {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export const DEFAULT_PROTECTION_OPTIONS: Readonly<ProtectionOptionsModel> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export interface DataValidationModel {
  rects: Rect[];
  type: string;
  rule: Record<string, unknown>;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  rects: Rect[];
  type: string;
  priority: number;
  stopIfTrue: boolean;
  /** Custom: { formula }; CellValue: { formula1, formula2?, operator }. */
  rule: Record<string, unknown>;
  /** Flat style keys: "fill.color", "font.color", "font.bold", "font.italic", "numberFormat". */
  format: Style;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  cells: Map<number, CellModel>;
  rowStyles: Map<number, Style>;
  columnStyles: Map<number, Style>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  merges: Rect[];
  freeze: { rows: number; columns: number };
  protection: { protected: boolean; password?: string; options: ProtectionOptionsModel };
  dataValidations: DataValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  /** Worksheet.tabColor: "" for none. */
  tabColor: string;
  pageLayout: PageLayoutModel;
  charts: ChartModel[];
  tables: TableModel[];
}

/** Worksheet.pageLayout, the members the host sets (PageLayout reference, ExcelApi 1.9). */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  /** Points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "$9:$10", or null when no rows repeat. */
  printTitleRows: string | null;
}

/** A series of a chart: its name and where its values and labels are. */
export interface ChartSeriesModel {
  name: string;
  values: { sheet: SheetModel; rect: Rect };
  categories?: { sheet: SheetModel; rect: Rect };
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  seriesBy: string;
  series: ChartSeriesModel[];
  title: { text: string; visible: boolean };
  legendVisible: boolean;
  valueAxis: { numberFormat: string; title: string };
  categoryAxis: { title: string };
  /** The cell the chart's top-left corner sits on (Chart.setPosition). */
  topLeft: { row: number; column: number };
}

export interface TableModel {
  id: string;
  name: string;
  /** Header row included when showHeaders. */
  rect: Rect;
  showHeaders: boolean;
  style: string;
}
export interface NameModel {
  name: string;
  /** Always stored with its leading "=". */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  names: NameModel[];
  /** Keyed by the lower-cased key: Excel's custom property keys are case-insensitive. */
  customProperties: Map<string, { key: string; value: string | number | boolean }>;
  nextId: number;
  /** How many times suspendApiCalculationUntilNextSync was applied (for assertions). */
  calculationSuspensions: number;
  enableEvents: boolean;
  /** The selected range, on the active sheet (Range.select). */
  selection: { sheetId: string; rect: Rect };
  /** Handlers registered with WorksheetCollection.onChanged, called by the test's fireChange. */
  changeHandlers: Set<(event: WorksheetChangedEventModel) => Promise<unknown>>;
}

/** The part of Excel.WorksheetChangedEventArgs a handler reads. */
export interface WorksheetChangedEventModel {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: string;
  source: "Local" | "Remote";
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    rowStyles: new Map(),
    columnStyles: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merges: [],
    freeze: { rows: 0, columns: 0 },
    protection: { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS } },
    dataValidations: [],
    conditionalFormats: [],
    tabColor: "",
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      centerHorizontally: false,
      leftMargin: 50.4,
      rightMargin: 50.4,
      topMargin: 54,
      bottomMargin: 54,
      zoom: { scale: 100 },
      printTitleRows: null,
    },
    charts: [],
    tables: [],
  };
}

export function sheetId(n: number): string {
  return `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`;
}

export function findSheet(workbook: WorkbookModel, nameOrId: string): SheetModel | undefined {
  const lower = nameOrId.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
}

export const cellKey = (row: number, column: number): number => row * MAX_COLUMNS + column;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS);
export const keyColumn = (key: number): number => key % MAX_COLUMNS;

/** The fake walks cells one by one below this size; above it only the layers are cheap. */
const CELL_WALK_LIMIT = 2_000_000;

/** Visits every coordinate of a rectangle (bounded, so a whole-sheet walk fails loudly). */
export function forEachCoordinate(rect: Rect, visit: (row: number, column: number) => void): void {
  if (cellCount(rect) > CELL_WALK_LIMIT) {
    throw new FakeExcelMisuseError(
      `The fake does not walk ${cellCount(rect)} cells one by one; use whole rows or columns, or a smaller range.`,
    );
  }
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) visit(r, c);
  }
}

/** The existing cell records inside a rectangle. */
export function storedCellsIn(sheet: SheetModel, rect: Rect): Array<[number, CellModel]> {
  const found: Array<[number, CellModel]> = [];
  if (cellCount(rect) <= sheet.cells.size) {
    forEachCoordinate(rect, (r, c) => {
      const key = cellKey(r, c);
      const cell = sheet.cells.get(key);
      if (cell) found.push([key, cell]);
    });
    return found;
  }
  for (const [key, cell] of sheet.cells) {
    if (containsCell(rect, keyRow(key), keyColumn(key))) found.push([key, cell]);
  }
  return found;
}

export function cellAt(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function ensureCell(sheet: SheetModel, row: number, column: number): CellModel {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "", style: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a cell record that holds nothing, so used-range and walks stay small. */
export function pruneCell(sheet: SheetModel, row: number, column: number): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key);
  if (cell && cell.value === "" && cell.formula === undefined && Object.keys(cell.style).length === 0) {
    sheet.cells.delete(key);
  }
}

export function styleAt(sheet: SheetModel, row: number, column: number, key: string): StyleValue {
  return (
    cellAt(sheet, row, column)?.style[key] ??
    sheet.rowStyles.get(row)?.[key] ??
    sheet.columnStyles.get(column)?.[key] ??
    STYLE_DEFAULTS[key] ??
    ""
  );
}

function setLayer(
  layer: Map<number, Style>,
  index: number,
  key: string,
  value: StyleValue | undefined,
): void {
  const style = layer.get(index) ?? {};
  if (value === undefined) delete style[key];
  else style[key] = value;
  if (Object.keys(style).length === 0) layer.delete(index);
  else layer.set(index, style);
}

function setCellStyle(
  sheet: SheetModel,
  row: number,
  column: number,
  key: string,
  value: StyleValue | undefined,
): void {
  const cell = ensureCell(sheet, row, column);
  if (value === undefined) delete cell.style[key];
  else cell.style[key] = value;
  pruneCell(sheet, row, column);
}

/**
 * Sets one style key over a rectangle (undefined resets it to the default). Whole columns and
 * whole rows go to their layer; the cells and crossing layers inside are overwritten so the
 * new format wins everywhere in the rectangle, as it does in Excel.
 */
export function writeStyle(sheet: SheetModel, rect: Rect, key: string, value: StyleValue | undefined): void {
  if (isWholeColumns(rect) || isWholeRows(rect)) {
    const byColumns = isWholeColumns(rect);
    const layer = byColumns ? sheet.columnStyles : sheet.rowStyles;
    const start = byColumns ? rect.column : rect.row;
    const count = byColumns ? rect.columnCount : rect.rowCount;
    for (let i = start; i < start + count; i++) setLayer(layer, i, key, value);
    for (const [cellKeyValue] of storedCellsIn(sheet, rect)) {
      setCellStyle(sheet, keyRow(cellKeyValue), keyColumn(cellKeyValue), key, value);
    }
    // A row format crossing these columns (or a column format crossing these rows) would
    // otherwise win over the new one in the crossing cells: pin those cells.
    const crossing = byColumns ? sheet.rowStyles : sheet.columnStyles;
    for (const [index, style] of crossing) {
      if (style[key] === undefined) continue;
      for (let i = start; i < start + count; i++) {
        if (byColumns) setCellStyle(sheet, index, i, key, value ?? STYLE_DEFAULTS[key]);
        else setCellStyle(sheet, i, index, key, value ?? STYLE_DEFAULTS[key]);
      }
    }
    return;
  }
  forEachCoordinate(rect, (r, c) => setCellStyle(sheet, r, c, key, value));
}

/** The style over a rectangle: the common value, or null when cells differ (as Excel reports). */
export function readStyle(sheet: SheetModel, rect: Rect, key: string): StyleValue | null {
  const seen = new Set<StyleValue>();
  if (cellCount(rect) <= 100_000) {
    forEachCoordinate(rect, (r, c) => seen.add(styleAt(sheet, r, c, key)));
  } else {
    // Large ranges: every value that can show up somewhere in the rectangle.
    for (const [, cell] of storedCellsIn(sheet, rect)) {
      const own = cell.style[key];
      if (own !== undefined) seen.add(own);
    }
    let everyRowStyled = true;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      const own = sheet.rowStyles.get(r)?.[key];
      if (own === undefined) everyRowStyled = false;
      else seen.add(own);
      if (!everyRowStyled && r - rect.row > 100_000) break;
    }
    if (!everyRowStyled) {
      let everyColumnStyled = true;
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const own = sheet.columnStyles.get(c)?.[key];
        if (own === undefined) everyColumnStyled = false;
        else seen.add(own);
      }
      if (!everyColumnStyled) seen.add(STYLE_DEFAULTS[key] ?? "");
    }
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

/** True when a cell holds a value or a formula. */
export function hasContent(cell: CellModel): boolean {
  return cell.formula !== undefined || cell.value !== "";
}

/** The smallest rectangle holding every used cell (values only, or formats too), if any. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly ? !hasContent(cell) : !hasContent(cell) && Object.keys(cell.style).length === 0) continue;
    const r = keyRow(key);
    const c = keyColumn(key);
    if (within && !containsCell(within, r, c)) continue;
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (bottom < 0) return undefined;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Rectangles of a list that meet `rect`. */
export function meets(rects: readonly Rect[], rect: Rect): boolean {
  return rects.some((r) => intersection(r, rect) !== undefined);
}
