/**
 * Charts of the summary are described with the plan format's ChartPlan (src/core/sheets/
 * plan-types.ts), re-exported here for the summary's modules and its public index.
 */
export type { ChartPlan, ChartRange } from "../sheets/plan-types";
