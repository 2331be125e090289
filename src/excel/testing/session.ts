/**
 * What outlives one Excel.run: the workbook, the counters, the fault knobs and the platform
 * the fake plays. One session per createFakeExcel call.
 */
import { FakeErrorCode, FakeExcelError } from "./fake-error";
import type { WorkbookModel } from "./model";

export interface FakeExcelOptions {
  /**
   * "web" (default) enforces Excel on the web's 5 MB request and response limit; "desktop"
   * does not, and trims custom property keys and values to 255 characters as desktop Excel
   * does (CustomPropertyCollection.add reference).
   */
  platform?: "web" | "desktop";
  /** The highest ExcelApi requirement set the fake supports, e.g. "1.7". Default "1.17". */
  excelApi?: string;
}

/** Excel on the web's payload limit: "requests and responses ... of 5MB" (resource limits page). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** One round trip as the fake measured it. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** The error code the round trip failed with, if it did. */
  error?: string;
}

export interface FakeCounters {
  /** Round trips made: syncs that had something to send (an empty sync sends nothing). */
  readonly roundTrips: number;
  /** UTF-8 bytes of each request, in order. */
  readonly requestBytes: readonly number[];
  /** UTF-8 bytes of each response, in order (0 for a round trip that failed). */
  readonly responseBytes: readonly number[];
  readonly syncs: readonly SyncRecord[];
  /** The options each Excel.run was called with, in order. */
  readonly runs: ReadonlyArray<{ delayForCellEdit: boolean }>;
}

export interface FakeFaults {
  /** Makes the k-th round trip (1-based, counted over the fake's life) fail before Excel applies anything. */
  failAtRoundTrip(k: number, error?: string | { code: string; message?: string }): void;
  /**
   * Puts the user in cell-edit mode: a round trip from an Excel.run without
   * `delayForCellEdit: true` fails with InvalidOperationInCellEditMode; with it, Excel waits
   * for the user and goes on (RunOptions.delayForCellEdit reference).
   */
  setCellEditMode(on: boolean): void;
}

function versionAtLeast(have: string, need: string): boolean {
  const [haveMajor = 0, haveMinor = 0] = have.split(".").map(Number);
  const [needMajor = 0, needMinor = 0] = need.split(".").map(Number);
  return haveMajor > needMajor || (haveMajor === needMajor && haveMinor >= needMinor);
}

export class FakeSession {
  readonly platform: "web" | "desktop";
  readonly excelApi: string;
  private readonly syncRecords: SyncRecord[] = [];
  private readonly runRecords: Array<{ delayForCellEdit: boolean }> = [];
  private readonly plannedFaults = new Map<number, FakeExcelError>();
  cellEditMode = false;
  readonly counters: FakeCounters;

  constructor(
    readonly workbook: WorkbookModel,
    options: FakeExcelOptions = {},
  ) {
    this.platform = options.platform ?? "web";
    this.excelApi = options.excelApi ?? "1.17";
    const syncs = this.syncRecords;
    const runs = this.runRecords;
    // Getters over copies, so a test holding the counters sees them grow but cannot edit them.
    this.counters = {
      get roundTrips() {
        return syncs.length;
      },
      get requestBytes() {
        return syncs.map((s) => s.requestBytes);
      },
      get responseBytes() {
        return syncs.map((s) => s.responseBytes);
      },
      get syncs() {
        return syncs.map((s) => ({ ...s }));
      },
      get runs() {
        return runs.map((r) => ({ ...r }));
      },
    };
  }

  supports(version: string): boolean {
    return versionAtLeast(this.excelApi, version);
  }

  /** office.js refuses an API above the host's requirement set at the call, synchronously. */
  requireApi(version: string, api: string): void {
    if (!this.supports(version)) {
      throw new FakeExcelError(
        FakeErrorCode.apiNotFound,
        api,
        `${api} needs ExcelApi ${version}; the fake plays ${this.excelApi}.`,
      );
    }
  }

  recordRun(options: { delayForCellEdit: boolean }): void {
    this.runRecords.push(options);
  }

  /** Starts a round trip: counts it and returns the fault planned for it, if any. */
  beginRoundTrip(requestBytes: number): { index: number; fault?: FakeExcelError } {
    this.syncRecords.push({ requestBytes, responseBytes: 0 });
    const index = this.syncRecords.length;
    return { index, fault: this.plannedFaults.get(index) };
  }

  endRoundTrip(index: number, outcome: { responseBytes: number } | { error: string }): void {
    const record = this.syncRecords[index - 1];
    if (!record) return;
    if ("error" in outcome) record.error = outcome.error;
    else record.responseBytes = outcome.responseBytes;
  }

  readonly faults: FakeFaults = {
    failAtRoundTrip: (k, error) => {
      const spec =
        typeof error === "string" ? { code: error } : (error ?? { code: FakeErrorCode.generalException });
      this.plannedFaults.set(k, new FakeExcelError(spec.code, "RequestContext.sync", spec.message));
    },
    setCellEditMode: (on) => {
      this.cellEditMode = on;
    },
  };
}
