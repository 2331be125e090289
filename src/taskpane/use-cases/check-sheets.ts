/**
 * Checks the unit sheets of the workbook (the active one, or all) with the same parser and
 * validation the consolidation uses, and lists the findings with the cell each is about.
 */
import { validateAll } from "../../core/validate";
import { bySeverity, type PaneFinding } from "./findings";
import { readWorkbookState } from "./workbook-state";
import type { WorkbookPort } from "./workbook-port";

export type CheckScope = "active" | "all";

export type CheckResult =
  | { kind: "not-set-up" }
  /** The active sheet is not a unit's sheet (the summary, the plans...). */
  | { kind: "not-a-unit-sheet"; sheet: string }
  | { kind: "checked"; scope: CheckScope; sheets: string[]; findings: PaneFinding[] };

export async function checkSheets(port: WorkbookPort, scope: CheckScope): Promise<CheckResult> {
  const state = await readWorkbookState(port);
  const setup = state.setup;
  if (!setup) return { kind: "not-set-up" };
  let chosen = state.unitSheets;
  if (scope === "active") {
    const active = await port.activeSheet();
    chosen = state.unitSheets.filter((u) => u.snapshot.name === active);
    if (chosen.length === 0) return { kind: "not-a-unit-sheet", sheet: active };
  }

  const sheetOf = new Map(chosen.map((u) => [u.report.unitId.trim(), u.snapshot.name] as const));
  const findings: PaneFinding[] = [];
  for (const u of chosen)
    for (const p of u.problems)
      findings.push({
        id: `${u.snapshot.name}:${findings.length}`,
        severity: p.severity,
        unitId: u.report.unitId,
        sheet: u.snapshot.name,
        ...(p.address === undefined ? {} : { address: p.address }),
        message: { vi: p.vi, en: p.en },
      });
  const validation = validateAll(
    chosen.map((u) => u.report),
    {
      template: setup.template,
      units: setup.units,
      expectedPeriod: setup.period,
      accepted: Object.entries(setup.accepted).map(([unitId, reason]) => ({ unitId, reason })),
    },
  );
  for (const f of validation.findings) {
    const sheet = f.sheet ?? sheetOf.get(f.unitId);
    findings.push({
      id: `${sheet ?? f.unitId}:${findings.length}`,
      severity: f.severity,
      unitId: f.unitId,
      ...(sheet === undefined ? {} : { sheet }),
      ...(f.address === undefined ? {} : { address: f.address }),
      message: f.message,
    });
  }
  return {
    kind: "checked",
    scope,
    sheets: chosen.map((u) => u.snapshot.name),
    findings: bySeverity(findings),
  };
}
