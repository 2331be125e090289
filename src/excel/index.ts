/**
 * The Excel host: the only code that calls Excel.run and context.sync. It applies workbook
 * plans and reads sheets back as snapshots in a constant number of round trips
 * (docs/excel-host.md).
 */
export { readSheets, READ_BYTES_PER_CELL } from "./read-sheets";
export type { ReadSheetsOptions, ReadSheetsValue } from "./read-sheets";
export { applyWorkbookPlan } from "./apply-workbook-plan";
export type { ApplyOptions, ApplyValue, ExistingSheets } from "./apply-workbook-plan";
export { writeSummaryAtomically } from "./write-summary";
export type { SummaryWriteOptions, SummaryWriteValue } from "./write-summary";
export { listSheets } from "./list-sheets";
export type { ListedSheet } from "./list-sheets";
export { apiSupported, MIN_EXCEL_API } from "./excel-context";
export { HostMisuseError } from "./host-result";
export type { HostFailure, HostResult, HostStage } from "./host-result";
export type { HostNote } from "./capabilities";
export { selectCell, activateSheet, activeSheetName, onSheetChanged, SHEET_EVENTS_API } from "./selection";
