/**
 * The .xlsx host in Node: applies workbook plans and reads files into sheet snapshots. The
 * browser imports read-bytes.ts instead (the same reader, without node:* or Buffer).
 */
export { writeWorkbook, writeWorkbookFile, InvalidPlanError } from "./write-workbook";
export {
  readWorkbook,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CELLS,
  type ReadWorkbookOptions,
  type ReadWorkbookResult,
} from "./read-workbook";
export { readWorkbookBytes, type ReadBytesOptions, type PartUnzip } from "./read-bytes";
export { unzipWithZlib } from "./read/zip-parts";
export type { ReadError, ReadErrorCode } from "./errors";
