/**
 * A derived indicator (on-time rate, share of trade and services) is recomputed from the
 * consolidated numerator and denominator: sum(HC03) / sum(HC02) x 100. Averaging the
 * units' own ratios is a known error of existing tools and never happens here: 99/100 and
 * 1/10 make 100/110 = 90.9%, not the mean 54.5%.
 *
 * Both sums must come from the same units: if a ward gave the numerator but not the
 * denominator, the ratio would divide unlike totals, so the value is null with
 * "unit-sets-differ". Coverage is taken from the operands.
 */
import type { ValueColumn } from "../template/columns";
import { VALUE_COLUMNS } from "../template/columns";
import type { Indicator } from "../template/schema";
import { ConsolidationInputError } from "./errors";
import { percentOrNull, whyNoPercent } from "./percent";
import { applyLevelPlans } from "./level-plans";
import type { PlanTable } from "./plans";
import type { RowWork } from "./row-work";
import {
  columnCoverage,
  countFlags,
  rowCoverage,
  pendingComparisons,
  presenceArrays,
  sameUnits,
} from "./row-work";
import type { ColumnCoverage, ColumnValues } from "./summary-types";

export function deriveRow(
  indicator: Indicator,
  unitIds: readonly string[],
  workByCode: ReadonlyMap<string, RowWork>,
  plans: PlanTable | undefined,
): RowWork {
  const formula = indicator.derived;
  if (!formula) throw new ConsolidationInputError(`${indicator.code} is derived but has no formula.`);
  const numerator = workByCode.get(formula.numerator);
  const denominator = workByCode.get(formula.denominator);
  if (!numerator || !denominator || numerator.row.derived || denominator.row.derived) {
    // The template loader refuses such a template; a hand-built one is a programming error.
    throw new ConsolidationInputError(
      `${indicator.code}: operands must be reported indicators of the template.`,
    );
  }

  const n = unitIds.length;
  const expected = new Uint8Array(n);
  const reported = new Uint8Array(n);
  const present = presenceArrays(n);
  for (let i = 0; i < n; i++) {
    expected[i] = numerator.expected[i]! | denominator.expected[i]!;
    reported[i] = numerator.reported[i]! & denominator.reported[i]!;
  }
  const expectedCount = countFlags(expected);

  // A level plan is the level's own figure, not a sum over units: no unit sets to compare.
  const setByLevel = (column: ValueColumn) =>
    (column === "plan" || column === "plan2") &&
    (numerator.row.planSource[column] === "level" || denominator.row.planSource[column] === "level");

  const values = {} as ColumnValues;
  const columns = {} as Record<ValueColumn, ColumnCoverage>;
  for (const column of VALUE_COLUMNS) {
    const top = numerator.present[column];
    const bottom = denominator.present[column];
    const both = present[column];
    for (let i = 0; i < n; i++) both[i] = top[i]! & bottom[i]!;
    const coverage = columnCoverage(unitIds, expected, expectedCount, both);
    const part = numerator.row.values[column];
    const base = denominator.row.values[column];
    if (expectedCount === 0) {
      values[column] = null;
      coverage.reason = "no-reporters";
    } else if (part !== null && base !== null && !setByLevel(column) && !sameUnits(top, bottom)) {
      values[column] = null;
      coverage.reason = "unit-sets-differ";
    } else {
      values[column] = percentOrNull(part, base, formula.scale);
      coverage.reason = whyNoPercent(part, base);
    }
    columns[column] = coverage;
  }

  const planSource = applyLevelPlans(indicator.code, plans, values, columns, "operands");

  return {
    row: {
      code: indicator.code,
      group: indicator.group,
      kind: indicator.kind,
      values,
      columns,
      coverage: rowCoverage(unitIds, expected, reported, expectedCount),
      planSource,
      ...pendingComparisons(),
      derived: { numerator: formula.numerator, denominator: formula.denominator, scale: formula.scale },
      trace: null,
    },
    expected,
    reported,
    present,
  };
}
