/**
 * Worksheet.tables and Workbook.tables (ExcelApi 1.1). TableCollection.add(address,
 * hasHeaders) "creates a new table. The range object or source address determines the
 * worksheet under which the table will be added. If the table cannot be added (e.g., because
 * the address is invalid, or the table would overlap with another table), an error will be
 * thrown" (TableCollection reference). The new table is named Table<n>; table names are
 * workbook-wide and case-insensitive, so naming a table as another one fails with
 * ItemAlreadyExists. With headers, a blank header cell becomes "Column<n>", as Excel fills it.
 */
import { intersection, parseRect, splitSheet } from "../a1";
import { FakeErrorCode, FakeExcelError, FakeExcelMisuseError } from "../fake-error";
import type { SheetModel, TableModel, WorkbookModel } from "../model";
import { cellAt, ensureCell, findSheet } from "../model";
import type { FakeRequestContext } from "../request-context";
import { FakeCollection } from "./collection";
import { FakePropertyBag } from "./property-bag";
import { FakeRange } from "./range";

type TableTarget = { sheet: SheetModel; table: TableModel };
export type FakeTable = FakePropertyBag<TableTarget> & { getRange(): FakeRange; delete(): void };

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

function allTables(workbook: WorkbookModel): TableTarget[] {
  return workbook.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

function findTable(workbook: WorkbookModel, key: string, within?: SheetModel | null): TableTarget | null {
  const lower = key.toLowerCase();
  return (
    allTables(workbook).find(
      (t) =>
        (within === undefined || t.sheet === within) &&
        (t.table.id === key || t.table.name.toLowerCase() === lower),
    ) ?? null
  );
}

function rename(workbook: WorkbookModel, target: TableTarget, value: unknown): void {
  if (typeof value !== "string" || !NAME.test(value))
    throw new FakeExcelError(
      FakeErrorCode.invalidArgument,
      "Table.name",
      `"${String(value)}" is not a table name.`,
    );
  const other = findTable(workbook, value);
  if (other && other.table !== target.table)
    throw new FakeExcelError(FakeErrorCode.itemAlreadyExists, "Table.name", `A table named ${value} exists.`);
  target.table.name = value;
}

function tableProxy(
  context: FakeRequestContext,
  path: string,
  finder: (wb: WorkbookModel) => TableTarget | null,
  nullable: boolean,
): FakeTable {
  const table = new FakePropertyBag<TableTarget>(
    context,
    path,
    "Table",
    finder,
    {
      id: { read: (t) => t.table.id },
      name: { read: (t) => t.table.name, write: (t, v, wb) => rename(wb, t, v) },
      showHeaders: { read: (t) => t.table.showHeaders },
      style: {
        read: (t) => t.table.style,
        write: (t, v) => {
          if (typeof v !== "string") throw new FakeExcelError(FakeErrorCode.invalidArgument, "Table.style");
          t.table.style = v;
        },
      },
    },
    nullable,
  ) as FakeTable;
  Object.defineProperty(table, "getRange", {
    value: () =>
      new FakeRange(
        context,
        `${path}.getRange()`,
        (wb) => {
          const t = table.tryResolve(wb);
          return t ? { sheet: t.sheet, rect: { ...t.table.rect } } : null;
        },
        nullable,
      ),
  });
  Object.defineProperty(table, "delete", {
    value: () =>
      table.method("delete", [], (t) => {
        t.sheet.tables = t.sheet.tables.filter((x) => x !== t.table);
      }),
  });
  return table;
}

export class FakeTableCollection extends FakeCollection<WorkbookModel, FakeTable> {
  /** `sheet` for Worksheet.tables; undefined for Workbook.tables. */
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet?: (workbook: WorkbookModel) => SheetModel | null,
    nullable = false,
  ) {
    super(context, path, "TableCollection", nullable);
  }

  protected locate(workbook: WorkbookModel): WorkbookModel | null {
    if (this.sheet && this.sheet(workbook) === null) return null;
    return workbook;
  }

  private within(workbook: WorkbookModel): SheetModel | null | undefined {
    return this.sheet ? this.sheet(workbook) : undefined;
  }

  protected members(owner: WorkbookModel): FakeTable[] {
    const within = this.within(owner);
    return allTables(owner)
      .filter((t) => within === undefined || t.sheet === within)
      .map((t) =>
        tableProxy(this.context, `${this.path}.getItem(${JSON.stringify(t.table.id)})`, () => t, false),
      );
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    this.context.session.requireApi("1.1", "TableCollection.add");
    let created: TableTarget | null = null;
    const where = typeof address === "string" ? address : address.path;
    // Excel inserts a header row above a block without one; the host always has headers.
    if (!hasHeaders)
      throw new FakeExcelMisuseError("The fake models TableCollection.add with hasHeaders true only.");
    const table = tableProxy(
      this.context,
      `${this.path}.add(${JSON.stringify(where)})`,
      () => created,
      false,
    );
    this.queueMethod("add", [where, hasHeaders], (workbook) => {
      const target = this.target(workbook, address);
      if (target.sheet.tables.some((t) => intersection(t.rect, target.rect)))
        throw new FakeExcelError(
          FakeErrorCode.invalidArgument,
          "TableCollection.add",
          "Tables cannot overlap.",
        );
      if (hasHeaders && target.rect.rowCount < 2)
        throw new FakeExcelError(
          FakeErrorCode.invalidArgument,
          "TableCollection.add",
          "A table needs a row below its header.",
        );
      let n = 1;
      while (findTable(workbook, `Table${n}`)) n++;
      const model: TableModel = {
        id: String(workbook.nextId++),
        name: `Table${n}`,
        rect: { ...target.rect },
        showHeaders: true,
        style: "TableStyleMedium2",
      };
      for (let c = 0; c < model.rect.columnCount; c++) {
        const cell = cellAt(target.sheet, model.rect.row, model.rect.column + c);
        if (cell === undefined || cell.value === "")
          ensureCell(target.sheet, model.rect.row, model.rect.column + c).value = `Column${c + 1}`;
      }
      target.sheet.tables.push(model);
      created = { sheet: target.sheet, table: model };
    });
    return table;
  }

  private target(
    workbook: WorkbookModel,
    address: FakeRange | string,
  ): { sheet: SheetModel; rect: NonNullable<ReturnType<typeof parseRect>> } {
    if (typeof address !== "string") return address.resolve(workbook);
    const { sheet: named, cells } = splitSheet(address);
    const rect = parseRect(cells);
    const sheet = named !== undefined ? findSheet(workbook, named) : this.within(workbook);
    if (!rect || !sheet)
      throw new FakeExcelError(
        FakeErrorCode.invalidArgument,
        "TableCollection.add",
        `"${address}" is not a range.`,
      );
    return { sheet, rect };
  }

  getItem(key: string): FakeTable {
    return tableProxy(
      this.context,
      `${this.path}.getItem(${JSON.stringify(key)})`,
      (wb) => findTable(wb, key, this.within(wb)),
      false,
    );
  }

  getItemOrNullObject(key: string): FakeTable {
    const table = tableProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (wb) => findTable(wb, key, this.within(wb)),
      true,
    );
    table.probeNull();
    return table;
  }
}
