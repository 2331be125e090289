/**
 * The consolidating level's own plan (the district's target set by the city) wins over
 * whatever the units' plans add up to. Shared by summed and derived rows.
 */
import type { PlanColumn, ValueColumn } from "../template/columns";
import { PLAN_COLUMNS } from "../template/columns";
import { assertFigure } from "./errors";
import type { PlanTable } from "./plans";
import type { ColumnCoverage, ColumnValues, PlanSource } from "./summary-types";

/**
 * Puts the level plans into values and says where each plan came from; `otherwise` is
 * the source of a plan that is not the level's (units, reports or operands).
 */
export function applyLevelPlans(
  code: string,
  plans: PlanTable | undefined,
  values: ColumnValues,
  columns: Record<ValueColumn, ColumnCoverage>,
  otherwise: PlanSource,
): Record<PlanColumn, PlanSource> {
  const source = {} as Record<PlanColumn, PlanSource>;
  for (const column of PLAN_COLUMNS) {
    const levelPlan = plans?.level[code]?.[column];
    if (levelPlan !== undefined) {
      assertFigure(levelPlan, code, column, "the level plan");
      values[column] = levelPlan;
      columns[column].partial = false;
      columns[column].reason = null;
      source[column] = "level";
    } else {
      source[column] = values[column] === null ? "none" : otherwise;
    }
  }
  return source;
}
