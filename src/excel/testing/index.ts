/**
 * The faithful in-memory fake of the Excel JavaScript API the host is proven on (see
 * docs/excel-fake.md for what it models and what it does not).
 */
export { createFakeExcel } from "./create-fake-excel";
export type {
  FakeExcel,
  FakeExcelNamespace,
  FakeOfficeNamespace,
  WorkbookInspector,
} from "./create-fake-excel";
export { FakeErrorCode, FakeExcelError, FakeExcelMisuseError } from "./fake-error";
export type { FakeCounters, FakeExcelOptions, FakeFaults, SyncRecord } from "./session";
export { PAYLOAD_LIMIT_BYTES } from "./session";
export type { CellJson, NameJson, SheetJson, WorkbookJson } from "./workbook-json";
export type { CellValue, Style, StyleValue } from "./model";
