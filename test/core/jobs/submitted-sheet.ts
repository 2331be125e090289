/**
 * Builder of a submitted sheet as a host hands it to the job: the unit sheet our plan
 * lays out, read back as a grid, with the figures the clerk typed and the date sent.
 *   submittedSheet({ unit: W1, figures: { A01: { actual: 100 } }, sent: "03/11/2024" })
 */
import type { SubmittedSheet } from "../../../src/core/jobs";
import { unitWorkbookPlan } from "../../../src/core/sheets/unit-sheet";
import type { ColumnKey } from "../../../src/core/template/columns";
import type { Unit } from "../../../src/core/units/unit";
import { smallTemplate } from "../summary/small-template";
import { snapshotOf } from "../summary/plan-grid";
import { parseAddress } from "../../../src/core/sheets/a1";

export interface SheetSpec {
  unit: Unit;
  figures: Record<string, Partial<Record<ColumnKey, number | string>>>;
  /** What the clerk typed in "Ngày gửi:". */
  sent?: string;
  file?: string;
  period?: string;
}

export function submittedSheet(spec: SheetSpec): SubmittedSheet {
  const period = spec.period ?? "2024-10";
  const { plan, layout } = unitWorkbookPlan({
    template: smallTemplate,
    unit: spec.unit,
    period: { code: period, label: period },
  });
  const sheet = plan.sheets[0]!;
  const [workbook, own] = plan.metadata!;
  const snapshot = snapshotOf(sheet, own!.entries);
  const put = (address: string, value: unknown) => {
    const { row, column } = parseAddress(address)!;
    (snapshot.values[row - 1] ??= [])[column - 1] = value;
  };
  for (const [code, figures] of Object.entries(spec.figures))
    for (const [key, value] of Object.entries(figures))
      put(`${layout.columns[key as ColumnKey]}${layout.indicatorRows[code]}`, value);
  if (spec.sent !== undefined) put(layout.inputs.sentDate, spec.sent);
  return {
    source: { ...(spec.file === undefined ? {} : { file: spec.file }), sheet: sheet.name },
    snapshot,
    workbookMetadata: { ...workbook!.entries },
  };
}
