/**
 * Excel.Range. A range is fixed once an action first touches it: a used range computed in
 * one sync keeps its address afterwards, as a real Range object does.
 */
import type { Rect } from "../a1";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  formatAddress,
  intersection,
  isWholeColumns,
  isWholeRows,
} from "../a1";
import { displayText, valueType } from "../cell-values";
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import { valueAt } from "../formula";
import type { CellValue, WorkbookModel } from "../model";
import {
  STYLE_DEFAULTS,
  cellAt,
  forEachCoordinate,
  pruneCell,
  styleAt,
  usedRect,
  writeStyle,
} from "../model";
import { assertMayEdit } from "../protection-rules";
import type { RangeTarget } from "../range-writes";
import { writeContents, writeNumberFormat } from "../range-writes";
import type { FakeRequestContext } from "../request-context";
import { activateSheet } from "../sheet-operations";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeDataValidation } from "./data-validation";
import { FakeRangeFormat } from "./range-format";
import { FakeWorksheet } from "./worksheet";

/** "A range is limited to 5,000,000 cells for read operations" (resource limits page). */
const READ_CELL_LIMIT = 5_000_000;

const GRID_PROPERTIES = new Set([
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "valueTypes",
  "text",
]);

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly finder: (workbook: WorkbookModel) => RangeTarget | null,
    nullable = false,
  ) {
    super(context, path, "Range", nullable);
    this.format = new FakeRangeFormat(context, `${path}.format`, this);
    this.dataValidation = new FakeDataValidation(context, `${path}.dataValidation`, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(
      context,
      `${path}.conditionalFormats`,
      this,
    );
  }

  protected locate(workbook: WorkbookModel): RangeTarget | null {
    return this.finder(workbook);
  }

  protected override isAlive(target: RangeTarget, workbook: WorkbookModel): boolean {
    return workbook.sheets.includes(target.sheet);
  }

  protected scalarNames(): readonly string[] {
    return [
      "address",
      "addressLocal",
      "cellCount",
      "columnCount",
      "columnHidden",
      "columnIndex",
      "formulas",
      "formulasLocal",
      "isEntireColumn",
      "isEntireRow",
      "numberFormat",
      "rowCount",
      "rowHidden",
      "rowIndex",
      "text",
      "valueTypes",
      "values",
    ];
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  protected readScalar(target: RangeTarget, name: string, workbook: WorkbookModel): unknown {
    const { sheet, rect } = target;
    if (GRID_PROPERTIES.has(name) && cellCount(rect) > READ_CELL_LIMIT) {
      throw new FakeExcelError(FakeErrorCode.rangeExceedsLimit, `Range.${name}`);
    }
    const grid = (cell: (row: number, column: number) => unknown): unknown[][] =>
      Array.from({ length: rect.rowCount }, (_, i) =>
        Array.from({ length: rect.columnCount }, (_, j) => cell(rect.row + i, rect.column + j)),
      );
    const value = (r: number, c: number): CellValue => valueAt(workbook, sheet, r, c);
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "cellCount":
        return cellCount(rect);
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "isEntireColumn":
        return isWholeColumns(rect);
      case "isEntireRow":
        return isWholeRows(rect);
      case "values":
        return grid(value);
      case "formulas":
      case "formulasLocal":
        return grid((r, c) => cellAt(sheet, r, c)?.formula ?? value(r, c));
      case "numberFormat":
        return grid((r, c) => styleAt(sheet, r, c, "numberFormat"));
      case "valueTypes":
        return grid((r, c) => valueType(value(r, c)));
      case "text":
        return grid((r, c) => displayText(value(r, c), String(styleAt(sheet, r, c, "numberFormat"))));
      case "rowHidden":
        return uniform(rect.row, rect.rowCount, (r) => sheet.hiddenRows.has(r));
      default:
        return uniform(rect.column, rect.columnCount, (c) => sheet.hiddenColumns.has(c));
    }
  }

  protected override writeScalar(
    target: RangeTarget,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    const location = `Range.${name}`;
    if (name === "values" || name === "formulas" || name === "formulasLocal")
      return writeContents(target, value, location);
    if (name === "numberFormat") return writeNumberFormat(target, value, location);
    if (name === "rowHidden" || name === "columnHidden") {
      if (typeof value !== "boolean") throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
      const rows = name === "rowHidden";
      assertMayEdit(target.sheet, target.rect, rows ? "rows" : "columns", location);
      const set = rows ? target.sheet.hiddenRows : target.sheet.hiddenColumns;
      const start = rows ? target.rect.row : target.rect.column;
      const count = rows ? target.rect.rowCount : target.rect.columnCount;
      for (let i = start; i < start + count; i++) {
        if (value) set.add(i);
        else set.delete(i);
      }
      return;
    }
    super.writeScalar(target, name, value, workbook);
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this.loaded("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.loaded("isEntireRow");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(value: unknown[][]) {
    this.queueSet("values", value);
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(value: unknown[][]) {
    this.queueSet("formulas", value);
  }
  get formulasLocal(): unknown[][] {
    return this.loaded("formulasLocal");
  }
  set formulasLocal(value: unknown[][]) {
    this.queueSet("formulasLocal", value);
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.queueSet("numberFormat", value);
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get rowHidden(): boolean {
    return this.loaded("rowHidden");
  }
  set rowHidden(value: boolean) {
    this.queueSet("rowHidden", value);
  }
  get columnHidden(): boolean {
    return this.loaded("columnHidden");
  }
  set columnHidden(value: boolean) {
    this.queueSet("columnHidden", value);
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.worksheet`,
      (workbook) => this.tryResolve(workbook)?.sheet ?? null,
      this.nullable,
    );
  }

  /** A range derived from this one when the sync applies (fails with InvalidArgument off the grid). */
  private derived(
    step: string,
    derive: (rect: Rect) => Rect | undefined,
    location: string,
    nullable = this.nullable,
  ): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.${step}`,
      (workbook) => {
        const target = this.tryResolve(workbook);
        if (target === null) return null;
        const rect = derive(target.rect);
        if (!rect) throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
        return { sheet: target.sheet, rect };
      },
      nullable,
    );
  }

  /** "The cell can be outside the bounds of its parent range, so long as it stays within the worksheet grid." */
  getCell(row: number, column: number): FakeRange {
    return this.derived(
      `getCell(${row},${column})`,
      (rect) => onGrid(rect.row + row, rect.column + column, 1, 1),
      "Range.getCell",
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(
      `getResizedRange(${deltaRows},${deltaColumns})`,
      (rect) => onGrid(rect.row, rect.column, rect.rowCount + deltaRows, rect.columnCount + deltaColumns),
      "Range.getResizedRange",
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(
      `getOffsetRange(${rowOffset},${columnOffset})`,
      (rect) => onGrid(rect.row + rowOffset, rect.column + columnOffset, rect.rowCount, rect.columnCount),
      "Range.getOffsetRange",
    );
  }

  getRow(row: number): FakeRange {
    return this.derived(
      `getRow(${row})`,
      (rect) => onGrid(rect.row + row, rect.column, 1, rect.columnCount),
      "Range.getRow",
    );
  }

  getColumn(column: number): FakeRange {
    return this.derived(
      `getColumn(${column})`,
      (rect) => onGrid(rect.row, rect.column + column, rect.rowCount, 1),
      "Range.getColumn",
    );
  }

  getEntireRow(): FakeRange {
    return this.derived(
      "getEntireRow()",
      (rect) => ({ ...rect, column: 0, columnCount: MAX_COLUMNS }),
      "Range.getEntireRow",
    );
  }

  getEntireColumn(): FakeRange {
    return this.derived(
      "getEntireColumn()",
      (rect) => ({ ...rect, row: 0, rowCount: MAX_ROWS }),
      "Range.getEntireColumn",
    );
  }

  getLastCell(): FakeRange {
    return this.derived(
      "getLastCell()",
      (rect) => ({
        row: rect.row + rect.rowCount - 1,
        column: rect.column + rect.columnCount - 1,
        rowCount: 1,
        columnCount: 1,
      }),
      "Range.getLastCell",
    );
  }

  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRange(${String(valuesOnly ?? false)})`,
      (workbook) => {
        const target = this.tryResolve(workbook);
        if (target === null) return null;
        const used = usedWithin(target, valuesOnly ?? false);
        if (!used) throw new FakeExcelError(FakeErrorCode.itemNotFound, "Range.getUsedRange");
        return used;
      },
      this.nullable,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.session.requireApi("1.4", "Range.getUsedRangeOrNullObject");
    const range = new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`,
      (workbook) => {
        const target = this.tryResolve(workbook);
        return target === null ? null : (usedWithin(target, valuesOnly ?? false) ?? null);
      },
      true,
    );
    range.probeNull();
    return range;
  }

  /** Clears contents, formats or both ("All"), as Range.clear(applyTo) does. */
  clear(applyTo: string = "All"): void {
    this.queueMethod("clear", [applyTo], (target) => {
      const { sheet, rect } = target;
      if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats") {
        throw new FakeExcelError(FakeErrorCode.invalidArgument, "Range.clear");
      }
      if (applyTo !== "Formats") writeContents(target, "", "Range.clear");
      if (applyTo !== "Contents") {
        assertMayEdit(sheet, rect, "cells", "Range.clear");
        for (const key of Object.keys(STYLE_DEFAULTS)) writeStyle(sheet, rect, key, undefined);
      }
    });
  }

  /** Merges into one cell (or one per row with `across`); Excel keeps only the top-left value. */
  merge(across = false): void {
    this.queueMethod("merge", [across], ({ sheet, rect }) => {
      assertMayEdit(sheet, rect, "structure", "Range.merge");
      const areas = across
        ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 }))
        : [rect];
      sheet.merges = sheet.merges.filter((m) => !intersection(m, rect));
      for (const area of areas) {
        if (cellCount(area) < 2) continue;
        forEachCoordinate(area, (r, c) => {
          if (r === area.row && c === area.column) return;
          const cell = cellAt(sheet, r, c);
          if (!cell) return;
          cell.value = "";
          delete cell.formula;
          pruneCell(sheet, r, c);
        });
        sheet.merges.push(area);
      }
    });
  }

  unmerge(): void {
    this.queueMethod("unmerge", [], ({ sheet, rect }) => {
      assertMayEdit(sheet, rect, "structure", "Range.unmerge");
      sheet.merges = sheet.merges.filter((m) => !intersection(m, rect));
    });
  }

  /**
   * Range.select (ExcelApi 1.1): the range becomes the selection. Its sheet becomes the active
   * one, which a hidden sheet cannot be (activateSheet's rule); the host activates first anyway.
   */
  select(): void {
    this.queueMethod("select", [], ({ sheet, rect }, workbook) => {
      activateSheet(workbook, sheet);
      workbook.selection = { sheetId: sheet.id, rect: { ...rect } };
    });
  }
}

function onGrid(row: number, column: number, rowCount: number, columnCount: number): Rect | undefined {
  const fits =
    row >= 0 &&
    column >= 0 &&
    rowCount >= 1 &&
    columnCount >= 1 &&
    row + rowCount <= MAX_ROWS &&
    column + columnCount <= MAX_COLUMNS;
  return fits ? { row, column, rowCount, columnCount } : undefined;
}

function uniform(start: number, count: number, test: (index: number) => boolean): boolean | null {
  let all = true;
  let none = true;
  for (let i = start; i < start + count; i++) {
    if (test(i)) none = false;
    else all = false;
    if (!all && !none) return null;
  }
  return all;
}

function usedWithin(target: RangeTarget, valuesOnly: boolean): RangeTarget | undefined {
  const used = usedRect(target.sheet, valuesOnly, target.rect);
  return used ? { sheet: target.sheet, rect: used } : undefined;
}
