/**
 * same-period-bound: the year to date against the same period last year. Outside
 * [low%, high%] it is a finding of the rule's severity (a warning in the built-in template)
 * unless the unit explained it in the note column and the rule lets a note exempt it.
 * A last-year figure of 0 gives no ratio, hence no finding.
 */
import type { Rule } from "../../template/rule-schema";
import { SKIP, operand, ruleWording, selectIndicators, type RuleContext } from "./rule-context";

type BoundRule = Extract<Rule, { type: "same-period-bound" }>;

export function checkSamePeriodBound(rule: BoundRule, ctx: RuleContext): void {
  for (const { code } of selectIndicators(ctx, rule)) {
    const cumulative = operand(ctx, rule, code, "cumulative");
    const lastYear = operand(ctx, rule, code, "last_year");
    if (cumulative === SKIP || lastYear === SKIP || lastYear <= 0) continue;
    const percent = (cumulative / lastYear) * 100;
    if (percent >= rule.low && percent <= rule.high) continue;
    if (rule.noteExempts && ctx.read.notes[code]) continue;
    ctx.emit(rule, code, "cumulative", {
      messageKey: "samePeriodOutside",
      params: {
        cumulative,
        lastYear,
        percent,
        low: rule.low,
        high: rule.high,
        noteExempts: rule.noteExempts,
        ...ruleWording(rule),
      },
    });
  }
}
