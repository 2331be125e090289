/**
 * Workbook-scoped defined names (NamedItemCollection, ExcelApi 1.4 for add). Names are
 * case-insensitive; adding one that exists fails with ItemAlreadyExists; an invalid name
 * (a space, a leading digit, one that reads as a cell such as "A1") fails with
 * InvalidArgument. A name's `type` and `value` follow its formula: `="text"` is a String,
 * `=12` a Double, `=TRUE` a Boolean, a reference a Range whose value is its address.
 */
import { absoluteAddress, parseRect, splitSheet } from "../a1";
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import { ERROR_VALUES } from "../cell-values";
import { evaluate } from "../formula";
import type { NameModel, WorkbookModel } from "../model";
import { findSheet } from "../model";
import type { FakeRequestContext } from "../request-context";
import { FakeCollection } from "./collection";
import { FakeRange } from "./range";

export function nameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name.length === 0 || name.length > 255)
    return "A name has 1 to 255 characters.";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return "A name starts with a letter, _ or \\ and has no spaces.";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) {
    return "A name cannot read as a cell reference.";
  }
  return undefined;
}

function referenceOf(formula: string, workbook: WorkbookModel): { sheet: string; cells: string } | undefined {
  const { sheet, cells } = splitSheet(formula.slice(1));
  if (sheet === undefined || !findSheet(workbook, sheet) || !parseRect(cells)) return undefined;
  return { sheet, cells };
}

export function nameType(formula: string, workbook: WorkbookModel): { type: string; value: unknown } {
  const body = formula.slice(1);
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: text[1]!.replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (ERROR_VALUES.has(body)) return { type: "Error", value: body };
  const reference = referenceOf(formula, workbook);
  if (reference) return { type: "Range", value: body };
  const computed = evaluate(workbook, workbook.sheets[0]!, formula);
  if (typeof computed === "number") return { type: "Double", value: computed };
  if (typeof computed === "string" && ERROR_VALUES.has(computed)) return { type: "Error", value: computed };
  return { type: "Error", value: "#NAME?" };
}

export class FakeNamedItemCollection extends FakeCollection<WorkbookModel, FakeNamedItem> {
  constructor(context: FakeRequestContext, path: string) {
    super(context, path, "NamedItemCollection");
  }

  protected locate(workbook: WorkbookModel): WorkbookModel {
    return workbook;
  }

  protected members(owner: WorkbookModel): FakeNamedItem[] {
    return owner.names.map((name) => this.item(name.name, () => name));
  }

  private item(
    name: string,
    finder: (workbook: WorkbookModel) => NameModel | null,
    nullable = false,
  ): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, finder, nullable);
  }

  private static find(workbook: WorkbookModel, name: string): NameModel | null {
    return workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  /** `reference` is a formula ("=Sheet1!$A$1", '="text"') or a Range. */
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    this.context.session.requireApi("1.4", "NamedItemCollection.add");
    let created: NameModel | null = null;
    const written = reference instanceof FakeRange ? reference.path : reference;
    this.queueMethod("add", [name, written, comment ?? null], (workbook) => {
      const problem = nameProblem(name);
      if (problem)
        throw new FakeExcelError(FakeErrorCode.invalidArgument, "NamedItemCollection.add", problem);
      if (FakeNamedItemCollection.find(workbook, name))
        throw new FakeExcelError(FakeErrorCode.itemAlreadyExists, "NamedItemCollection.add");
      let formula: string;
      if (reference instanceof FakeRange) {
        const { sheet, rect } = reference.resolve(workbook);
        formula = `=${absoluteAddress(sheet.name, rect)}`;
      } else if (typeof reference === "string" && reference !== "") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else {
        throw new FakeExcelError(FakeErrorCode.invalidArgument, "NamedItemCollection.add");
      }
      created = { name, formula, comment: comment ?? "", visible: true };
      workbook.names.push(created);
    });
    return this.item(name, () => created);
  }

  getItem(name: string): FakeNamedItem {
    return this.item(name, (workbook) => FakeNamedItemCollection.find(workbook, name));
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.session.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
    const item = this.item(name, (workbook) => FakeNamedItemCollection.find(workbook, name), true);
    item.probeNull();
    return item;
  }
}

export class FakeNamedItem extends FakeClientObject<NameModel> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly finder: (workbook: WorkbookModel) => NameModel | null,
    nullable: boolean,
  ) {
    super(context, path, "NamedItem", nullable);
  }

  protected locate(workbook: WorkbookModel): NameModel | null {
    return this.finder(workbook);
  }

  protected override isAlive(target: NameModel, workbook: WorkbookModel): boolean {
    return workbook.names.includes(target);
  }

  protected scalarNames(): readonly string[] {
    return ["name", "type", "value", "formula", "comment", "visible", "scope"];
  }

  protected readScalar(target: NameModel, name: string, workbook: WorkbookModel): unknown {
    if (name === "name") return target.name;
    if (name === "formula") return target.formula;
    if (name === "comment") return target.comment;
    if (name === "visible") return target.visible;
    if (name === "scope") return "Workbook";
    const typed = nameType(target.formula, workbook);
    return name === "type" ? typed.type : typed.value;
  }

  protected override writeScalar(
    target: NameModel,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    if (name === "formula" && typeof value === "string" && value !== "") {
      target.formula = value.startsWith("=") ? value : `=${value}`;
    } else if (name === "comment" && typeof value === "string") {
      target.comment = value;
    } else if (name === "visible" && typeof value === "boolean") {
      target.visible = value;
    } else if (name === "formula" || name === "comment" || name === "visible") {
      throw new FakeExcelError(FakeErrorCode.invalidArgument, `NamedItem.${name}`);
    } else {
      super.writeScalar(target, name, value, workbook);
    }
  }

  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  get scope(): string {
    return this.loaded("scope");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(value: string) {
    this.queueSet("formula", value);
  }
  get comment(): string {
    return this.loaded("comment");
  }
  set comment(value: string) {
    this.queueSet("comment", value);
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(value: boolean) {
    this.queueSet("visible", value);
  }

  delete(): void {
    this.queueMethod("delete", [], (target, workbook) => {
      workbook.names.splice(workbook.names.indexOf(target), 1);
    });
  }

  private rangeOf(nullable: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRange()`,
      (workbook) => {
        const target = this.tryResolve(workbook);
        const reference = target && referenceOf(target.formula, workbook);
        if (!reference) {
          if (nullable) return null;
          throw new FakeExcelError(
            FakeErrorCode.invalidOperation,
            "NamedItem.getRange",
            "The name does not refer to a range.",
          );
        }
        return { sheet: findSheet(workbook, reference.sheet)!, rect: parseRect(reference.cells)! };
      },
      nullable,
    );
  }

  getRange(): FakeRange {
    return this.rangeOf(false);
  }

  getRangeOrNullObject(): FakeRange {
    const range = this.rangeOf(true);
    range.probeNull();
    return range;
  }
}
