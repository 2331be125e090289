/** The consolidation use-case: its entry point and the shapes it reads and returns. */
export { consolidate } from "./consolidate";
export type { ConsolidationInput } from "./consolidate";
export { ConsolidationInputError } from "./errors";
export { percentOrNull } from "./percent";
export type { PlanFigures, PlanTable } from "./plans";
export type * from "./summary-types";
export { contribution, summaryRow } from "./summary-lookup";
