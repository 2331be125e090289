/**
 * compare: sum(left) op sum(right), column by column (HC03 <= HC02; parts == total).
 * The finding points at the total when parts are compared with one total, else at the first
 * figure on the left. Sums of money are compared with a small relative slack; "==" also
 * allows the rule's declared tolerance (rounding of money).
 */
import type { FoundRelation } from "../../i18n/message-params";
import type { Rule } from "../../template/rule-schema";
import { slack } from "../sanity";
import { SKIP, anyReported, namesInSentence, operand, ruleWording, type RuleContext } from "./rule-context";

type CompareRule = Extract<Rule, { type: "compare" }>;

const VIOLATION: Record<CompareRule["op"], FoundRelation> = {
  "<=": ">",
  "<": ">=",
  ">=": "<",
  ">": "<=",
  "==": "!=",
};

export function checkCompare(rule: CompareRule, ctx: RuleContext): void {
  const target = rule.left.length > 1 && rule.right.length === 1 ? rule.right[0]! : rule.left[0]!;
  for (const column of rule.columns) {
    if (!anyReported(ctx, [...rule.left, ...rule.right], column)) continue;
    const left = sum(rule.left.map((code) => operand(ctx, rule, code, column)));
    const right = sum(rule.right.map((code) => operand(ctx, rule, code, column)));
    if (left === SKIP || right === SKIP) continue;
    if (holds(left, rule.op, right, slack(left, right), rule.tolerance)) continue;
    ctx.emit(rule, target, column, {
      messageKey: "compare",
      params: {
        left: namesInSentence(ctx, rule.left, "sum"),
        leftValue: left,
        relation: VIOLATION[rule.op],
        right: namesInSentence(ctx, rule.right, "sum"),
        rightValue: right,
        ...ruleWording(rule),
      },
    });
  }
}

function sum(values: Array<number | typeof SKIP>): number | typeof SKIP {
  let total = 0;
  for (const value of values) {
    if (value === SKIP) return SKIP;
    total += value;
  }
  return total;
}

/** Figures within `eps` of each other count as equal: strict relations need more than eps. */
function holds(left: number, op: CompareRule["op"], right: number, eps: number, tolerance: number): boolean {
  switch (op) {
    case "<=":
      return left <= right + eps;
    case "<":
      return left < right - eps;
    case ">=":
      return left >= right - eps;
    case ">":
      return left > right + eps;
    case "==":
      return Math.abs(left - right) <= tolerance + eps;
  }
}
