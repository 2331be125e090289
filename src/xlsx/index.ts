/** The .xlsx host: applies workbook plans and reads files into sheet snapshots (Node only). */
export { writeWorkbook, writeWorkbookFile, InvalidPlanError } from "./write-workbook";
export {
  readWorkbook,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CELLS,
  type ReadWorkbookOptions,
  type ReadWorkbookResult,
} from "./read-workbook";
export type { ReadError, ReadErrorCode } from "./errors";
