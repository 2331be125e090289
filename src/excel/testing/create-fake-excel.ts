/**
 * createFakeExcel: a workbook from JSON, an `Excel` namespace whose `run` hands out fake
 * request contexts, the counters and fault knobs, and accessors for assertions.
 */
import type { Rect } from "./a1";
import { formatRect, parseRect, quoteSheetName } from "./a1";
import { FakeClientObject } from "./client-object";
import * as enums from "./enums";
import { FakeErrorCode, FakeExcelError, FakeExcelMisuseError } from "./fake-error";
import { valueAt } from "./formula";
import type {
  CellValue,
  ChartModel,
  PageLayoutModel,
  SheetModel,
  StyleValue,
  WorksheetChangedEventModel,
} from "./model";
import { cellAt, findSheet, readStyle } from "./model";
import { FakeRequestContext } from "./request-context";
import type { FakeCounters, FakeExcelOptions, FakeFaults } from "./session";
import { FakeSession } from "./session";
import type { WorkbookJson } from "./workbook-json";
import { buildWorkbook, snapshotWorkbook } from "./workbook-json";

/** What a test asserts on: the workbook as Excel holds it, read without a round trip. */
export interface WorkbookInspector {
  /** The whole workbook, in the JSON shape createFakeExcel reads. */
  snapshot(): WorkbookJson;
  sheetNames(): string[];
  activeSheet(): string;
  /** Values as Excel shows them (formulas computed), like Range.values. */
  values(sheet: string, address: string): CellValue[][];
  /** Formulas where there are any, else values, like Range.formulas. */
  formulas(sheet: string, address: string): CellValue[][];
  /** One style key over a range ("font.bold", "fill.color", "locked", "numberFormat"...); null when mixed. */
  style(sheet: string, address: string, key: string): StyleValue | null;
  /** The charts on a sheet, as Excel would describe them; source ranges as "'Sheet'!B2:B9". */
  charts(sheet: string): FakeChartInfo[];
  /** The tables on a sheet (name, range with the header row, style). */
  tables(sheet: string): Array<{ name: string; range: string; showHeaders: boolean; style: string }>;
  /** The selected range of the active sheet ("C12"). */
  selection(): { sheet: string; address: string };
  /** Worksheet.tabColor ("" for none). */
  tabColor(sheet: string): string;
  /** Worksheet.pageLayout as set. */
  pageLayout(sheet: string): PageLayoutModel;
  /** How many WorksheetCollection.onChanged handlers are registered. */
  readonly changeHandlers: number;
  /** How many times the host suspended calculation until the next sync. */
  readonly calculationSuspensions: number;
  readonly enableEvents: boolean;
}

export interface FakeChartInfo {
  name: string;
  type: string;
  title: string;
  /** The top-left cell ("G1"). */
  position: string;
  valueAxis: { numberFormat: string; title: string };
  categoryAxisTitle: string;
  legendVisible: boolean;
  series: Array<{ name: string; values: string; categories?: string }>;
}

export interface FakeExcelNamespace {
  run: typeof Excel.run;
  ErrorCodes: typeof enums.ErrorCodes;
  BorderIndex: typeof enums.BorderIndex;
  BorderLineStyle: typeof enums.BorderLineStyle;
  BorderWeight: typeof enums.BorderWeight;
  HorizontalAlignment: typeof enums.HorizontalAlignment;
  VerticalAlignment: typeof enums.VerticalAlignment;
  SheetVisibility: typeof enums.SheetVisibility;
  RangeValueType: typeof enums.RangeValueType;
  ClearApplyTo: typeof enums.ClearApplyTo;
  DocumentPropertyType: typeof enums.DocumentPropertyType;
  NamedItemType: typeof enums.NamedItemType;
  ConditionalFormatType: typeof enums.ConditionalFormatType;
  ConditionalCellValueOperator: typeof enums.ConditionalCellValueOperator;
  DataValidationType: typeof enums.DataValidationType;
  DataValidationOperator: typeof enums.DataValidationOperator;
  DataValidationAlertStyle: typeof enums.DataValidationAlertStyle;
  ProtectionSelectionMode: typeof enums.ProtectionSelectionMode;
  CalculationMode: typeof enums.CalculationMode;
}

/** The part of the `Office` global a host touches before it calls Excel.run. */
export interface FakeOfficeNamespace {
  onReady(): Promise<{ host: string; platform: string }>;
  context: {
    platform: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  HostType: { Excel: "Excel" };
}

export interface FakeExcel {
  readonly Excel: FakeExcelNamespace;
  readonly Office: FakeOfficeNamespace;
  readonly counters: FakeCounters;
  readonly faults: FakeFaults;
  readonly workbook: WorkbookInspector;
  /**
   * The user changed cells: every WorksheetCollection.onChanged handler gets a
   * WorksheetChangedEventArgs (worksheetId, address, changeType "RangeEdited", source "Local").
   * Resolves when the handlers have.
   */
  fireSheetChange(sheet: string, address: string): Promise<void>;
  /** Puts `Excel` and `Office` on a global object (globalThis, a window); returns the undo. */
  install(target: object): () => void;
}

function chartInfo(chart: ChartModel): FakeChartInfo {
  const at = (ref: { sheet: SheetModel; rect: Rect }) =>
    `${quoteSheetName(ref.sheet.name)}!${formatRect(ref.rect)}`;
  return {
    name: chart.name,
    type: chart.chartType,
    title: chart.title.text,
    position: formatRect({ ...chart.topLeft, rowCount: 1, columnCount: 1 }),
    valueAxis: { ...chart.valueAxis },
    categoryAxisTitle: chart.categoryAxis.title,
    legendVisible: chart.legendVisible,
    series: chart.series.map((s) => ({
      name: s.name,
      values: at(s.values),
      ...(s.categories ? { categories: at(s.categories) } : {}),
    })),
  };
}

function sheetOf(session: FakeSession, name: string): SheetModel {
  const sheet = findSheet(session.workbook, name);
  if (!sheet) throw new FakeExcelMisuseError(`The fake workbook has no sheet "${name}".`);
  return sheet;
}

function rectOf(address: string): Rect {
  const rect = parseRect(address);
  if (!rect) throw new FakeExcelMisuseError(`"${address}" is not an A1 address.`);
  return rect;
}

function grid<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
  return Array.from({ length: rect.rowCount }, (_, i) =>
    Array.from({ length: rect.columnCount }, (_, j) => cell(rect.row + i, rect.column + j)),
  );
}

