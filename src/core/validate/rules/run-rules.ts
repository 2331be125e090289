/**
 * The one generic runner: every rule of the template, in template order, through the check
 * of its type. Nothing here knows an indicator code; a template from JSON adds its own
 * rules by data.
 */
import type { Rule, RuleType } from "../../template/rule-schema";
import { checkBothOrNeither } from "./both-or-neither";
import { checkCompare } from "./compare";
import { checkCumulativeAtLeastActual, checkCumulativeNotBelowPrevious } from "./cumulative";
import { checkOneOrOther } from "./one-or-other";
import type { RuleContext } from "./rule-context";
import { checkSamePeriodBound } from "./same-period-bound";

type Checks = { [T in RuleType]: (rule: Extract<Rule, { type: T }>, ctx: RuleContext) => void };

const CHECKS: Checks = {
  compare: checkCompare,
  "both-or-neither": checkBothOrNeither,
  "one-or-other": checkOneOrOther,
  "cumulative-at-least-actual": checkCumulativeAtLeastActual,
  "cumulative-not-below-previous": checkCumulativeNotBelowPrevious,
  "same-period-bound": checkSamePeriodBound,
};

export function runRules(rules: readonly Rule[], ctx: RuleContext): void {
  for (const rule of rules) {
    const check = CHECKS[rule.type] as (rule: Rule, ctx: RuleContext) => void;
    check(rule, ctx);
  }
}
