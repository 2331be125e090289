/**
 * The consolidating office may accept a unit whose report has errors, with a reason (a
 * figure confirmed by phone, a late correction promised). Acceptance is the office's
 * decision, given to validation as input; an acceptance without a reason does not count.
 */
export interface Acceptance {
  unitId: string;
  reason: string;
  /** Who accepted, when known. */
  by?: string;
}

export function acceptanceFor(
  unitId: string,
  acceptances: readonly Acceptance[] | undefined,
): Acceptance | undefined {
  return acceptances?.find((a) => a.unitId === unitId && a.reason.trim() !== "");
}
