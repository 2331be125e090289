/**
 * one-or-other: at least one of the listed figures is given; with exclusive, exactly one.
 * "Given" means reported (a zero is a figure). The rule is about reporting, so it applies
 * only where the unit reports at least one of the indicators, and not where one of the
 * cells already has an error (it may be the figure the unit meant to give).
 */
import type { Rule } from "../../template/rule-schema";
import { cellKey } from "../check-rows";
import { namesInSentence, ruleWording, type RuleContext } from "./rule-context";

type OneRule = Extract<Rule, { type: "one-or-other" }>;

export function checkOneOrOther(rule: OneRule, ctx: RuleContext): void {
  if (!rule.codes.some((code) => ctx.read.expects(code))) return;
  for (const column of rule.columns) {
    if (rule.codes.some((code) => ctx.read.broken.has(cellKey(code, column)))) continue;
    const given = rule.codes.filter((code) => ctx.read.values[code]?.[column] !== undefined);
    const names = namesInSentence(ctx, rule.codes, "list");
    if (given.length === 0) {
      ctx.emit(rule, rule.codes[0]!, column, {
        messageKey: "oneOrOtherNone",
        params: { names, ...ruleWording(rule) },
      });
    } else if (rule.exclusive && given.length > 1) {
      ctx.emit(rule, given[1]!, column, {
        messageKey: "oneOrOtherMany",
        params: { names, ...ruleWording(rule) },
      });
    }
  }
}
