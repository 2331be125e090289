/**
 * The working state of one row while a summary is built: the public row plus, per unit
 * index, who is expected, who reported and whose figure went into each column. The flags
 * are typed arrays so that derived rows and year-on-year checks can compare unit sets
 * without allocating anything per cell.
 */
import type { ValueColumn } from "../template/columns";
import { VALUE_COLUMNS } from "../template/columns";
import type { ColumnCoverage, Coverage, SummaryRow } from "./summary-types";

export interface RowWork {
  row: SummaryRow;
  /** 1 where the unit is expected to report the indicator. */
  expected: Uint8Array;
  /** 1 where the unit reported the indicator (for a derived row: both operands). */
  reported: Uint8Array;
  /** Per column, 1 where the unit's figure went into the value. */
  present: Record<ValueColumn, Uint8Array>;
}

export function presenceArrays(n: number): Record<ValueColumn, Uint8Array> {
  const out = {} as Record<ValueColumn, Uint8Array>;
  for (const column of VALUE_COLUMNS) out[column] = new Uint8Array(n);
  return out;
}

/** The expected units without a flag, in units order (counted first: one exact allocation). */
export function missingIds(unitIds: readonly string[], expected: Uint8Array, flags: Uint8Array): string[] {
  let count = 0;
  for (let i = 0; i < expected.length; i++) count += expected[i]! & (flags[i]! ^ 1);
  const missing = new Array<string>(count);
  let k = 0;
  for (let i = 0; k < count; i++) {
    if (expected[i] === 1 && flags[i] === 0) missing[k++] = unitIds[i]!;
  }
  return missing;
}

export function countFlags(flags: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < flags.length; i++) count += flags[i]!;
  return count;
}

/** Whether two columns' figures come from exactly the same units. */
export function sameUnits(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function columnCoverage(
  unitIds: readonly string[],
  expected: Uint8Array,
  expectedCount: number,
  present: Uint8Array,
): ColumnCoverage {
  const missing = missingIds(unitIds, expected, present);
  const reported = expectedCount - missing.length;
  return {
    expected: expectedCount,
    reported,
    missing,
    partial: reported > 0 && reported < expectedCount,
    reason: null,
  };
}

/** Placeholders until addComparisons fills them, once every row has its values. */
export function pendingComparisons(): Pick<SummaryRow, "completion" | "samePeriod"> {
  return {
    completion: { plan: { value: null, reason: null }, plan2: { value: null, reason: null } },
    samePeriod: { ratio: { value: null, reason: null }, growth: null },
  };
}

/** A row's coverage: the expected units without a figure of their own, and whether the total is partial. */
export function rowCoverage(
  unitIds: readonly string[],
  expected: Uint8Array,
  reported: Uint8Array,
  expectedCount: number,
): Coverage {
  const missing = missingIds(unitIds, expected, reported);
  const reportedCount = expectedCount - missing.length;
  return {
    expected: expectedCount,
    reported: reportedCount,
    missing,
    partial: reportedCount > 0 && reportedCount < expectedCount,
  };
}
