/**
 * A worker thread that reads .xlsx files into snapshots (ExcelJS parsing is the slow part of
 * a large run, and it is CPU work: two cores read two files at once). It answers each
 * request with what readWorkbook returned; snapshots are plain data, so they cross threads
 * as they are.
 */
import { parentPort } from "node:worker_threads";
// The reader alone, not the package index: a worker that never writes need not load ExcelJS.
import { readWorkbook } from "../../xlsx/read-workbook";
import type { ReadRequest, ReadResponse } from "./read-protocol";

parentPort?.on("message", (request: ReadRequest) => {
  void readWorkbook(request.path, { fileName: request.fileName }).then(
    (result) => parentPort?.postMessage({ id: request.id, result } satisfies ReadResponse),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        crash: error instanceof Error ? error.message : String(error),
      } satisfies ReadResponse),
  );
});
