/**
 * A reported indicator (flow or stock): each column is the sum over the expected
 * reporters that gave a figure. A stock is summed across units like a flow (levels at the
 * same cut-off add up); it is never added up over time, which consolidation never does.
 * The estimate is its own column and never enters the actual or the cumulative.
 */
import type { ValueColumn } from "../template/columns";
import { VALUE_COLUMNS } from "../template/columns";
import type { GatheredRow } from "./gather";
import { applyLevelPlans } from "./level-plans";
import type { PlanTable } from "./plans";
import type { Roster } from "./roster";
import type { RowWork } from "./row-work";
import { columnCoverage, countFlags, pendingComparisons, rowCoverage } from "./row-work";
import type { ColumnCoverage, ColumnValues, Trace } from "./summary-types";

export function sumRow(gathered: GatheredRow, roster: Roster, plans: PlanTable | undefined): RowWork {
  const { indicator, expected, reported, figures, present } = gathered;
  const { unitIds, canonicalOrder } = roster;
  const code = indicator.code;
  const expectedCount = countFlags(expected);

  const values = {} as ColumnValues;
  const columns = {} as Record<ValueColumn, ColumnCoverage>;
  const trace = {} as Trace;
  for (const column of VALUE_COLUMNS) {
    const coverage = columnCoverage(unitIds, expected, expectedCount, present[column]);
    if (coverage.reported > 0) {
      values[column] = sumInOrder(figures[column], present[column], canonicalOrder);
    } else {
      values[column] = null;
      coverage.reason = expectedCount === 0 ? "no-reporters" : "not-reported";
    }
    columns[column] = coverage;
    trace[column] = traceOf(figures[column], present[column]);
  }

  const planSource = applyLevelPlans(code, plans, values, columns, plans ? "units" : "reports");

  return {
    row: {
      code,
      group: indicator.group,
      kind: indicator.kind,
      values,
      columns,
      coverage: rowCoverage(unitIds, expected, reported, expectedCount),
      planSource,
      ...pendingComparisons(),
      derived: null,
      trace,
    },
    expected,
    reported,
    present,
  };
}

/** Sum in canonical unit order, so the total does not depend on the input order. */
function sumInOrder(figures: Float64Array, present: Uint8Array, order: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (present[i] === 1) sum += figures[i]!;
  }
  return sum;
}

/** The public trace: plain numbers, null where the unit gave nothing. */
function traceOf(figures: Float64Array, present: Uint8Array): (number | null)[] {
  const out = new Array<number | null>(figures.length).fill(null);
  for (let i = 0; i < figures.length; i++) if (present[i] === 1) out[i] = figures[i]!;
  return out;
}
