/**
 * The JSON description a fake workbook is built from, and the snapshot it gives back in the
 * same shape, so a test can write the workbook it starts from and compare the one it ends
 * with. Cell styles use the fake's flat keys ("font.bold", "fill.color", "locked", ...; see
 * STYLE_DEFAULTS in model.ts).
 */
import type { Rect } from "./a1";
import { columnIndex, columnLetters, formatRect, parseRect } from "./a1";
import { FakeExcelMisuseError } from "./fake-error";
import { valueAt } from "./formula";
import type { CellValue, ProtectionOptionsModel, SheetModel, Style, WorkbookModel } from "./model";
import {
  DEFAULT_PROTECTION_OPTIONS,
  ensureCell,
  forEachCoordinate,
  keyColumn,
  keyRow,
  newSheet,
  sheetId,
} from "./model";
import { sheetNameProblem } from "./sheet-operations";

/** A cell: a bare value, or its parts. A string starting with "=" is a formula. */
export type CellJson =
  | CellValue
  | {
      value?: CellValue;
      /** The formula; `value` is then the cached result, shown if the fake cannot evaluate it. */
      formula?: string;
      numberFormat?: string;
      /** Shorthand for style.locked. */
      locked?: boolean;
      style?: Style;
    };

export interface SheetJson {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /**
   * A literal grid from A1, stored as written (no parsing of "123"); "=..." strings are
   * formulas; null and "" are empty cells.
   */
  grid?: (CellValue | null)[][];
  /** Cells by address; a range address ("B2:D9") gives every cell in it the same description. */
  cells?: Record<string, CellJson>;
  columnWidths?: Record<string, number>;
  rowHeights?: Record<string, number>;
  /** 1-based row numbers. */
  hiddenRows?: number[];
  hiddenColumns?: string[];
  merges?: string[];
  freeze?: { rows: number; columns: number };
  protection?: { protected: boolean; password?: string; options?: Partial<ProtectionOptionsModel> };
  dataValidations?: Array<{
    range: string;
    type: string;
    rule: Record<string, unknown>;
    errorAlert?: Record<string, unknown>;
    prompt?: Record<string, unknown>;
    ignoreBlanks?: boolean;
  }>;
  conditionalFormats?: Array<{
    range: string;
    type: string;
    rule?: Record<string, unknown>;
    format?: Style;
    stopIfTrue?: boolean;
  }>;
}

export interface NameJson {
  name: string;
  formula: string;
  comment?: string;
  visible?: boolean;
}

export interface WorkbookJson {
  /** In tab order; an empty workbook has one sheet "Sheet1". */
  sheets?: SheetJson[];
  activeSheet?: string;
  customProperties?: Record<string, string | number | boolean>;
  names?: NameJson[];
}

function rectOf(address: string, where: string): Rect {
  const rect = parseRect(address);
  if (!rect) throw new FakeExcelMisuseError(`${where}: "${address}" is not an A1 address.`);
  return rect;
}

function fillCell(sheet: SheetModel, row: number, column: number, json: CellJson): void {
  const cell = ensureCell(sheet, row, column);
  if (typeof json !== "object") {
    if (typeof json === "string" && json.startsWith("=") && json.length > 1) cell.formula = json;
    else cell.value = json;
    return;
  }
  if (json.value !== undefined) cell.value = json.value;
  if (json.formula !== undefined) cell.formula = json.formula;
  Object.assign(cell.style, json.style ?? {});
  if (json.numberFormat !== undefined) cell.style.numberFormat = json.numberFormat;
  if (json.locked !== undefined) cell.style.locked = json.locked;
}

function buildSheet(workbook: WorkbookModel, json: SheetJson): SheetModel {
  const problem = sheetNameProblem(json.name);
  if (problem) throw new FakeExcelMisuseError(`Sheet "${json.name}": ${problem}`);
  const sheet = newSheet(sheetId(workbook.nextId++), json.name);
  sheet.visibility = json.visibility ?? "Visible";
  (json.grid ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "" && value !== null) fillCell(sheet, r, c, value);
    }),
  );
  for (const [address, cell] of Object.entries(json.cells ?? {})) {
    forEachCoordinate(rectOf(address, json.name), (r, c) => fillCell(sheet, r, c, cell));
  }
  for (const [letters, width] of Object.entries(json.columnWidths ?? {})) {
    const column = columnIndex(letters);
    if (column === undefined) throw new FakeExcelMisuseError(`${json.name}: "${letters}" is not a column.`);
    sheet.columnWidths.set(column, width);
  }
  for (const [row, height] of Object.entries(json.rowHeights ?? {}))
    sheet.rowHeights.set(Number(row) - 1, height);
  for (const row of json.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
  for (const letters of json.hiddenColumns ?? []) sheet.hiddenColumns.add(columnIndex(letters) ?? -1);
  sheet.merges = (json.merges ?? []).map((m) => rectOf(m, json.name));
  sheet.freeze = json.freeze ?? { rows: 0, columns: 0 };
  if (json.protection) {
    sheet.protection = {
      protected: json.protection.protected,
      options: { ...DEFAULT_PROTECTION_OPTIONS, ...json.protection.options },
      ...(json.protection.password !== undefined ? { password: json.protection.password } : {}),
    };
  }
  sheet.dataValidations = (json.dataValidations ?? []).map((dv) => ({
    rects: [rectOf(dv.range, json.name)],
    type: dv.type,
    rule: dv.rule,
    errorAlert: dv.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: dv.prompt ?? { showPrompt: false, title: "", message: "" },
    ignoreBlanks: dv.ignoreBlanks ?? true,
  }));
  sheet.conditionalFormats = (json.conditionalFormats ?? []).map((cf, priority) => ({
    id: String(workbook.nextId++),
    rects: [rectOf(cf.range, json.name)],
    type: cf.type,
    priority,
    stopIfTrue: cf.stopIfTrue ?? false,
    rule: cf.rule ?? {},
    format: cf.format ?? {},
  }));
  return sheet;
}

