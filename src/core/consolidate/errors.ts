/**
 * Consolidation trusts its input: reports are clean (validation made them), one per unit.
 * Breaking that is a programming error in the caller, so it throws; bad data never does.
 */
export class ConsolidationInputError extends Error {
  override name = "ConsolidationInputError";
}

/** Reports and plans are clean by contract: a figure that is not a finite number is the caller's bug. */
export function assertFigure(value: unknown, code: string, column: string, who: string): void {
  if (typeof value === "number" && Number.isFinite(value)) return;
  throw new ConsolidationInputError(`${code}.${column} of ${who} is not a finite number: ${String(value)}.`);
}
