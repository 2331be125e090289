/**
 * The Plans sheet ("Kế hoạch"): one row per unit and indicator that carries a plan, plus the
 * consolidating level's own rows (unit "*"), for the office to fill; and the one door through
 * which the filled sheet comes back as a PlanTable.
 *
 * Layout (rows 1-2 title and how-to, row 3 the header, figures from row 4):
 *   A "Mã đơn vị" | B "Tên đơn vị" | C "Mã chỉ tiêu" | D "Chỉ tiêu" | E "Đơn vị tính" |
 *   F "Kế hoạch" | G "Kế hoạch 2"
 * F and G are the input cells (yellow). The header names are the ones the plans CSV accepts
 * (src/core/plans/plans-csv.ts), so a sheet copied out as CSV reads the same.
 *
 * What the parser relies on: the header row, found by its content ("Mã chỉ tiêu" and
 * "Kế hoạch", or the CSV's English keys), wherever it is; columns are found by header name,
 * never by position. What it tolerates: moved or inserted rows and columns, blank rows, rows
 * whose plans are not typed yet (skipped: an office may have no plan for some units), figures
 * typed as text the Vietnamese way ("6.000.000,5"). What it rejects, each with the cell and a
 * message in Vietnamese and English, skipping the row: an unknown unit or indicator, a plan
 * column the indicator does not have, a figure that is not a number or is negative, the same
 * unit and indicator twice. Never throws on any snapshot.
 */
import type { PlanFigures, PlanTable } from "../consolidate/plans";
import { readNumber } from "../numbers";
import type { PlanColumn } from "../template/columns";
import type { Indicator, Template } from "../template/schema";
import { reportsIndicator, type Unit } from "../units/unit";
import { cellAddress, parseAddress } from "./a1";
import type { PlanCell, SheetPlan } from "./plan-types";
import type { SheetSnapshot } from "./snapshot";
import { normaliseLabel } from "./unit-sheet-layout";

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
/** The row of HEADER; figures start below it. */
export const PLANS_HEADER_ROW = 3;
/** The unit cell that means "the consolidating level itself" (blank is read the same). */
const LEVEL_MARK = "*";

export function plansSheetPlan(template: Template, units: readonly Unit[], levelName: string): SheetPlan {
  const planned = template.indicators.filter(
    (i) => i.plans.plan !== undefined || i.plans.plan2 !== undefined,
  );
  const row = (unitId: string, unitName: string, indicator: Indicator): PlanCell[] => [
    unitId,
    unitName,
    indicator.code,
    indicator.name.vi,
    indicator.uom.vi,
    null,
    null,
  ];
  const rows: PlanCell[][] = planned.map((indicator) => row(LEVEL_MARK, levelName, indicator));
  for (const unit of units)
    for (const indicator of planned)
      if (reportsIndicator(unit, indicator)) rows.push(row(unit.id, unit.name, indicator));
  const inputs = `F${PLANS_HEADER_ROW + 1}:G${PLANS_HEADER_ROW + rows.length}`;
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
      {
        range: `A${PLANS_HEADER_ROW}:G${PLANS_HEADER_ROW}`,
        style: { bold: true, fill: "#D9E1F2", border: "thin" },
      },
      ...(rows.length > 0 ? [{ range: inputs, style: { fill: "#FFF2CC" } }] : []),
    ],
    numberFormats: rows.length > 0 ? [{ range: inputs, format: "#,##0.0##" }] : [],
    columns: [
      { column: "A", width: 14 },
      { column: "B", width: 28 },
      { column: "C", width: 12 },
      { column: "D", width: 46 },
      { column: "E", width: 12 },
      { column: "F", width: 16 },
      { column: "G", width: 16 },
    ],
    freeze: { rows: PLANS_HEADER_ROW, columns: 0 },
  };
}

/** A problem of the filled Plans sheet, at the cell it concerns. */
export interface PlansSheetProblem {
  /** error: the row was skipped; warning: the row was read, with a guess worth checking. */
  severity: "error" | "warning";
  sheet: string;
  /** A1 address on the sheet; absent for the sheet as a whole (no header row). */
  address?: string;
  vi: string;
  en: string;
}

export interface PlansSheetResult {
  plans: PlanTable;
  problems: PlansSheetProblem[];
}

export interface ParsePlansSheetOptions {
  template: Template;
  units: readonly Unit[];
}

type Field = "unit" | "code" | PlanColumn;

/** Header names (normalised) -> field: the sheet's own, and the plans CSV's English keys. */
const FIELDS: Readonly<Record<string, Field>> = {
  "mã đơn vị": "unit",
  unit: "unit",
  "mã chỉ tiêu": "code",
  code: "code",
  "kế hoạch": "plan",
  plan: "plan",
  "kế hoạch 2": "plan2",
  plan2: "plan2",
};

