/**
 * The columns of the unit table, by machine key. A sheet carries these keys in a row of
 * its own, so parsing goes by key, never by position (see docs/template.md).
 */
export const COLUMN_KEYS = [
  "code",
  "name",
  "uom",
  "plan",
  "plan2",
  "actual",
  "cumulative",
  "last_year",
  "estimate",
  "note",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The columns that hold figures. */
export const VALUE_COLUMNS = ["plan", "plan2", "actual", "cumulative", "last_year", "estimate"] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number];

/** Plan columns are filled by the consolidating office and locked for the unit. */
export const PLAN_COLUMNS = ["plan", "plan2"] as const satisfies readonly ValueColumn[];
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The figures a unit types (last_year only where history does not hold it). */
export const UNIT_VALUE_COLUMNS = [
  "actual",
  "cumulative",
  "last_year",
  "estimate",
] as const satisfies readonly ValueColumn[];

export function isValueColumn(key: string): key is ValueColumn {
  return (VALUE_COLUMNS as readonly string[]).includes(key);
}

export function isColumnKey(key: string): key is ColumnKey {
  return (COLUMN_KEYS as readonly string[]).includes(key);
}
