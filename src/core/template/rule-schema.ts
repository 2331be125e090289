/**
 * Validation rules as template data, so a template loaded from JSON can add its own.
 * Per-figure checks (value type, no negatives, min/max, required) come from the
 * indicator's own fields; the rules here relate figures to each other or to history.
 */
import * as z from "zod/mini";
import { VALUE_COLUMNS } from "./columns";

const code = z.string().check(z.regex(/^[A-Z][A-Z0-9_]{1,15}$/, "code"));
const columns = z._default(z.array(z.enum(VALUE_COLUMNS)).check(z.minLength(1)), ["actual", "cumulative"]);
const localized = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

const ruleBase = {
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, "rule id")),
  severity: z.enum(["error", "warning", "info"]),
  /**
   * What a missing figure in the rule's expression means: "skip" the rule (no false alarm
   * where a figure was not reported) or treat it as "zero" where the template says so.
   */
  missing: z._default(z.enum(["skip", "zero"]), "skip"),
  /** Optional wording of the finding; the catalog's message is used otherwise. */
  message: z.optional(localized),
};

/** Which indicators a per-indicator rule applies to: by kind, or by code. */
const selector = {
  kinds: z.optional(z.array(z.enum(["flow", "stock"]))),
  codes: z.optional(z.array(code)),
};

export const ruleSchema = z.discriminatedUnion("type", [
  /** sum(left) op sum(right), per column: HC03 <= HC02; parts == total. */
  z.object({
    ...ruleBase,
    type: z.literal("compare"),
    left: z.array(code).check(z.minLength(1)),
    op: z.enum(["<=", "<", ">=", ">", "=="]),
    right: z.array(code).check(z.minLength(1)),
    columns,
    /** Allowed difference for "==" (rounding of money). */
    tolerance: z._default(z.number().check(z.nonnegative()), 0),
  }),
  /** Either every listed figure is above zero, or none is (fines only with fined cases). */
  z.object({
    ...ruleBase,
    type: z.literal("both-or-neither"),
    codes: z.array(code).check(z.minLength(2)),
    columns,
  }),
  /** At least one of the listed figures is given; with exclusive, exactly one. */
  z.object({
    ...ruleBase,
    type: z.literal("one-or-other"),
    codes: z.array(code).check(z.minLength(2)),
    columns,
    exclusive: z._default(z.boolean(), false),
  }),
  /** cumulative >= actual this period. */
  z.object({
    ...ruleBase,
    type: z.literal("cumulative-at-least-actual"),
    ...selector,
  }),
  /** cumulative >= the same unit's cumulative for the previous period of the same year. */
  z.object({
    ...ruleBase,
    type: z.literal("cumulative-not-below-previous"),
    ...selector,
  }),
  /**
   * cumulative / last_year outside [low%, high%] needs a note; without one it is a
   * finding of the rule's severity (a warning in the built-in template).
   */
  z.object({
    ...ruleBase,
    type: z.literal("same-period-bound"),
    ...selector,
    low: z._default(z.number().check(z.nonnegative()), 50),
    high: z._default(z.number().check(z.positive()), 200),
    noteExempts: z._default(z.boolean(), true),
  }),
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleType = Rule["type"];