interface RunOptionsLike {
  delayForCellEdit?: boolean;
}

function createRun(session: FakeSession): typeof Excel.run {
  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    const first = args.length > 1 ? args[0] : undefined;
    if (typeof batch !== "function") throw new FakeExcelError(FakeErrorCode.invalidArgument, "Excel.run");
    let context: FakeRequestContext;
    if (first instanceof FakeRequestContext) context = first;
    else if (first instanceof FakeClientObject) context = first.context;
    else if (Array.isArray(first) && first[0] instanceof FakeClientObject) context = first[0].context;
    else {
      const options = (first ?? {}) as RunOptionsLike;
      context = new FakeRequestContext(session, { delayForCellEdit: options.delayForCellEdit === true });
    }
    session.recordRun({ ...context.runOptions });
    const result: unknown = (batch as (c: FakeRequestContext) => unknown)(context);
    if (!result || typeof (result as { then?: unknown }).then !== "function") {
      throw new FakeExcelError(FakeErrorCode.runMustReturnPromise, "Excel.run");
    }
    const value = await (result as Promise<unknown>);
    // office.js syncs once more after the batch resolves; an empty queue costs no round trip.
    await context.sync();
    return value;
  }
  // The fake's contexts stand in for Excel.RequestContext; the host only sees the real types.
  return run;
}

export function createFakeExcel(json: WorkbookJson = {}, options: FakeExcelOptions = {}): FakeExcel {
  const session = new FakeSession(buildWorkbook(json), options);
  const excel: FakeExcelNamespace = { run: createRun(session), ...enums };
  const office: FakeOfficeNamespace = {
    onReady: () => Promise.resolve({ host: "Excel", platform: office.context.platform }),
    context: {
      platform: session.platform === "web" ? "OfficeOnline" : "PC",
      requirements: {
        isSetSupported: (name, minVersion) =>
          name === "ExcelApi" && session.supports(String(minVersion ?? "1.1")),
      },
    },
    HostType: { Excel: "Excel" },
  };
  const workbook: WorkbookInspector = {
    snapshot: () => snapshotWorkbook(session.workbook),
    sheetNames: () => session.workbook.sheets.map((s) => s.name),
    activeSheet: () =>
      session.workbook.sheets.find((s) => s.id === session.workbook.activeSheetId)?.name ?? "",
    values: (sheet, address) => {
      const model = sheetOf(session, sheet);
      return grid(rectOf(address), (r, c) => valueAt(session.workbook, model, r, c));
    },
    formulas: (sheet, address) => {
      const model = sheetOf(session, sheet);
      return grid(
        rectOf(address),
        (r, c) => cellAt(model, r, c)?.formula ?? valueAt(session.workbook, model, r, c),
      );
    },
    style: (sheet, address, key) => readStyle(sheetOf(session, sheet), rectOf(address), key),
    charts: (sheet) => sheetOf(session, sheet).charts.map(chartInfo),
    tables: (sheet) =>
      sheetOf(session, sheet).tables.map((t) => ({
        name: t.name,
        range: formatRect(t.rect),
        showHeaders: t.showHeaders,
        style: t.style,
      })),
    selection: () => {
      const { sheetId, rect } = session.workbook.selection;
      return { sheet: findSheet(session.workbook, sheetId)?.name ?? "", address: formatRect(rect) };
    },
    tabColor: (sheet) => sheetOf(session, sheet).tabColor,
    pageLayout: (sheet) => structuredClone(sheetOf(session, sheet).pageLayout),
    get changeHandlers() {
      return session.workbook.changeHandlers.size;
    },
    get calculationSuspensions() {
      return session.workbook.calculationSuspensions;
    },
    get enableEvents() {
      return session.workbook.enableEvents;
    },
  };
  return {
    Excel: excel,
    Office: office,
    counters: session.counters,
    faults: session.faults,
    workbook,
    async fireSheetChange(sheet, address) {
      const model = sheetOf(session, sheet);
      rectOf(address);
      const event: WorksheetChangedEventModel = {
        type: "WorksheetChanged",
        worksheetId: model.id,
        address,
        changeType: "RangeEdited",
        source: "Local",
      };
      await Promise.all([...session.workbook.changeHandlers].map((handler) => handler(event)));
    },
    install(target) {
      const globals = target as Record<string, unknown>;
      const previous = { Excel: globals.Excel, Office: globals.Office };
      globals.Excel = excel;
      globals.Office = office;
      return () => {
        globals.Excel = previous.Excel;
        globals.Office = previous.Office;
      };
    },
  };
}
