/**
 * The indicator template as data. Every field documented here is read by one generic
 * runner (validation, consolidation, sheet plans, narrative); nothing in the code names an
 * indicator code. The built-in template (builtin-template.json) and any template an office
 * loads from JSON go through this one schema.
 *
 * Written with zod's mini build (functions, not methods), which tree-shakes: the task pane's
 * first screen is 15 KB (gzip) smaller than with the full build, and the command line's
 * bundle half its size (docs/BENCHMARKS.md).
 */
import * as z from "zod/mini";
import { COLUMN_KEYS, VALUE_COLUMNS } from "./columns";
import { ruleSchema } from "./rule-schema";

/** A text shown to people, in both languages the product speaks. */
export const localizedSchema = z.object({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Localized = z.infer<typeof localizedSchema>;

/** Indicator codes are stable identifiers: letters then digits, e.g. NS01. */
export const indicatorCodeSchema = z.string().check(z.regex(/^[A-Z][A-Z0-9_]{1,15}$/, "code"));

export const columnKeySchema = z.enum(COLUMN_KEYS);
export const valueColumnSchema = z.enum(VALUE_COLUMNS);

/**
 * flow: accumulates over the year; completion and year-on-year use the cumulative value.
 * stock: a level at the cut-off date; summed across units, never over time.
 * derived: numerator / denominator recomputed after consolidation, never summed.
 */
export const indicatorKindSchema = z.enum(["flow", "stock", "derived"]);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/**
 * money: triệu đồng (million VND), decimals allowed.
 * count: whole numbers (files, cases, people).
 * number: any non-negative figure.
 * percent: a percentage (derived rates).
 */
export const valueTypeSchema = z.enum(["money", "count", "number", "percent"]);
export type ValueType = z.infer<typeof valueTypeSchema>;

/**
 * Who reports an indicator: wards (and communes), and/or offices of the consolidating
 * level, by office code ("all" for every office).
 */
export const reportedBySchema = z.object({
  wards: z.boolean(),
  offices: z.union([z.literal("all"), z.array(z.string().check(z.minLength(1)))]),
});
export type ReportedBy = z.infer<typeof reportedBySchema>;

export const derivedSchema = z.object({
  numerator: indicatorCodeSchema,
  denominator: indicatorCodeSchema,
  /** 100 for a percentage. */
  scale: z._default(z.number().check(z.positive()), 100),
});

/**
 * How the narrative speaks of an indicator (the written report).
 * comparison: "ratio" -> "bằng X% so với cùng kỳ"; "growth" -> "tăng/giảm X% so với cùng kỳ";
 * "difference" -> "tăng/giảm N <uom> so với cùng kỳ".
 * zero: the phrase for a zero that is good news ("không xảy ra cháy, nổ").
 * lead: the verb that opens the sentence instead of the indicator's name ("Tuyển chọn, bàn giao").
 * noun: what the figure counts after a lead ("thanh niên nhập ngũ"), in place of the unit of measure.
 */
export const wordingSchema = z.object({
  comparison: z._default(z.enum(["ratio", "growth", "difference"]), "ratio"),
  lead: z.optional(localizedSchema),
  noun: z.optional(localizedSchema),
  zero: z.optional(localizedSchema),
});
export type Wording = z.infer<typeof wordingSchema>;

export const indicatorSchema = z.object({
  code: indicatorCodeSchema,
  group: z.string().check(z.minLength(1)),
  name: localizedSchema,
  uom: localizedSchema,
  kind: indicatorKindSchema,
  valueType: valueTypeSchema,
  /** Only for kind "derived". */
  derived: z.optional(derivedSchema),
  /** Not for kind "derived" (it is computed, nobody reports it). */
  reportedBy: z.optional(reportedBySchema),
  /**
   * Which plan columns apply, each with its own name as the report says it
   * ("dự toán thành phố giao", "kế hoạch", "chỉ tiêu").
   */
  plans: z._default(
    z.object({
      plan: z.optional(localizedSchema),
      plan2: z.optional(localizedSchema),
    }),
    {},
  ),
  /** Columns a reporting unit must fill. */
  required: z._default(z.array(valueColumnSchema), ["actual", "cumulative"]),
  /** Bounds on every figure of the indicator; default minimum 0 (no negatives). */
  min: z._default(z.number(), 0),
  max: z.optional(z.number()),
  wording: z._default(wordingSchema, { comparison: "ratio" }),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const groupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localizedSchema,
});
export type Group = z.infer<typeof groupSchema>;

/**
 * filledBy says who fills the column: "template" (code, name, uom), "office" (plans),
 * "unit" (actual, cumulative, estimate, note) or "history" (last_year, pre-filled where
 * history holds it, otherwise typed by the unit).
 */
export const columnSchema = z.object({
  key: columnKeySchema,
  header: localizedSchema,
  filledBy: z.enum(["template", "office", "unit", "history"]),
});
export type Column = z.infer<typeof columnSchema>;

export const templateSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "id")),
  version: z.string().check(z.regex(/^\d+(\.\d+){0,2}$/, "version")),
  title: localizedSchema,
  /** Decree 09/2019 administrative cut-offs (15th to 14th) or calendar periods. */
  cutoff: z._default(z.enum(["calendar", "administrative"]), "calendar"),
  groups: z.array(groupSchema).check(z.minLength(1)),
  columns: z.array(columnSchema).check(z.minLength(1)),
  indicators: z.array(indicatorSchema).check(z.minLength(1)),
  rules: z._default(z.array(ruleSchema), []),
});
/** A template as written in JSON (defaults not yet applied). */
export type TemplateInput = z.input<typeof templateSchema>;
/** A template after the schema and its cross-checks accepted it. */
export type Template = z.infer<typeof templateSchema>;
