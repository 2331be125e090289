/** Excel.Worksheet, its protection and its freeze panes. */
import type { Rect } from "../a1";
import { MAX_COLUMNS, MAX_ROWS, isWholeColumns, isWholeRows, parseRect, splitSheet } from "../a1";
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { ProtectionOptionsModel, SheetModel, WorkbookModel } from "../model";
import { DEFAULT_PROTECTION_OPTIONS, usedRect } from "../model";
import type { FakeRequestContext } from "../request-context";
import { activateSheet, deleteSheet, moveSheet, renameSheet, setSheetVisibility } from "../sheet-operations";
import { FakeChartCollection } from "./charts";
import type { FakePageLayout } from "./page-layout";
import { pageLayoutProxy } from "./page-layout";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./tables";

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeWorksheetFreezePanes;
  readonly charts: FakeChartCollection;
  readonly tables: FakeTableCollection;
  private readonly layout: FakePageLayout;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly finder: (workbook: WorkbookModel) => SheetModel | null,
    nullable = false,
  ) {
    super(context, path, "Worksheet", nullable);
    this.protection = new FakeWorksheetProtection(context, `${path}.protection`, this, nullable);
    this.freezePanes = new FakeWorksheetFreezePanes(context, `${path}.freezePanes`, this);
    const sheet = (workbook: WorkbookModel) => this.tryResolve(workbook);
    this.charts = new FakeChartCollection(context, `${path}.charts`, sheet, nullable);
    this.tables = new FakeTableCollection(context, `${path}.tables`, sheet, nullable);
    this.layout = pageLayoutProxy(context, `${path}.pageLayout`, sheet, nullable);
  }

  /** Worksheet.pageLayout needs ExcelApi 1.9 (PageLayout reference). */
  get pageLayout(): FakePageLayout {
    this.context.session.requireApi("1.9", "Worksheet.pageLayout");
    return this.layout;
  }

  /** Worksheet.tabColor (ExcelApi 1.7): "#RRGGBB", or "" for none. */
  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(value: string) {
    this.context.session.requireApi("1.7", "Worksheet.tabColor");
    this.queueSet("tabColor", value);
  }

  protected locate(workbook: WorkbookModel): SheetModel | null {
    return this.finder(workbook);
  }

  protected override isAlive(target: SheetModel, workbook: WorkbookModel): boolean {
    return workbook.sheets.includes(target);
  }

  protected scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility", "tabColor"];
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "protection") return this.protection;
    if (name === "charts") return this.charts;
    if (name === "tables") return this.tables;
    if (name === "pageLayout") return this.layout;
    return undefined;
  }

  protected readScalar(target: SheetModel, name: string, workbook: WorkbookModel): unknown {
    if (name === "id") return target.id;
    if (name === "name") return target.name;
    if (name === "position") return workbook.sheets.indexOf(target);
    if (name === "tabColor") return target.tabColor;
    return target.visibility;
  }

  protected override writeScalar(
    target: SheetModel,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    if (name === "name") renameSheet(workbook, target, value);
    else if (name === "position") moveSheet(workbook, target, value);
    else if (name === "visibility") setSheetVisibility(workbook, target, value);
    else if (name === "tabColor") target.tabColor = tabColour(value);
    else super.writeScalar(target, name, value, workbook);
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", value);
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(value: number) {
    this.queueSet("position", value);
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(value: string) {
    this.queueSet("visibility", value);
  }

  private range(
    path: string,
    rect: (sheet: SheetModel, workbook: WorkbookModel) => Rect | null,
    nullable = this.nullable,
  ): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.${path}`,
      (workbook) => {
        const sheet = this.tryResolve(workbook);
        if (sheet === null) return null;
        const found = rect(sheet, workbook);
        return found === null ? null : { sheet, rect: found };
      },
      nullable,
    );
  }

  getRange(address?: string): FakeRange {
    return this.range(`getRange(${JSON.stringify(address ?? "")})`, (sheet) => {
      if (address === undefined || address === "")
        return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const { sheet: named, cells } = splitSheet(address);
      const rect = parseRect(cells);
      if (!rect || (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())) {
        throw new FakeExcelError(
          FakeErrorCode.invalidArgument,
          "Worksheet.getRange",
          `"${address}" is not an address on ${sheet.name}.`,
        );
      }
      return rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const fits =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        startRow + rowCount <= MAX_ROWS &&
        startColumn + columnCount <= MAX_COLUMNS;
      if (!fits) throw new FakeExcelError(FakeErrorCode.invalidArgument, "Worksheet.getRangeByIndexes");
      return { row: startRow, column: startColumn, rowCount, columnCount };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** "If the entire worksheet is blank, this function will return the top left cell" (Worksheet.getUsedRange). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(
      `getUsedRange(${String(valuesOnly ?? false)})`,
      (sheet) => usedRect(sheet, valuesOnly ?? false) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    );
  }

  /** A null object when the sheet is blank (Worksheet.getUsedRangeOrNullObject). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.session.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    const range = this.range(
      `getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`,
      (sheet) => usedRect(sheet, valuesOnly ?? false) ?? null,
      true,
    );
    range.probeNull();
    return range;
  }

  activate(): void {
    this.queueMethod("activate", [], (sheet, workbook) => activateSheet(workbook, sheet));
  }

  delete(): void {
    this.queueMethod("delete", [], (sheet, workbook) => deleteSheet(workbook, sheet));
  }
}

/** "#RRGGBB" (Excel reports it upper-case) or "" to remove the colour. */
function tabColour(value: unknown): string {
  if (value === "") return "";
  if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(value))
    throw new FakeExcelError(FakeErrorCode.invalidArgument, "Worksheet.tabColor");
  return value.toUpperCase();
}

function protectionOptions(options: unknown): ProtectionOptionsModel {
  const merged: ProtectionOptionsModel = { ...DEFAULT_PROTECTION_OPTIONS };
  if (options === undefined || options === null) return merged;
  if (typeof options !== "object")
    throw new FakeExcelError(FakeErrorCode.invalidArgument, "WorksheetProtection.protect");
  for (const [key, value] of Object.entries(options)) {
    if (!(key in merged))
      throw new FakeExcelError(
        FakeErrorCode.invalidArgument,
        "WorksheetProtection.protect",
        `Unknown option ${key}.`,
      );
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/**
 * WorksheetProtection. protect() "Fails if the worksheet has already been protected"
 * (WorksheetProtection.protect reference); unprotect() of an unprotected sheet fails too, as
 * current Excel does (office-js issue #6784 reports AccessDenied for both since June 2026),
 * so the host must load `protected` first. A wrong password fails with BadPassword.
 */
export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly worksheet: FakeWorksheet,
    nullable = false,
  ) {
    // Reached through a null worksheet it is null too: a load answers null properties.
    super(context, path, "WorksheetProtection", nullable);
  }

  protected locate(workbook: WorkbookModel): SheetModel | null {
    return this.worksheet.tryResolve(workbook);
  }

  protected scalarNames(): readonly string[] {
    return ["protected", "options", "isPasswordProtected"];
  }

  protected readScalar(target: SheetModel, name: string): unknown {
    if (name === "protected") return target.protection.protected;
    if (name === "isPasswordProtected")
      return target.protection.protected && target.protection.password !== undefined;
    return { ...target.protection.options };
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): ProtectionOptionsModel {
    return this.loaded("options");
  }
  get isPasswordProtected(): boolean {
    return this.loaded("isPasswordProtected");
  }

  protect(options?: object, password?: string): void {
    this.context.session.requireApi("1.2", "WorksheetProtection.protect");
    this.queueMethod("protect", [options ?? null, password ?? null], (sheet) => {
      if (sheet.protection.protected) {
        throw new FakeExcelError(
          FakeErrorCode.accessDenied,
          "WorksheetProtection.protect",
          `${sheet.name} is already protected.`,
        );
      }
      sheet.protection = {
        protected: true,
        options: protectionOptions(options),
        ...(password ? { password } : {}),
      };
    });
  }

  unprotect(password?: string): void {
    this.queueMethod("unprotect", [password ?? null], (sheet) => {
      if (!sheet.protection.protected) {
        throw new FakeExcelError(
          FakeErrorCode.accessDenied,
          "WorksheetProtection.unprotect",
          `${sheet.name} is not protected.`,
        );
      }
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw new FakeExcelError(FakeErrorCode.badPassword, "WorksheetProtection.unprotect");
      }
      sheet.protection = { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS } };
    });
  }
}

/**
 * WorksheetFreezePanes: freezeRows/freezeColumns set that one split and clear the other (as
 * Excel's "Freeze Top Row" does); freezeAt freezes the rows and columns above and left of
 * the end of the given range ("the top- and left-most pane").
 */
export class FakeWorksheetFreezePanes extends FakeClientObject<SheetModel> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context, path, "WorksheetFreezePanes");
  }

  protected locate(workbook: WorkbookModel): SheetModel | null {
    return this.worksheet.tryResolve(workbook);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  private freeze(
    name: string,
    args: unknown[],
    split: (sheet: SheetModel, workbook: WorkbookModel) => { rows: number; columns: number },
  ): void {
    this.context.session.requireApi("1.7", `WorksheetFreezePanes.${name}`);
    this.queueMethod(name, args, (sheet, workbook) => {
      sheet.freeze = split(sheet, workbook);
    });
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", [count], () => ({ rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", [count], () => ({ rows: 0, columns: count }));
  }

  freezeAt(frozenRange: FakeRange | string): void {
    const range = typeof frozenRange === "string" ? this.worksheet.getRange(frozenRange) : frozenRange;
    this.freeze(
      "freezeAt",
      [typeof frozenRange === "string" ? frozenRange : range.path],
      (_sheet, workbook) => {
        const { rect } = range.resolve(workbook);
        return {
          rows: isWholeColumns(rect) ? 0 : rect.row + rect.rowCount,
          columns: isWholeRows(rect) ? 0 : rect.column + rect.columnCount,
        };
      },
    );
  }

  unfreeze(): void {
    this.freeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }
}
