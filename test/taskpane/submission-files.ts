/**
 * A unit's returned file, as a clerk would send it: the blank workbook the office exported
 * (written by the browser adapter), every figure filled with ExcelJS standing in for Excel.
 */
import ExcelJS from "exceljs";
import { unitWorkbookPlan } from "../../src/core/sheets/unit-sheet";
import { builtinTemplate } from "../../src/core/template/load-template";
import type { Unit } from "../../src/core/units/unit";
import { writeWorkbookBytes } from "../../src/taskpane/files/xlsx-browser";
import { unitFigureCells } from "./workbook-builders";

export async function submissionFile(
  unit: Unit,
  value: number | ((code: string) => number | string),
  period = "2024-10",
): Promise<Uint8Array> {
  const { plan, layout } = unitWorkbookPlan({
    template: builtinTemplate,
    unit,
    period: { code: period, label: period },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbookBytes(plan)).slice().buffer);
  const ws = wb.getWorksheet(plan.sheets[0]!.name)!;
  for (const cell of unitFigureCells(unit)) {
    const typed = typeof value === "number" ? value : value(cell.code);
    ws.getCell(cell.actual).value = typed;
    ws.getCell(cell.cumulative).value = typed;
  }
  ws.getCell(layout.inputs.reporter).value = "Nguyễn Thị Lan";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
