/**
 * both-or-neither: every listed figure is above zero, or none is (a fine needs a fined
 * case). The finding points at the first figure that is there without its partner.
 */
import type { Rule } from "../../template/rule-schema";
import { SKIP, anyReported, namesInSentence, operand, ruleWording, type RuleContext } from "./rule-context";

type BothRule = Extract<Rule, { type: "both-or-neither" }>;

export function checkBothOrNeither(rule: BothRule, ctx: RuleContext): void {
  for (const column of rule.columns) {
    if (!anyReported(ctx, rule.codes, column)) continue;
    const figures = rule.codes.map((code) => ({ code, value: operand(ctx, rule, code, column) }));
    if (figures.some((f) => f.value === SKIP)) continue;
    const present = figures.filter((f) => (f.value as number) > 0);
    if (present.length === 0 || present.length === figures.length) continue;
    const absent = figures.filter((f) => !present.includes(f));
    ctx.emit(rule, present[0]!.code, column, {
      messageKey: "bothOrNeither",
      params: {
        present: namesInSentence(
          ctx,
          present.map((f) => f.code),
          "list",
        ),
        presentValue: present[0]!.value as number,
        absent: namesInSentence(
          ctx,
          absent.map((f) => f.code),
          "list",
        ),
        ...ruleWording(rule),
      },
    });
  }
}