export function parsePlansSheet(snapshot: SheetSnapshot, options: ParsePlansSheetOptions): PlansSheetResult {
  const plans: PlanTable = { units: {}, level: {} };
  const problems: PlansSheetProblem[] = [];
  const sheet = typeof snapshot?.name === "string" ? snapshot.name : "";
  const at = (address: string | undefined, severity: PlansSheetProblem["severity"], vi: string, en: string) =>
    problems.push({ severity, sheet, ...(address ? { address } : {}), vi, en });
  const origin = parseAddress(typeof snapshot?.origin === "string" ? snapshot.origin : "A1") ?? {
    row: 1,
    column: 1,
  };
  const values: unknown[][] = Array.isArray(snapshot?.values)
    ? snapshot.values.map((row) => (Array.isArray(row) ? row : []))
    : [];

  const header = findHeader(values);
  if (!header) {
    at(
      undefined,
      "error",
      `Trang "${sheet}" không có dòng tiêu đề (cột "Mã chỉ tiêu" và "Kế hoạch"): chưa đọc được kế hoạch nào.`,
      `The sheet "${sheet}" has no header row (columns "Mã chỉ tiêu" and "Kế hoạch"): no plan was read.`,
    );
    return { plans, problems };
  }

  const indicators = new Map(options.template.indicators.map((i) => [i.code, i] as const));
  const unitIds = new Set(options.units.map((u) => u.id));
  const seen = new Set<string>();
  for (let r = header.index + 1; r < values.length; r++) {
    const row = values[r]!;
    const address = (field: Field) => {
      const column = header.columns[field];
      return column === undefined ? undefined : cellAddress(origin.row + r, origin.column + column);
    };
    const cell = (field: Field) => {
      const column = header.columns[field];
      return column === undefined ? undefined : row[column];
    };
    const written = { plan: cell("plan"), plan2: cell("plan2") };
    if (isBlank(written.plan) && isBlank(written.plan2)) continue;

    const unit = text(cell("unit"));
    const code = text(cell("code"));
    const level = unit === "" || unit === LEVEL_MARK;
    if (code === "") {
      at(
        address("code"),
        "error",
        `Ô ${address("code")}: thiếu mã chỉ tiêu; kế hoạch ở dòng này chưa được đọc.`,
        `Cell ${address("code")}: the indicator code is missing; the plan on this row was not read.`,
      );
      continue;
    }
    if (!level && !unitIds.has(unit)) {
      at(
        address("unit"),
        "error",
        `Ô ${address("unit")}: không có đơn vị mã "${unit}" trong danh sách đơn vị.`,
        `Cell ${address("unit")}: there is no unit "${unit}" in the units list.`,
      );
      continue;
    }
    const indicator = indicators.get(code);
    if (!indicator) {
      at(
        address("code"),
        "error",
        `Ô ${address("code")}: mẫu biểu không có chỉ tiêu mã "${code}".`,
        `Cell ${address("code")}: the template has no indicator "${code}".`,
      );
      continue;
    }
    const key = `${level ? LEVEL_MARK : unit}\u0000${code}`;
    if (seen.has(key)) {
      const who = level ? { vi: "cấp tổng hợp", en: "the consolidating level" } : { vi: unit, en: unit };
      at(
        address("code"),
        "error",
        `Ô ${address("code")}: kế hoạch chỉ tiêu ${code} của ${who.vi} đã có ở dòng trên; dòng này bị bỏ qua.`,
        `Cell ${address("code")}: the plan of ${code} for ${who.en} is given above; this row is skipped.`,
      );
      continue;
    }

    const figures: PlanFigures = {};
    let skipped = false;
    for (const column of ["plan", "plan2"] as const) {
      if (isBlank(written[column])) continue;
      const where = address(column)!;
      if (!indicator.plans[column]) {
        at(
          where,
          "error",
          `Ô ${where}: chỉ tiêu ${code} không có ${column === "plan" ? "kế hoạch" : "kế hoạch thứ hai"} trong mẫu biểu.`,
          `Cell ${where}: indicator ${code} has no ${column === "plan" ? "plan" : "second plan"} in the template.`,
        );
        skipped = true;
        continue;
      }
      const read = readFigure(written[column], indicator);
      if (!read.ok) {
        at(where, "error", `Ô ${where}: ${read.vi}`, `Cell ${where}: ${read.en}`);
        skipped = true;
        continue;
      }
      if (read.note) at(where, "warning", `Ô ${where}: ${read.note.vi}`, `Cell ${where}: ${read.note.en}`);
      figures[column] = read.value;
    }
    if (skipped) continue;
    seen.add(key);
    if (level) plans.level[code] = figures;
    else (plans.units[unit] ??= {})[code] = figures;
  }
  return { plans, problems };
}

interface Header {
  index: number;
  columns: Partial<Record<Field, number>>;
}

/** The first row naming both the code and the plan column; a field named twice keeps its first column. */
function findHeader(values: readonly unknown[][]): Header | undefined {
  for (let index = 0; index < values.length; index++) {
    const columns: Partial<Record<Field, number>> = {};
    values[index]!.forEach((cell, column) => {
      const field = typeof cell === "string" ? FIELDS[normaliseLabel(cell)] : undefined;
      if (field && columns[field] === undefined) columns[field] = column;
    });
    if (columns.code !== undefined && columns.plan !== undefined) return { index, columns };
  }
  return undefined;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

type Figure =
  { ok: true; value: number; note?: { vi: string; en: string } } | { ok: false; vi: string; en: string };

/** A typed plan: a number as Excel holds it, or text read the way people type figures. */
function readFigure(value: unknown, indicator: Indicator): Figure {
  let read: Figure;
  if (typeof value === "number" && Number.isFinite(value)) read = { ok: true, value };
  else if (typeof value === "string") {
    const parsed = readNumber(value, { valueType: indicator.valueType });
    read = parsed.ok
      ? { ok: true, value: parsed.value, ...(parsed.note ? { note: parsed.note } : {}) }
      : {
          ok: false,
          vi: `"${value.trim()}" không phải số (${parsed.reason.vi})`,
          en: `"${value.trim()}" is not a number (${parsed.reason.en})`,
        };
  } else read = { ok: false, vi: "ô không chứa số.", en: "the cell does not hold a number." };
  if (read.ok && read.value < 0)
    return {
      ok: false,
      vi: `kế hoạch không được âm (${read.value}).`,
      en: `a plan cannot be negative (${read.value}).`,
    };
  return read;
}
