/**
 * The summary's outputs: the workbook plan (summary, written report, reporting status,
 * figures by unit, findings, charts, history) and the JSON summary. docs/summary-workbook.md and docs/summary-json.md.
 */
export {
  summaryWorkbookPlan,
  summaryWorkbook,
  SUMMARY_METADATA_KEYS,
  SUMMARY_KIND,
} from "./summary-workbook";
export type { SummarySheetNames } from "./summary-workbook";
export { SUMMARY_EXTRA_KEYS } from "./summary-sheet";
export type { SummarySheetLayout, SummaryColumnKey } from "./summary-sheet";
export { summaryJson } from "./summary-json";
export { SUMMARY_JSON_SCHEMA } from "./summary-json-types";
export type { SummaryJson, IndicatorJson, UnitJson, FindingJson, PercentageJson } from "./summary-json-types";
export type {
  SummaryOutputInput,
  SummaryFinding,
  ConsolidatingLevel,
  SummaryLang,
  SamePeriodSource,
  SamePeriodUse,
  NotComparableMark,
} from "./summary-input";
export type { ChartPlan, ChartRange } from "./chart-plan";
export { readHistorySheet } from "./history-sheet";
export type { HistorySheetLayout, HistorySheetProblem } from "./history-sheet";
export { periodLabels } from "./period-text";
