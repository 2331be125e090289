/**
 * The summary's outputs: the workbook plan (summary, reporting status, figures by unit,
 * findings) and the JSON summary. docs/summary-workbook.md and docs/summary-json.md.
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
export type { SummaryOutputInput, SummaryFinding, ConsolidatingLevel, SummaryLang } from "./summary-input";
export { periodLabels } from "./period-text";
