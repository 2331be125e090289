/** Excel.Workbook, its worksheet collection and its document properties. */
import { FakeClientObject } from "../client-object";
import type { SheetModel, WorkbookModel, WorksheetChangedEventModel } from "../model";
import { findSheet } from "../model";
import type { FakeRequestContext } from "../request-context";
import { addSheet } from "../sheet-operations";
import { FakeApplication } from "./application";
import { FakeCollection } from "./collection";
import { FakeCustomPropertyCollection } from "./custom-properties";
import { FakeNamedItemCollection } from "./names";
import { FakeTableCollection } from "./tables";
import { FakeWorksheet } from "./worksheet";

type ChangeHandler = (event: WorksheetChangedEventModel) => Promise<unknown>;

/** office.js EventHandlers: add() returns an EventHandlerResult whose remove() is queued. */
export interface FakeEventSource {
  add(handler: ChangeHandler): { context: FakeRequestContext; remove(): void };
}

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly properties: FakeDocumentProperties;
  readonly application: FakeApplication;
  readonly tables: FakeTableCollection;

  constructor(context: FakeRequestContext) {
    super(context, "workbook", "Workbook");
    this.worksheets = new FakeWorksheetCollection(context, "workbook.worksheets");
    this.names = new FakeNamedItemCollection(context, "workbook.names");
    this.properties = new FakeDocumentProperties(context, "workbook.properties");
    this.application = new FakeApplication(context, "workbook.application");
    this.tables = new FakeTableCollection(context, "workbook.tables");
  }

  protected locate(workbook: WorkbookModel): WorkbookModel {
    return workbook;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "names") return this.names;
    if (name === "properties") return this.properties;
    if (name === "tables") return this.tables;
    return undefined;
  }
}

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, FakeWorksheet> {
  constructor(context: FakeRequestContext, path: string) {
    super(context, path, "WorksheetCollection");
  }

  protected locate(workbook: WorkbookModel): WorkbookModel {
    return workbook;
  }

  protected members(owner: WorkbookModel): FakeWorksheet[] {
    return owner.sheets.map((sheet) => this.sheetProxy(`getItem(${JSON.stringify(sheet.id)})`, () => sheet));
  }

  private sheetProxy(
    step: string,
    finder: (workbook: WorkbookModel) => SheetModel | null,
    nullable = false,
  ): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.${step}`, finder, nullable);
  }

  /** By name (case-insensitive, as Excel's sheet names are) or by id. */
  getItem(key: string): FakeWorksheet {
    return this.sheetProxy(`getItem(${JSON.stringify(key)})`, (workbook) => findSheet(workbook, key) ?? null);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.session.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    const sheet = this.sheetProxy(
      `getItemOrNullObject(${JSON.stringify(key)})`,
      (workbook) => findSheet(workbook, key) ?? null,
      true,
    );
    sheet.probeNull();
    return sheet;
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheetProxy(
      "getActiveWorksheet()",
      (workbook) => findSheet(workbook, workbook.activeSheetId) ?? null,
    );
  }

  /**
   * WorksheetCollection.onChanged (ExcelApi 1.9): the handler is registered at the next sync,
   * as office.js registers it; a test fires changes with FakeExcel.fireSheetChange. The result's
   * remove() unregisters at the sync of the context it came from.
   */
  get onChanged(): FakeEventSource {
    this.context.session.requireApi("1.9", "WorksheetCollection.onChanged");
    return {
      add: (handler) => {
        const result = { context: this.context, remove: () => undefined as void };
        this.context.enqueue({
          kind: "method",
          path: `${this.path}.onChanged`,
          name: "add",
          args: [],
          location: "WorksheetCollection.onChanged.add",
          apply: (workbook) => {
            workbook.changeHandlers.add(handler);
          },
        });
        result.remove = () =>
          this.context.enqueue({
            kind: "method",
            path: `${this.path}.onChanged`,
            name: "remove",
            args: [],
            location: "EventHandlerResult.remove",
            apply: (workbook) => {
              workbook.changeHandlers.delete(handler);
            },
          });
        return result;
      },
    };
  }

  /** Queues the add; the returned proxy stands for the new sheet once the sync applies it. */
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    const sheet = this.sheetProxy(`add(${JSON.stringify(name ?? "")})`, () => created);
    this.queueMethod("add", [name ?? null], (workbook) => {
      created = addSheet(workbook, name);
    });
    return sheet;
  }
}

export class FakeDocumentProperties extends FakeClientObject<WorkbookModel> {
  readonly custom: FakeCustomPropertyCollection;

  constructor(context: FakeRequestContext, path: string) {
    super(context, path, "DocumentProperties");
    this.custom = new FakeCustomPropertyCollection(context, `${path}.custom`);
  }

  protected locate(workbook: WorkbookModel): WorkbookModel {
    return workbook;
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "custom" ? this.custom : undefined;
  }
}
