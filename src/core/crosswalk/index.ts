/** Reorganised units: last year's figures rebuilt on the new boundaries (docs/history-and-crosswalk.md). */
export { CROSSWALK_BASIS, NOT_COMPARABLE } from "./crosswalk-types";
export type { Crosswalk, CrosswalkRow } from "./crosswalk-types";
export { parseCrosswalkCsv } from "./crosswalk-csv";
export type { CrosswalkCsvContext, CrosswalkCsvResult, CrosswalkProblem } from "./crosswalk-csv";
export { applyCrosswalk } from "./apply-crosswalk";
export type {
  ApplyCrosswalkOptions,
  CrosswalkResult,
  NotComparable,
  NotComparableReason,
} from "./apply-crosswalk";
