/**
 * The percentages a row carries once its figures are consolidated: completion against
 * each plan and the comparison with the same period last year.
 *
 * Completion is computed against the plan even when the cumulative covers fewer units
 * than expected (the row's coverage says partial): the plan is the whole target, and
 * "reached 38% with 10 of 11 wards in" is what the office needs to see.
 *
 * Year on year is different: cumulative and last year are both reported by units, and a
 * ratio of totals over two different sets of units compares unlike things (a ward that
 * sent this year's figure but has no history would read as growth). So when the units
 * behind the two totals differ, the ratio is null with "unit-sets-differ" and the
 * columns' missing lists say which units to chase.
 */
import type { PlanColumn } from "../template/columns";
import { PLAN_COLUMNS } from "../template/columns";
import { percentOrNull } from "./percent";
import type { RowWork } from "./row-work";
import { sameUnits } from "./row-work";
import type { Percentage } from "./summary-types";

export function addComparisons(work: RowWork): void {
  const { row } = work;
  const cumulative = row.values.cumulative;
  const completion = {} as Record<PlanColumn, Percentage>;
  for (const column of PLAN_COLUMNS) {
    completion[column] = percentage(cumulative, row.columns.cumulative.reason, row.values[column]);
  }
  row.completion = completion;

  let ratio = percentage(cumulative, row.columns.cumulative.reason, row.values.last_year);
  if (ratio.value !== null && !sameUnits(work.present.cumulative, work.present.last_year)) {
    ratio = { value: null, reason: "unit-sets-differ" };
  }
  row.samePeriod = { ratio, growth: ratio.value === null ? null : ratio.value - 100 };
}

function percentage(part: number | null, partReason: Percentage["reason"], base: number | null): Percentage {
  if (part === null) return { value: null, reason: partReason ?? "not-reported" };
  if (base === null) return { value: null, reason: "missing-base" };
  const value = percentOrNull(part, base);
  return value === null ? { value: null, reason: "zero-base" } : { value, reason: null };
}
