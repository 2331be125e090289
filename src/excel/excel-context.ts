/**
 * The one door to Excel: every batch goes through runExcel, which calls Excel.run with
 * `delayForCellEdit` (Excel waits while the user is typing in a cell instead of failing), and
 * every requirement-set question goes through apiSupported. Nothing else in the project
 * touches the Excel or Office globals.
 */
import { errorCode } from "./host-result";

/** The lowest ExcelApi set the manifest declares (manifest.xml, docs/requirements.md). */
export const MIN_EXCEL_API = "1.8";

/** How often a batch refused in cell-edit mode is tried again before the error is returned. */
const CELL_EDIT_RETRIES = 2;

/**
 * Runs one batch in its own request context. Every batch of the host makes exactly one round
 * trip (it queues, syncs once, and reads plain data out), so a batch Excel refused as a whole
 * applied nothing and can be tried again. `delayForCellEdit` should make cell-edit refusals
 * impossible; the bounded retry covers hosts that ignore the option (docs/requirements.md).
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run({ delayForCellEdit: true }, batch);
    } catch (error) {
      if (attempt >= CELL_EDIT_RETRIES || errorCode(error) !== "InvalidOperationInCellEditMode") throw error;
    }
  }
}

/**
 * Runs a batch in an existing request context: removing an event handler must happen in the
 * context that added it (EventHandlerResult.remove).
 */
export async function runInContext<T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return Excel.run(context, batch);
}

/** Whether the Excel in use has ExcelApi `version` (false outside Office, e.g. in Node). */
export function apiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/**
 * Asks Excel not to recalculate until the next sync: a bulk write then costs one
 * recalculation instead of one per range (Application.suspendApiCalculationUntilNextSync,
 * ExcelApi 1.6, below our minimum). Called at the start of every write batch.
 */
export function suspendCalculation(context: Excel.RequestContext): void {
  context.application.suspendApiCalculationUntilNextSync();
}
