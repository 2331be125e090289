/**
 * Range.conditionalFormats (ExcelApi 1.6). add(type) puts the new format first (priority 0,
 * the others move down); clearAll() removes the formats from the range's cells. Custom
 * (`custom.rule.formula`, `custom.format`) and CellValue (`cellValue.rule`,
 * `cellValue.format`) formats are modelled; other types can be added and deleted but their
 * settings are not. Reaching `custom` on a CellValue format (or the reverse) fails with
 * InvalidOperation at sync.
 */
import { intersection, subtract } from "../a1";
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { ConditionalFormatModel, SheetModel, WorkbookModel } from "../model";
import { assertMayEdit } from "../protection-rules";
import type { RangeTarget } from "../range-writes";
import type { FakeRequestContext } from "../request-context";
import type { Normalize } from "../style-values";
import { UNDERLINES, bool, color, oneOf, text } from "../style-values";
import { FakeCollection } from "./collection";
import type { FakeRange } from "./range";

const TYPES = oneOf(
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
);
const OPERATORS = [
  "Invalid",
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

function assertMayChange({ sheet, cf }: CfTarget, location: string): void {
  for (const rect of cf.rects) assertMayEdit(sheet, rect, "structure", location);
}

export class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, FakeConditionalFormat> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(context, path, "ConditionalFormatCollection", range.nullable);
  }

  protected locate(workbook: WorkbookModel): RangeTarget | null {
    this.context.session.requireApi("1.6", "Range.conditionalFormats");
    return this.range.tryResolve(workbook);
  }

  protected members(owner: RangeTarget): FakeConditionalFormat[] {
    return owner.sheet.conditionalFormats
      .filter((cf) => cf.rects.some((r) => intersection(r, owner.rect)))
      .sort((a, b) => a.priority - b.priority)
      .map(
        (cf) =>
          new FakeConditionalFormat(this.context, `${this.path}.getItem(${JSON.stringify(cf.id)})`, () => ({
            sheet: owner.sheet,
            cf,
          })),
      );
  }

  add(type: string): FakeConditionalFormat {
    let created: CfTarget | null = null;
    const format = new FakeConditionalFormat(
      this.context,
      `${this.path}.add(${JSON.stringify(type)})`,
      () => created,
    );
    this.queueMethod("add", [type], ({ sheet, rect }, workbook) => {
      assertMayEdit(sheet, rect, "structure", "ConditionalFormatCollection.add");
      const checkedType = TYPES(type, "ConditionalFormatCollection.add") as string;
      for (const other of sheet.conditionalFormats) other.priority++;
      const cf: ConditionalFormatModel = {
        id: String(workbook.nextId++),
        rects: [rect],
        type: checkedType,
        priority: 0,
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      sheet.conditionalFormats.push(cf);
      created = { sheet, cf };
    });
    return format;
  }

  clearAll(): void {
    this.queueMethod("clearAll", [], ({ sheet, rect }) => {
      assertMayEdit(sheet, rect, "structure", "ConditionalFormatCollection.clearAll");
      for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.flatMap((r) => subtract(r, rect));
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.rects.length > 0);
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  readonly custom: FakeCustomConditionalFormat;
  readonly cellValue: FakeCellValueConditionalFormat;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly finder: () => CfTarget | null,
  ) {
    super(context, path, "ConditionalFormat");
    this.custom = new FakeCustomConditionalFormat(context, `${path}.custom`, this);
    this.cellValue = new FakeCellValueConditionalFormat(context, `${path}.cellValue`, this);
  }

  protected locate(): CfTarget | null {
    return this.finder();
  }

  protected override isAlive(target: CfTarget): boolean {
    return target.sheet.conditionalFormats.includes(target.cf);
  }

  protected scalarNames(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "custom") return this.custom;
    if (name === "cellValue") return this.cellValue;
    return undefined;
  }

  protected readScalar({ cf }: CfTarget, name: string): unknown {
    if (name === "id") return cf.id;
    if (name === "type") return cf.type;
    if (name === "priority") return cf.priority;
    return cf.stopIfTrue;
  }

  protected override writeScalar(
    target: CfTarget,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    const location = `ConditionalFormat.${name}`;
    if (name === "stopIfTrue") {
      assertMayChange(target, location);
      target.cf.stopIfTrue = bool(value, location) as boolean;
    } else if (name === "priority") {
      assertMayChange(target, location);
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
        throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
      const others = target.sheet.conditionalFormats
        .filter((cf) => cf !== target.cf)
        .sort((a, b) => a.priority - b.priority);
      others.splice(Math.min(value, others.length), 0, target.cf);
      others.forEach((cf, i) => (cf.priority = i));
    } else {
      super.writeScalar(target, name, value, workbook);
    }
  }

  get id(): string {
    return this.loaded("id");
  }
  get type(): string {
    return this.loaded("type");
  }
  get priority(): number {
    return this.loaded("priority");
  }
  set priority(value: number) {
    this.queueSet("priority", value);
  }
  get stopIfTrue(): boolean {
    return this.loaded("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.queueSet("stopIfTrue", value);
  }

  delete(): void {
    this.queueMethod("delete", [], (target) => {
      assertMayChange(target, "ConditionalFormat.delete");
      target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter((cf) => cf !== target.cf);
    });
  }
}

/** A part of a conditional format that exists only for one type of format. */
abstract class FakeConditionalPart extends FakeClientObject<CfTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    entity: string,
    private readonly owner: FakeClientObject<CfTarget>,
    private readonly requiredType: string | undefined,
  ) {
    super(context, path, entity);
  }

  protected locate(workbook: WorkbookModel): CfTarget | null {
    const target = this.owner.tryResolve(workbook);
    if (target && this.requiredType && target.cf.type !== this.requiredType) {
      throw new FakeExcelError(
        FakeErrorCode.invalidOperation,
        this.entity,
        `This conditional format is of type ${target.cf.type}.`,
      );
    }
    return target;
  }
}

