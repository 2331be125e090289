/**
 * What the ribbon's ExecuteFunction buttons do, without the panel: the same use-cases the
 * panel calls. Consolidate writes the summary and activates it; Check sheet checks the
 * active unit sheet and selects the first cell in error (there is no panel to list findings,
 * so the cell itself is the answer; an unset workbook or a clean sheet changes nothing).
 * A history sheet with a row that cannot be read, or a crosswalk sheet with an error, stops
 * Consolidate: the first such row is selected, for the same reason.
 */
import { checkSheets } from "../taskpane/use-cases/check-sheets";
import { consolidate } from "../taskpane/use-cases/consolidate";
import { selectFinding } from "../taskpane/use-cases/select-finding";
import type { WorkbookPort } from "../taskpane/use-cases/workbook-port";

export type CommandOutcome =
  "done" | "not-set-up" | "not-a-unit-sheet" | "clean" | "history-unreadable" | "crosswalk-unusable";

export async function consolidateCommand(port: WorkbookPort, now: Date): Promise<CommandOutcome> {
  const result = await consolidate(port, { now });
  if (result.kind === "history-unreadable" || result.kind === "crosswalk-unusable") {
    const row = result.problems.find((p) => p.row > 0)?.row;
    if (row === undefined) await port.activateSheet(result.sheet);
    else await port.selectCell(result.sheet, `A${row}`);
  }
  return result.kind;
}

export async function checkSheetCommand(port: WorkbookPort): Promise<CommandOutcome> {
  const result = await checkSheets(port, "active");
  if (result.kind !== "checked") return result.kind;
  const first = result.findings.find((f) => f.address !== undefined && f.severity === "error");
  if (!first) return "clean";
  await selectFinding(port, first);
  return "done";
}
