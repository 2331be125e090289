/**
 * Rules on the year-to-date figure of flow indicators:
 * - cumulative-at-least-actual: the year to date includes this period;
 * - cumulative-not-below-previous: the year to date cannot go down within the year
 *   (checked only when the caller gives the previous period's report of the same year).
 */
import type { Rule } from "../../template/rule-schema";
import { slack } from "../sanity";
import { SKIP, anyReported, operand, ruleWording, selectIndicators, type RuleContext } from "./rule-context";

type AtLeastActual = Extract<Rule, { type: "cumulative-at-least-actual" }>;
type NotBelowPrevious = Extract<Rule, { type: "cumulative-not-below-previous" }>;

export function checkCumulativeAtLeastActual(rule: AtLeastActual, ctx: RuleContext): void {
  for (const { code } of selectIndicators(ctx, rule)) {
    if (!anyReported(ctx, [code], "actual") && !anyReported(ctx, [code], "cumulative")) continue;
    const actual = operand(ctx, rule, code, "actual");
    const cumulative = operand(ctx, rule, code, "cumulative");
    if (actual === SKIP || cumulative === SKIP) continue;
    if (cumulative >= actual - slack(cumulative, actual)) continue;
    ctx.emit(rule, code, "cumulative", {
      messageKey: "cumulativeBelowActual",
      params: { cumulative, actual, ...ruleWording(rule) },
    });
  }
}

export function checkCumulativeNotBelowPrevious(rule: NotBelowPrevious, ctx: RuleContext): void {
  const previous = ctx.previous;
  if (!previous) return;
  for (const { code } of selectIndicators(ctx, rule)) {
    const before = previous.values[code]?.cumulative ?? (rule.missing === "zero" ? 0 : undefined);
    if (before === undefined) continue;
    const cumulative = operand(ctx, rule, code, "cumulative");
    if (cumulative === SKIP) continue;
    if (cumulative >= before - slack(cumulative, before)) continue;
    ctx.emit(rule, code, "cumulative", {
      messageKey: "cumulativeBelowPrevious",
      params: { cumulative, previous: before, previousPeriod: previous.period, ...ruleWording(rule) },
    });
  }
}
