/**
 * What the ribbon's ExecuteFunction buttons do, without the panel: the same use-cases the
 * panel calls. Consolidate writes the summary and activates it; Check sheet checks the
 * active unit sheet and selects the first cell in error (there is no panel to list findings,
 * so the cell itself is the answer; an unset workbook or a clean sheet changes nothing).
 */
import { checkSheets } from "../taskpane/use-cases/check-sheets";
import { consolidate } from "../taskpane/use-cases/consolidate";
import { selectFinding } from "../taskpane/use-cases/select-finding";
import type { WorkbookPort } from "../taskpane/use-cases/workbook-port";

export type CommandOutcome = "done" | "not-set-up" | "not-a-unit-sheet" | "clean";

export async function consolidateCommand(port: WorkbookPort, now: Date): Promise<CommandOutcome> {
  const result = await consolidate(port, { now });
  return result.kind === "done" ? "done" : "not-set-up";
}

export async function checkSheetCommand(port: WorkbookPort): Promise<CommandOutcome> {
  const result = await checkSheets(port, "active");
  if (result.kind !== "checked") return result.kind;
  const first = result.findings.find((f) => f.address !== undefined && f.severity === "error");
  if (!first) return "clean";
  await selectFinding(port, first);
  return "done";
}
