/**
 * Blank unit workbooks for units that work by file: one .xlsx per unit, with the plans the
 * office typed and last year's figures from the history the workbook keeps (on the new
 * boundaries with its crosswalk), made by the same
 * template job the command line uses. The .xlsx writer is loaded here, on demand, so it stays
 * out of the first screen's bundle.
 */
import { templateJob } from "../../core/jobs";
import { readKeptCrosswalk } from "./kept-crosswalk";
import { readKeptHistory } from "./kept-history";
import { readWorkbookState } from "./workbook-state";
import type { WorkbookPort } from "./workbook-port";

/** Hands a finished file to the user (a download in the browser). */
export type SaveFile = (fileName: string, bytes: Uint8Array) => Promise<void> | void;

export type ExportResult = { kind: "not-set-up" } | { kind: "exported"; files: string[] };

export async function exportUnitWorkbooks(
  port: WorkbookPort,
  save: SaveFile,
  onFile?: (done: number, total: number) => void,
): Promise<ExportResult> {
  const { setup, plans, sheets } = await readWorkbookState(port);
  if (!setup) return { kind: "not-set-up" };
  const kept = readKeptHistory(sheets);
  const history = kept.kind === "none" ? undefined : kept.records;
  // A crosswalk with errors is left out: the units then type last year's figures themselves.
  const crosswalk = readKeptCrosswalk(sheets, setup.units, history);
  const workbooks = templateJob({
    template: setup.template,
    units: setup.units,
    period: setup.period,
    ...(setup.deadline ? { deadline: setup.deadline } : {}),
    ...(plans ? { plans } : {}),
    ...(history ? { history } : {}),
    ...(crosswalk.kind === "ok" ? { crosswalk: crosswalk.crosswalk } : {}),
  });
  const { writeWorkbookBytes } = await import(/* webpackChunkName: "xlsx" */ "../files/xlsx-browser");
  const files: string[] = [];
  for (const workbook of workbooks) {
    await save(workbook.fileName, await writeWorkbookBytes(workbook.plan));
    files.push(workbook.fileName);
    onFile?.(files.length, workbooks.length);
  }
  return { kind: "exported", files };
}
