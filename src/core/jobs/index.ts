/** Use-cases that the command line and the Excel task pane call: consolidation and unit templates. */
export { runConsolidationJob } from "./consolidation-job";
export type {
  ConsolidationJobInput,
  ConsolidationJobResult,
  SubmittedSheet,
  SubmissionOutcome,
  UnitResult,
} from "./job-types";
export { JOB_CHECKS, sheetFinding, validationFinding } from "./job-findings";
export type { Source } from "./job-findings";
export { templateJob } from "./template-job";
export { lastYearFigures, unitSheetWithLastYear } from "./last-year-sheet";
export type { LastYearInput, UnitSheetWithLastYear } from "./last-year-sheet";
export type { TemplateJobInput, UnitWorkbook } from "./template-job";
export type { NarrativeOptions } from "./narratives";
