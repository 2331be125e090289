/**
 * What the task pane asks of Excel besides plans and snapshots: show a cell, show a sheet,
 * which sheet is in front, and "tell me when cells change". Each is one small batch through
 * runExcel (which syncs when the batch ends). Failures come back as HostResult values.
 */
import { apiSupported, runExcel, runInContext } from "./excel-context";
import type { HostResult } from "./host-result";
import { hostFailure } from "./host-result";

const unchanged = { vi: "Sổ làm việc không bị thay đổi.", en: "The workbook was not changed." };

async function attempt<T>(what: () => Promise<T>): Promise<HostResult<T>> {
  try {
    return { ok: true, value: await what() };
  } catch (error) {
    return { ok: false, failure: hostFailure("inspect", error, unchanged) };
  }
}

/** Brings `sheet` to the front and selects `address` on it (Range.select selects on the active sheet). */
export async function selectCell(sheet: string, address: string): Promise<HostResult<void>> {
  return attempt(() =>
    runExcel(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      return Promise.resolve();
    }),
  );
}

export async function activateSheet(sheet: string): Promise<HostResult<void>> {
  return attempt(() =>
    runExcel(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      return Promise.resolve();
    }),
  );
}

export async function activeSheetName(): Promise<HostResult<string>> {
  return attempt(async () => {
    const sheet = await runExcel(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load("name");
      return Promise.resolve(active);
    });
    return sheet.name;
  });
}

/** WorksheetCollection.onChanged needs ExcelApi 1.9 (above the manifest's 1.8). */
export const SHEET_EVENTS_API = "1.9";

/**
 * Calls `handler` with the sheet's name whenever cells change on any sheet. Returns the
 * unsubscribe. Below ExcelApi 1.9 nothing is subscribed (the pane checks on request) and the
 * unsubscribe does nothing. The handler is removed in the context it was added in, as Office
 * requires ("Remove an event handler", Excel events docs).
 */
export function onSheetChanged(handler: (sheet: string) => void): () => void {
  let stopped = false;
  let remove: (() => Promise<void>) | undefined;
  if (!apiSupported(SHEET_EVENTS_API)) return () => undefined;
  void runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    const registration = worksheets.onChanged.add(async (event) => {
      if (stopped) return;
      // The event names the sheet by id: one round trip for its name, in the event's own batch.
      const name = await runExcel(async (inner) => {
        const sheet = inner.workbook.worksheets.getItem(event.worksheetId).load("name");
        await inner.sync();
        return sheet.name;
      }).catch(() => undefined);
      if (name !== undefined && !stopped) handler(name);
    });
    await context.sync();
    remove = () =>
      runInContext(registration.context as Excel.RequestContext, async (same) => {
        registration.remove();
        await same.sync();
      });
    if (stopped) await remove().catch(() => undefined);
  }).catch(() => undefined);
  return () => {
    if (stopped) return;
    stopped = true;
    void remove?.().catch(() => undefined);
  };
}
