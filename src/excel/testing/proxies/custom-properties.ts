/**
 * Workbook custom properties (ExcelApi 1.7). Keys are case-insensitive; add() "Creates a new
 * or sets an existing custom property"; getItem of a missing key fails with ItemNotFound.
 * Keys and values are "limited to 255 characters outside of Excel on the web (larger ... are
 * automatically trimmed to 255 characters on other platforms)": the desktop platform trims.
 */
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { WorkbookModel } from "../model";
import type { FakeRequestContext } from "../request-context";
import { FakeCollection } from "./collection";

type PropertyValue = string | number | boolean;

function typeOf(value: PropertyValue): string {
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "Number" : "Float";
  return "String";
}

export class FakeCustomPropertyCollection extends FakeCollection<WorkbookModel, FakeCustomProperty> {
  constructor(context: FakeRequestContext, path: string) {
    super(context, path, "CustomPropertyCollection");
  }

  protected locate(workbook: WorkbookModel): WorkbookModel {
    return workbook;
  }

  protected members(owner: WorkbookModel): FakeCustomProperty[] {
    return [...owner.customProperties.keys()].map((lower) => this.property(lower, () => lower));
  }

  private property(
    key: string,
    finder: (workbook: WorkbookModel) => string | null,
    nullable = false,
  ): FakeCustomProperty {
    return new FakeCustomProperty(
      this.context,
      `${this.path}.getItem(${JSON.stringify(key)})`,
      finder,
      nullable,
    );
  }

  private require(api: string): void {
    this.context.session.requireApi("1.7", `CustomPropertyCollection.${api}`);
  }

  add(key: string, value: PropertyValue): FakeCustomProperty {
    this.require("add");
    let stored: string | null = null;
    const desktop = this.context.session.platform === "desktop";
    this.queueMethod("add", [key, value], (workbook) => {
      if (typeof key !== "string" || key === "")
        throw new FakeExcelError(FakeErrorCode.invalidArgument, "CustomPropertyCollection.add");
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        throw new FakeExcelError(
          FakeErrorCode.invalidArgument,
          "CustomPropertyCollection.add",
          "The fake stores text, number and boolean properties only.",
        );
      }
      const finalKey = desktop ? key.slice(0, 255) : key;
      const finalValue = desktop && typeof value === "string" ? value.slice(0, 255) : value;
      const lower = finalKey.toLowerCase();
      const existing = workbook.customProperties.get(lower);
      workbook.customProperties.set(lower, { key: existing?.key ?? finalKey, value: finalValue });
      stored = lower;
    });
    return this.property(key, () => stored);
  }

  getItem(key: string): FakeCustomProperty {
    this.require("getItem");
    return this.property(key, (workbook) =>
      workbook.customProperties.has(key.toLowerCase()) ? key.toLowerCase() : null,
    );
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    this.require("getItemOrNullObject");
    const property = this.property(
      key,
      (workbook) => (workbook.customProperties.has(key.toLowerCase()) ? key.toLowerCase() : null),
      true,
    );
    property.probeNull();
    return property;
  }

  deleteAll(): void {
    this.require("deleteAll");
    this.queueMethod("deleteAll", [], (workbook) => workbook.customProperties.clear());
  }
}

/** Bound to the lower-cased key of its property. */
export class FakeCustomProperty extends FakeClientObject<string> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly finder: (workbook: WorkbookModel) => string | null,
    nullable: boolean,
  ) {
    super(context, path, "CustomProperty", nullable);
  }

  protected locate(workbook: WorkbookModel): string | null {
    return this.finder(workbook);
  }

  protected override isAlive(target: string, workbook: WorkbookModel): boolean {
    return workbook.customProperties.has(target);
  }

  protected scalarNames(): readonly string[] {
    return ["key", "value", "type"];
  }

  protected readScalar(target: string, name: string, workbook: WorkbookModel): unknown {
    const property = workbook.customProperties.get(target);
    if (!property) throw new FakeExcelError(FakeErrorCode.itemNotFound, "CustomProperty");
    if (name === "key") return property.key;
    if (name === "value") return property.value;
    return typeOf(property.value);
  }

  protected override writeScalar(
    target: string,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    const property = workbook.customProperties.get(target);
    if (name !== "value" || !property) return super.writeScalar(target, name, value, workbook);
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new FakeExcelError(FakeErrorCode.invalidArgument, "CustomProperty.value");
    }
    property.value = value;
  }

  get key(): string {
    return this.loaded("key");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): PropertyValue {
    return this.loaded("value");
  }
  set value(value: PropertyValue) {
    this.queueSet("value", value);
  }

  delete(): void {
    this.queueMethod("delete", [], (key, workbook) => {
      workbook.customProperties.delete(key);
    });
  }
}
