/**
 * The Plans sheet ("Kế hoạch"): one row per unit and indicator that carries a plan, plus the
 * consolidating level's own rows (unit "*"), for the office to fill. Its header names are the
 * ones the plans CSV reader accepts, so reading it back goes through that one parser
 * (parsePlansCsv) and a figure typed the Vietnamese way ("6.000.000,5") reads the same.
 */
import Papa from "papaparse";
import type { PlanTable } from "../../core/consolidate/plans";
import { parsePlansCsv, type PlansCsvProblem } from "../../core/plans/plans-csv";
import type { PlanCell, SheetPlan } from "../../core/sheets/plan-types";
import type { SheetSnapshot } from "../../core/sheets/snapshot";
import type { Template } from "../../core/template/schema";
import { reportsIndicator, type Unit } from "../../core/units/unit";

export const PLANS_SHEET = "Kế hoạch";
const HEADER = [
  "Mã đơn vị",
  "Tên đơn vị",
  "Mã chỉ tiêu",
  "Chỉ tiêu",
  "Đơn vị tính",
  "Kế hoạch",
  "Kế hoạch 2",
];
const HEADER_ROW = 3;

export function plansSheetPlan(template: Template, units: readonly Unit[], levelName: string): SheetPlan {
  const planned = template.indicators.filter(
    (i) => i.plans.plan !== undefined || i.plans.plan2 !== undefined,
  );
  const rows: PlanCell[][] = [];
  const row = (unitId: string, unitName: string, code: string): PlanCell[] => {
    const indicator = planned.find((i) => i.code === code)!;
    return [unitId, unitName, code, indicator.name.vi, indicator.uom.vi, null, null];
  };
  for (const indicator of planned) rows.push(row("*", levelName, indicator.code));
  for (const unit of units)
    for (const indicator of planned)
      if (reportsIndicator(unit, indicator)) rows.push(row(unit.id, unit.name, indicator.code));
  const last = HEADER_ROW + rows.length;
  return {
    name: PLANS_SHEET,
    blocks: [
      {
        at: "A1",
        rows: [
          ["KẾ HOẠCH, DỰ TOÁN GIAO (đơn vị tổng hợp điền)"],
          [
            'Điền cột "Kế hoạch" (và "Kế hoạch 2" nếu có dự toán thứ hai) bằng số, đơn vị như cột "Đơn vị tính". Dòng có mã đơn vị "*" là kế hoạch của cấp tổng hợp.',
          ],
          HEADER,
          ...rows,
        ],
      },
    ],
    styles: [
      { range: "A1", style: { bold: true, fontSize: 13 } },
      { range: `A${HEADER_ROW}:G${HEADER_ROW}`, style: { bold: true, fill: "#D9E1F2", border: "thin" } },
      ...(rows.length > 0 ? [{ range: `F${HEADER_ROW + 1}:G${last}`, style: { fill: "#FFF2CC" } }] : []),
    ],
    numberFormats: rows.length > 0 ? [{ range: `F${HEADER_ROW + 1}:G${last}`, format: "#,##0.0##" }] : [],
    columns: [
      { column: "A", width: 14 },
      { column: "B", width: 28 },
      { column: "C", width: 12 },
      { column: "D", width: 46 },
      { column: "E", width: 12 },
      { column: "F", width: 16 },
      { column: "G", width: 16 },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
  };
}

/** Figures as the CSV reader takes them: a decimal comma, no grouping. */
function csvCell(value: unknown): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  return typeof value === "string" ? value : "";
}

export function readPlansSheet(
  sheets: readonly SheetSnapshot[],
  template: Template,
  units: readonly Unit[],
): { plans: PlanTable; problems: PlansCsvProblem[] } | undefined {
  const sheet = sheets.find((s) => s.name === PLANS_SHEET);
  if (!sheet) return undefined;
  const start = sheet.values.findIndex((row) => row.some((c) => c === "Mã chỉ tiêu"));
  if (start < 0) return undefined;
  const text = Papa.unparse(sheet.values.slice(start).map((row) => row.map(csvCell)));
  return parsePlansCsv(text, { template, units });
}
