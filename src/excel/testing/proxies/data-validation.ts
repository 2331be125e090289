/**
 * Range.dataValidation (ExcelApi 1.8). A rule holds exactly one criterion (wholeNumber,
 * decimal, textLength, date, time, list or custom), else InvalidArgument. Setting a rule,
 * prompt, error alert or ignoreBlanks replaces that part of the validation on the range's
 * cells and keeps the other parts; clear() removes it. `type` reads "None" where there is no
 * rule, the rule's type where one rule covers the range, "MixedCriteria" where several rules
 * of one type do and "Inconsistent" otherwise (DataValidationType). `valid` is not modelled.
 */
import { absoluteAddress, cellCount, intersection, subtract } from "../a1";
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { DataValidationModel, SheetModel, WorkbookModel } from "../model";
import { assertMayEdit } from "../protection-rules";
import type { RangeTarget } from "../range-writes";
import type { FakeRequestContext } from "../request-context";
import { FakeRange } from "./range";

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

type Fields = Omit<DataValidationModel, "rects">;

const DEFAULTS: Fields = {
  type: "None",
  rule: {},
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  prompt: { showPrompt: false, title: "", message: "" },
  ignoreBlanks: true,
};

function checkedRule(
  value: unknown,
  workbook: WorkbookModel,
): { type: string; rule: Record<string, unknown> } {
  const keys =
    value && typeof value === "object"
      ? Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      : [];
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !(key in RULE_TYPES)) {
    throw new FakeExcelError(
      FakeErrorCode.invalidArgument,
      "DataValidation.rule",
      "A rule holds exactly one criterion.",
    );
  }
  const criterion = { ...((value as Record<string, unknown>)[key] as Record<string, unknown>) };
  if (key === "list") {
    // A list source may be a Range; Excel stores it as an absolute reference.
    const source = criterion.source;
    if (source instanceof FakeRange) {
      const { sheet, rect } = source.resolve(workbook);
      criterion.source = `=${absoluteAddress(sheet.name, rect)}`;
    } else if (typeof source !== "string" || source === "") {
      throw new FakeExcelError(
        FakeErrorCode.invalidArgument,
        "DataValidation.rule",
        "A list rule needs a source.",
      );
    }
  } else if (key === "custom") {
    if (typeof criterion.formula !== "string")
      throw new FakeExcelError(FakeErrorCode.invalidArgument, "DataValidation.rule");
  } else if (criterion.formula1 === undefined || typeof criterion.operator !== "string") {
    throw new FakeExcelError(
      FakeErrorCode.invalidArgument,
      "DataValidation.rule",
      "A rule needs formula1 and an operator.",
    );
  }
  return { type: RULE_TYPES[key]!, rule: { [key]: criterion } };
}

/** Replaces the validation on `rect`, starting from what was there. */
function updateValidation(sheet: SheetModel, target: RangeTarget, patch: Partial<Fields>): void {
  const existing = sheet.dataValidations.find((dv) => dv.rects.some((r) => intersection(r, target.rect)));
  const base: Fields = existing
    ? {
        type: existing.type,
        rule: existing.rule,
        errorAlert: existing.errorAlert,
        prompt: existing.prompt,
        ignoreBlanks: existing.ignoreBlanks,
      }
    : DEFAULTS;
  removeValidation(sheet, target);
  sheet.dataValidations.push({ ...base, ...patch, rects: [target.rect] });
}

function removeValidation(sheet: SheetModel, target: RangeTarget): void {
  for (const dv of sheet.dataValidations) dv.rects = dv.rects.flatMap((r) => subtract(r, target.rect));
  sheet.dataValidations = sheet.dataValidations.filter((dv) => dv.rects.length > 0);
}

function covering(
  sheet: SheetModel,
  target: RangeTarget,
): { entries: DataValidationModel[]; covered: number } {
  let covered = 0;
  const entries: DataValidationModel[] = [];
  for (const dv of sheet.dataValidations) {
    const overlap = dv.rects.map((r) => intersection(r, target.rect)).filter((r) => r !== undefined);
    if (overlap.length === 0) continue;
    entries.push(dv);
    covered += overlap.reduce((sum, r) => sum + cellCount(r), 0);
  }
  return { entries, covered };
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(context, path, "DataValidation", range.nullable);
  }

  protected locate(workbook: WorkbookModel): RangeTarget | null {
    this.context.session.requireApi("1.8", "Range.dataValidation");
    return this.range.tryResolve(workbook);
  }

  protected scalarNames(): readonly string[] {
    return ["type", "rule", "errorAlert", "prompt", "ignoreBlanks"];
  }

  protected readScalar(target: RangeTarget, name: string): unknown {
    const { entries, covered } = covering(target.sheet, target);
    const whole = covered === cellCount(target.rect);
    const single = entries.length === 1 && whole ? entries[0] : undefined;
    if (name === "type") {
      if (entries.length === 0) return "None";
      if (single) return single.type;
      return whole && entries.every((e) => e.type === entries[0]!.type) ? "MixedCriteria" : "Inconsistent";
    }
    const fields: Fields = single ?? (entries.length === 0 ? DEFAULTS : { ...DEFAULTS, rule: {} });
    if (name === "rule") return fields.rule;
    if (name === "errorAlert") return fields.errorAlert;
    if (name === "prompt") return fields.prompt;
    return fields.ignoreBlanks;
  }

  protected override writeScalar(
    target: RangeTarget,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    const location = `DataValidation.${name}`;
    assertMayEdit(target.sheet, target.rect, "structure", location);
    if (name === "rule") return updateValidation(target.sheet, target, checkedRule(value, workbook));
    if (name === "ignoreBlanks") {
      if (typeof value !== "boolean") throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
      return updateValidation(target.sheet, target, { ignoreBlanks: value });
    }
    if (name === "errorAlert" || name === "prompt") {
      if (!value || typeof value !== "object")
        throw new FakeExcelError(FakeErrorCode.invalidArgument, location);
      const base = name === "errorAlert" ? DEFAULTS.errorAlert : DEFAULTS.prompt;
      return updateValidation(target.sheet, target, {
        [name]: { ...base, ...(value as Record<string, unknown>) },
      });
    }
    super.writeScalar(target, name, value, workbook);
  }

  get type(): string {
    return this.loaded("type");
  }
  get rule(): Record<string, unknown> {
    return this.loaded("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.queueSet("rule", value);
  }
  get errorAlert(): Record<string, unknown> {
    return this.loaded("errorAlert");
  }
  set errorAlert(value: Record<string, unknown>) {
    this.queueSet("errorAlert", value);
  }
  get prompt(): Record<string, unknown> {
    return this.loaded("prompt");
  }
  set prompt(value: Record<string, unknown>) {
    this.queueSet("prompt", value);
  }
  get ignoreBlanks(): boolean {
    return this.loaded("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.queueSet("ignoreBlanks", value);
  }

  clear(): void {
    this.queueMethod("clear", [], (target) => {
      assertMayEdit(target.sheet, target.rect, "structure", "DataValidation.clear");
      removeValidation(target.sheet, target);
    });
  }
}
