/**
 * The formulas of the summary sheet. Each one computes on the sheet exactly what the core
 * computed (src/core/consolidate/percent.ts): part / base x scale, left to right, and a
 * blank ("") where the core has no value because a figure is missing or the base is zero.
 * ISNUMBER guards blanks and the "" of another formula; `base<>0` guards division.
 */
import type { PlanFormula } from "../sheets/plan-types";

/** =IF(AND(ISNUMBER(H9),ISNUMBER(E9),E9<>0),H9/E9*100,"") with its cached result. */
export function ratioFormula(part: string, base: string, scale: number, result: number | null): PlanFormula {
  const formula = `=IF(AND(ISNUMBER(${part}),ISNUMBER(${base}),${base}<>0),${part}/${base}*${scale},"")`;
  // The cached result lets a reader that does not calculate (a preview, our own .xlsx reader)
  // see the core's figure; Excel and LibreOffice recalculate it.
  return result === null ? { formula } : { formula, result };
}