export function buildWorkbook(json: WorkbookJson = {}): WorkbookModel {
  const workbook: WorkbookModel = {
    sheets: [],
    activeSheetId: "",
    names: [],
    customProperties: new Map(),
    nextId: 1,
    calculationSuspensions: 0,
    enableEvents: true,
    selection: { sheetId: "", rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } },
    changeHandlers: new Set(),
  };
  const sheets = json.sheets && json.sheets.length > 0 ? json.sheets : [{ name: "Sheet1" }];
  for (const sheetJson of sheets) {
    if (workbook.sheets.some((s) => s.name.toLowerCase() === sheetJson.name.toLowerCase())) {
      throw new FakeExcelMisuseError(`Two sheets are named "${sheetJson.name}".`);
    }
    workbook.sheets.push(buildSheet(workbook, sheetJson));
  }
  const active =
    json.activeSheet === undefined
      ? workbook.sheets[0]
      : workbook.sheets.find((s) => s.name === json.activeSheet);
  if (!active) throw new FakeExcelMisuseError(`No sheet "${json.activeSheet}" to make active.`);
  workbook.activeSheetId = active.id;
  workbook.selection.sheetId = active.id;
  for (const [key, value] of Object.entries(json.customProperties ?? {}))
    workbook.customProperties.set(key.toLowerCase(), { key, value });
  workbook.names = (json.names ?? []).map((n) => ({
    name: n.name,
    formula: n.formula.startsWith("=") ? n.formula : `=${n.formula}`,
    comment: n.comment ?? "",
    visible: n.visible ?? true,
  }));
  return workbook;
}

function address(key: number): string {
  return `${columnLetters(keyColumn(key))}${keyRow(key) + 1}`;
}

function snapshotSheet(workbook: WorkbookModel, sheet: SheetModel): SheetJson {
  const json: SheetJson = { name: sheet.name };
  if (sheet.visibility !== "Visible") json.visibility = sheet.visibility as SheetJson["visibility"];
  const cells: Record<string, CellJson> = {};
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const cell = sheet.cells.get(key)!;
    const styled = Object.keys(cell.style).length > 0;
    if (cell.formula === undefined && !styled) {
      cells[address(key)] = cell.value;
      continue;
    }
    const entry: Exclude<CellJson, CellValue> = {};
    if (cell.formula !== undefined) {
      entry.formula = cell.formula;
      entry.value = valueAt(workbook, sheet, keyRow(key), keyColumn(key));
    } else if (cell.value !== "") {
      entry.value = cell.value;
    }
    if (styled) entry.style = { ...cell.style };
    cells[address(key)] = entry;
  }
  if (keys.length > 0) json.cells = cells;
  const sizes = (
    map: Map<number, number>,
    name: (i: number) => string,
  ): Record<string, number> | undefined =>
    map.size === 0
      ? undefined
      : Object.fromEntries([...map].sort((a, b) => a[0] - b[0]).map(([i, v]) => [name(i), v]));
  const widths = sizes(sheet.columnWidths, columnLetters);
  if (widths) json.columnWidths = widths;
  const heights = sizes(sheet.rowHeights, (i) => String(i + 1));
  if (heights) json.rowHeights = heights;
  if (sheet.hiddenRows.size > 0)
    json.hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1);
  if (sheet.hiddenColumns.size > 0)
    json.hiddenColumns = [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnLetters);
  if (sheet.merges.length > 0) json.merges = sheet.merges.map(formatRect);
  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) json.freeze = { ...sheet.freeze };
  if (sheet.protection.protected) {
    json.protection = { protected: true, options: { ...sheet.protection.options } };
    if (sheet.protection.password !== undefined) json.protection.password = sheet.protection.password;
  }
  if (sheet.dataValidations.length > 0) {
    json.dataValidations = sheet.dataValidations.flatMap((dv) =>
      dv.rects.map((r) => ({
        range: formatRect(r),
        type: dv.type,
        rule: dv.rule,
        errorAlert: dv.errorAlert,
        prompt: dv.prompt,
        ignoreBlanks: dv.ignoreBlanks,
      })),
    );
  }
  if (sheet.conditionalFormats.length > 0) {
    json.conditionalFormats = [...sheet.conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .flatMap((cf) =>
        cf.rects.map((r) => ({
          range: formatRect(r),
          type: cf.type,
          rule: cf.rule,
          format: cf.format,
          stopIfTrue: cf.stopIfTrue,
        })),
      );
  }
  return json;
}

/** The workbook as JSON, in the shape buildWorkbook reads (deep copies; safe to keep). */
export function snapshotWorkbook(workbook: WorkbookModel): WorkbookJson {
  const json: WorkbookJson = {
    sheets: workbook.sheets.map((s) => snapshotSheet(workbook, s)),
    activeSheet: workbook.sheets.find((s) => s.id === workbook.activeSheetId)?.name ?? "",
  };
  if (workbook.customProperties.size > 0) {
    json.customProperties = Object.fromEntries(
      [...workbook.customProperties.values()].map((p) => [p.key, p.value]),
    );
  }
  if (workbook.names.length > 0) json.names = workbook.names.map((n) => ({ ...n }));
  return JSON.parse(JSON.stringify(json)) as WorkbookJson;
}
