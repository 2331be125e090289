/**
 * Plans from a CSV the consolidating office keeps (docs/cli.md, "plans.csv"): a header row
 * naming the columns unit, code, plan, plan2 (Vietnamese headers "đơn vị", "mã chỉ tiêu",
 * "kế hoạch", "kế hoạch 2" are accepted too), then one row per unit and indicator. A blank
 * unit, or "*", is the consolidating level's own plan. Figures are read as people type them
 * ("6.000.000,5" the Vietnamese way). Bad rows are reported with their line number and
 * skipped; nothing throws.
 */
import Papa from "papaparse";
import type { PlanFigures, PlanTable } from "../consolidate/plans";
import { readNumber } from "../numbers";
import type { PlanColumn } from "../template/columns";
import type { Indicator, Template } from "../template/schema";
import type { Unit } from "../units/unit";

export interface PlansCsvProblem {
  /** 1-based line in the file; 0 for the file as a whole. */
  line: number;
  /** error: the row was skipped; warning: the row was read, with a guess worth checking. */
  severity: "error" | "warning";
  vi: string;
  en: string;
}

export interface PlansCsvResult {
  plans: PlanTable;
  problems: PlansCsvProblem[];
}

/** What the rows are checked against; without it any unit and code is taken. */
export interface PlansCsvContext {
  template?: Template;
  units?: readonly Unit[];
}

type Field = "unit" | "code" | PlanColumn;

const HEADER_ALIASES: Record<string, Field> = {
  unit: "unit",
  "đơn vị": "unit",
  "mã đơn vị": "unit",
  code: "code",
  mã: "code",
  "mã chỉ tiêu": "code",
  plan: "plan",
  "kế hoạch": "plan",
  "dự toán": "plan",
  plan2: "plan2",
  "kế hoạch 2": "plan2",
  "dự toán 2": "plan2",
};

/** The unit cell that means "the consolidating level itself". */
const LEVEL_MARKS = new Set(["", "*"]);

export function parsePlansCsv(text: string, context: PlansCsvContext = {}): PlansCsvResult {
  const plans: PlanTable = { units: {}, level: {} };
  const problems: PlansCsvProblem[] = [];
  const input = typeof text === "string" ? text.replace(/^\uFEFF/, "") : "";
  const rows = Papa.parse<string[]>(input, { skipEmptyLines: "greedy" }).data;
  const header = rows[0];
  if (!header) return { plans, problems: [error(0, "Tệp kế hoạch trống.", "The plans file is empty.")] };

  const fields = header.map((cell) => HEADER_ALIASES[normalise(cell)]);
  for (const needed of ["code", "plan"] as const)
    if (!fields.includes(needed))
      problems.push(
        error(1, `Dòng tiêu đề thiếu cột "${needed}".`, `The header row has no "${needed}" column.`),
      );
  if (problems.length > 0) return { plans, problems };

  const indicators = new Map(context.template?.indicators.map((i) => [i.code, i] as const));
  const unitIds = context.units ? new Set(context.units.map((u) => u.id)) : undefined;
  const seen = new Set<string>();

  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const record: Partial<Record<Field, string>> = {};
    fields.forEach((field, col) => {
      if (field) record[field] = (row[col] ?? "").trim();
    });
    const unit = record.unit ?? "";
    const code = record.code ?? "";
    const level = LEVEL_MARKS.has(unit);
    const who = level ? { vi: "cấp tổng hợp", en: "the consolidating level" } : { vi: unit, en: unit };

    if (code === "") {
      problems.push(
        error(line, `Dòng ${line}: thiếu mã chỉ tiêu.`, `Line ${line}: the indicator code is missing.`),
      );
      return;
    }
    if (!level && unitIds && !unitIds.has(unit)) {
      problems.push(
        error(
          line,
          `Dòng ${line}: không có đơn vị mã "${unit}" trong danh sách đơn vị.`,
          `Line ${line}: there is no unit "${unit}" in the units list.`,
        ),
      );
      return;
    }
    const indicator = indicators.get(code);
    if (context.template && !indicator) {
      problems.push(
        error(
          line,
          `Dòng ${line}: mẫu biểu không có chỉ tiêu mã "${code}".`,
          `Line ${line}: the template has no indicator "${code}".`,
        ),
      );
      return;
    }
    const key = `${level ? "*" : unit}\u0000${code}`;
    if (seen.has(key)) {
      problems.push(
        error(
          line,
          `Dòng ${line}: kế hoạch chỉ tiêu ${code} của ${who.vi} đã có ở dòng trên; dòng này bị bỏ qua.`,
          `Line ${line}: the plan of ${code} for ${who.en} is given above; this line is skipped.`,
        ),
      );
      return;
    }

    const figures: PlanFigures = {};
    for (const column of ["plan", "plan2"] as const) {
      const written = record[column] ?? "";
      if (written === "") continue;
      const read = readFigure(written, indicator, column, line);
      if (read.problem) problems.push(read.problem);
      if (read.value === undefined) return;
      if (indicator && !indicator.plans[column]) {
        problems.push(
          error(
            line,
            `Dòng ${line}: chỉ tiêu ${code} không có cột ${column} trong mẫu biểu.`,
            `Line ${line}: indicator ${code} has no ${column} in the template.`,
          ),
        );
        return;
      }
      figures[column] = read.value;
    }
    if (figures.plan === undefined && figures.plan2 === undefined) {
      problems.push(
        error(
          line,
          `Dòng ${line}: chưa nhập kế hoạch cho ${code}.`,
          `Line ${line}: no plan is given for ${code}.`,
        ),
      );
      return;
    }
    seen.add(key);
    if (level) plans.level[code] = figures;
    else (plans.units[unit] ??= {})[code] = figures;
  });
  return { plans, problems };
}

function readFigure(
  written: string,
  indicator: Indicator | undefined,
  column: PlanColumn,
  line: number,
): { value?: number; problem?: PlansCsvProblem } {
  const read = readNumber(written, indicator ? { valueType: indicator.valueType } : {});
  if (!read.ok)
    return {
      problem: error(
        line,
        `Dòng ${line}, cột ${column}: "${written}" không phải số (${read.reason.vi})`,
        `Line ${line}, column ${column}: "${written}" is not a number (${read.reason.en})`,
      ),
    };
  if (read.value < 0)
    return {
      problem: error(
        line,
        `Dòng ${line}, cột ${column}: kế hoạch không được âm (${written}).`,
        `Line ${line}, column ${column}: a plan cannot be negative (${written}).`,
      ),
    };
  if (read.note)
    return {
      value: read.value,
      problem: {
        line,
        severity: "warning",
        vi: `Dòng ${line}, cột ${column}: ${read.note.vi}`,
        en: `Line ${line}, column ${column}: ${read.note.en}`,
      },
    };
  return { value: read.value };
}

function error(line: number, vi: string, en: string): PlansCsvProblem {
  return { line, severity: "error", vi, en };
}

function normalise(text: string): string {
  return text.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
}