interface FormatField {
  key: string;
  normalize: Normalize;
}

/** Fill, font and number format of a conditional format, kept as flat keys on the model. */
abstract class FakeConditionalStyle extends FakeConditionalPart {
  protected abstract readonly fields: Record<string, FormatField>;

  protected scalarNames(): readonly string[] {
    return Object.keys(this.fields);
  }

  protected readScalar({ cf }: CfTarget, name: string): unknown {
    return cf.format[this.fields[name]!.key] ?? null;
  }

  protected override writeScalar(
    target: CfTarget,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    const field = this.fields[name];
    if (!field) return super.writeScalar(target, name, value, workbook);
    const location = `${this.entity}.${name}`;
    assertMayChange(target, location);
    target.cf.format[field.key] = field.normalize(value, location);
  }
}

export class FakeConditionalRangeFill extends FakeConditionalStyle {
  protected readonly fields = { color: { key: "fill.color", normalize: color } };

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueSet("color", value);
  }

  clear(): void {
    this.queueMethod("clear", [], (target) => {
      assertMayChange(target, "ConditionalRangeFill.clear");
      delete target.cf.format["fill.color"];
    });
  }
}

export class FakeConditionalRangeFont extends FakeConditionalStyle {
  protected readonly fields = {
    color: { key: "font.color", normalize: color },
    bold: { key: "font.bold", normalize: bool },
    italic: { key: "font.italic", normalize: bool },
    strikethrough: { key: "font.strikethrough", normalize: bool },
    underline: { key: "font.underline", normalize: UNDERLINES },
  };

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueSet("color", value);
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.queueSet("bold", value);
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.queueSet("italic", value);
  }
  get strikethrough(): boolean {
    return this.loaded("strikethrough");
  }
  set strikethrough(value: boolean) {
    this.queueSet("strikethrough", value);
  }
  get underline(): string {
    return this.loaded("underline");
  }
  set underline(value: string) {
    this.queueSet("underline", value);
  }
}

export class FakeConditionalRangeFormat extends FakeConditionalStyle {
  protected readonly fields = { numberFormat: { key: "numberFormat", normalize: text } };
  readonly fill: FakeConditionalRangeFill;
  readonly font: FakeConditionalRangeFont;

  constructor(context: FakeRequestContext, path: string, owner: FakeClientObject<CfTarget>) {
    super(context, path, "ConditionalRangeFormat", owner, undefined);
    this.fill = new FakeConditionalRangeFill(
      context,
      `${path}.fill`,
      "ConditionalRangeFill",
      this,
      undefined,
    );
    this.font = new FakeConditionalRangeFont(
      context,
      `${path}.font`,
      "ConditionalRangeFont",
      this,
      undefined,
    );
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  get numberFormat(): string {
    return this.loaded("numberFormat");
  }
  set numberFormat(value: string) {
    this.queueSet("numberFormat", value);
  }
}

export class FakeConditionalFormatRule extends FakeConditionalPart {
  protected scalarNames(): readonly string[] {
    return ["formula"];
  }

  protected readScalar({ cf }: CfTarget): unknown {
    return cf.rule.formula ?? null;
  }

  protected override writeScalar(
    target: CfTarget,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    if (name !== "formula") return super.writeScalar(target, name, value, workbook);
    assertMayChange(target, "ConditionalFormatRule.formula");
    if (typeof value !== "string" || value === "")
      throw new FakeExcelError(FakeErrorCode.invalidArgument, "ConditionalFormatRule.formula");
    target.cf.rule = { formula: value };
  }

  get formula(): string {
    return this.loaded("formula");
  }
  set formula(value: string) {
    this.queueSet("formula", value);
  }
}

export class FakeCustomConditionalFormat extends FakeConditionalPart {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(context: FakeRequestContext, path: string, owner: FakeConditionalFormat) {
    super(context, path, "CustomConditionalFormat", owner, "Custom");
    this.rule = new FakeConditionalFormatRule(
      context,
      `${path}.rule`,
      "ConditionalFormatRule",
      this,
      undefined,
    );
    this.format = new FakeConditionalRangeFormat(context, `${path}.format`, this);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }
}

/** cellValue.rule is one object: { formula1, formula2?, operator } (ConditionalCellValueRule). */
export class FakeCellValueConditionalFormat extends FakeConditionalPart {
  readonly format: FakeConditionalRangeFormat;

  constructor(context: FakeRequestContext, path: string, owner: FakeConditionalFormat) {
    super(context, path, "CellValueConditionalFormat", owner, "CellValue");
    this.format = new FakeConditionalRangeFormat(context, `${path}.format`, this);
  }

  protected scalarNames(): readonly string[] {
    return ["rule"];
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected readScalar({ cf }: CfTarget): unknown {
    return cf.rule;
  }

  protected override writeScalar(
    target: CfTarget,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    if (name !== "rule") return super.writeScalar(target, name, value, workbook);
    const location = "CellValueConditionalFormat.rule";
    assertMayChange(target, location);
    const rule = value as { formula1?: unknown; formula2?: unknown; operator?: unknown };
    if (
      typeof rule.formula1 !== "string" ||
      typeof rule.operator !== "string" ||
      !OPERATORS.includes(rule.operator)
    ) {
      throw new FakeExcelError(
        FakeErrorCode.invalidArgument,
        location,
        "A cell value rule needs formula1 and an operator.",
      );
    }
    target.cf.rule = { ...rule };
  }

  get rule(): Record<string, unknown> {
    return this.loaded("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.queueSet("rule", value);
  }
}
