/**
 * What a rule between figures sees: the clean figures of the report, its notes, which
 * cells are broken, which indicators the unit reports, the previous period's report, and
 * one way to say what it found. Rules read figures only through `operand`, which applies
 * the rule's missing-value strategy, so no rule can raise a false alarm about a figure
 * that was never reported.
 */
import type { FindingMessage, Localized } from "../../i18n/message-params";
import type { UnitReport } from "../../report/unit-report";
import type { ValueColumn } from "../../template/columns";
import type { Rule } from "../../template/rule-schema";
import type { Indicator } from "../../template/schema";
import type { ReadRows } from "../check-rows";
import { cellKey } from "../check-rows";
import type { TemplateIndex } from "../template-index";

export interface RuleContext {
  index: TemplateIndex;
  read: ReadRows;
  previous?: UnitReport;
  /** Reports a finding of the rule at one indicator's cell. */
  emit(rule: Rule, code: string, column: ValueColumn, message: FindingMessage): void;
}

/** A figure was never reported here: no value in the cell, or the cell had an error. */
export const SKIP = Symbol("skip");

/**
 * The figure a rule works with. A broken cell always skips (it has its own finding);
 * a missing figure skips or counts as zero, as the rule declares.
 */
export function operand(
  ctx: RuleContext,
  rule: Rule,
  code: string,
  column: ValueColumn,
): number | typeof SKIP {
  // Most reports have no broken cell: skip building the key then.
  if (ctx.read.broken.size > 0 && ctx.read.broken.has(cellKey(code, column))) return SKIP;
  const value = ctx.read.values[code]?.[column];
  if (value !== undefined) return value;
  return rule.missing === "zero" ? 0 : SKIP;
}

/** Whether any of the figures was reported at all (a rule over nothing says nothing). */
export function anyReported(ctx: RuleContext, codes: readonly string[], column: ValueColumn): boolean {
  return codes.some((code) => ctx.read.values[code]?.[column] !== undefined);
}

/** The indicators a per-indicator rule applies to: reported ones matching its kinds and codes. */
export function selectIndicators(ctx: RuleContext, rule: Rule & IndicatorSelector): Indicator[] {
  let matching = selected.get(rule);
  if (!matching) {
    matching = ctx.index.template.indicators.filter(
      (indicator) =>
        indicator.kind !== "derived" &&
        (!rule.kinds || rule.kinds.includes(indicator.kind)) &&
        (!rule.codes || rule.codes.includes(indicator.code)),
    );
    selected.set(rule, matching);
  }
  return matching.filter((indicator) => ctx.read.expects(indicator.code));
}

interface IndicatorSelector {
  kinds?: readonly string[];
  codes?: readonly string[];
}

/** The indicators each rule selects by kind and code, worked out once per rule object. */
const selected = new WeakMap<Rule, Indicator[]>();

/** An indicator's name as it reads inside a sentence: "hồ sơ giải quyết đúng hạn". */
export function nameInSentence(ctx: RuleContext, code: string): Localized {
  const name = ctx.index.byCode.get(code)?.name ?? { vi: code, en: code };
  return { vi: lowerFirst(name.vi), en: lowerFirst(name.en) };
}

/** Several indicators named together: "A, B" or, for a sum, "tổng A + B". */
export function namesInSentence(
  ctx: RuleContext,
  codes: readonly string[],
  joiner: "list" | "sum",
): Localized {
  if (codes.length === 1) return nameInSentence(ctx, codes[0]!);
  if (joiner === "sum") return { vi: `tổng ${codes.join(" + ")}`, en: `the sum of ${codes.join(" + ")}` };
  const names = codes.map((code) => nameInSentence(ctx, code));
  return { vi: names.map((n) => n.vi).join(", "), en: names.map((n) => n.en).join(", ") };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

export function ruleWording(rule: Rule): { ruleMessage?: Localized } {
  return rule.message ? { ruleMessage: rule.message } : {};
}
