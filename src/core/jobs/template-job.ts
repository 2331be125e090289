/**
 * The workbooks the office sends out: one per unit, its plans and last year's figures
 * filled in and locked, named so the returned files sort by period and unit. Units the
 * template gives nothing to report get no workbook.
 *
 * Last year's figures (the same period of last year) come from the history where it holds
 * them, on the new boundaries when a crosswalk is given; each sheet then says so under its
 * table, and the cells the history does not fill stay open for the unit to type.
 */
import type { PlanTable } from "../consolidate/plans";
import type { Crosswalk } from "../crosswalk";
import type { HistoryRecord } from "../history";
import { parsePeriod } from "../periods";
import { indicatorsForUnit, unitWorkbookPlan, type UnitSheetLayout } from "../sheets/unit-sheet";
import type { SheetPlan, WorkbookPlan } from "../sheets/plan-types";
import { periodLabels } from "../summary";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { samePeriodFigures, type SamePeriodFigures } from "./same-period";

export interface TemplateJobInput {
  template: Template;
  units: readonly Unit[];
  /** Period code ("2024-10"). */
  period: string;
  /** ISO date ("2024-11-05"), shown on the sheet as 05/11/2024; other text is shown as given. */
  deadline?: string;
  plans?: PlanTable;
  /** Same period last year by unit id, then indicator code, given as is (wins over history). */
  lastYear?: Record<string, Record<string, number>>;
  /** The history table: last year's same-period figures are filled from it where it holds them. */
  history?: readonly HistoryRecord[];
  /** Reorganised units: last year's old units onto this year's. */
  crosswalk?: Crosswalk;
  password?: string;
}

export interface UnitWorkbook {
  unitId: string;
  /** "2024-10 khuong-mai.xlsx". */
  fileName: string;
  plan: WorkbookPlan;
  layout: UnitSheetLayout;
  /** How many same-period cells were filled in (from lastYear or the history). */
  lastYearFilled: number;
}

export function templateJob(input: TemplateJobInput): UnitWorkbook[] {
  const label = periodLabels(input.period).vi;
  const deadline = input.deadline === undefined ? undefined : shownDate(input.deadline);
  const parsed = parsePeriod(input.period);
  const figures =
    parsed.ok && input.history
      ? samePeriodFigures({
          template: input.template,
          units: input.units,
          period: parsed.period,
          history: input.history,
          ...(input.crosswalk ? { crosswalk: input.crosswalk } : {}),
        })
      : null;
  return input.units
    .filter((unit) => indicatorsForUnit(input.template, unit).length > 0)
    .map((unit) => {
      const lastYear = { ...fromHistory(figures, unit.id), ...input.lastYear?.[unit.id] };
      const { plan, layout } = unitWorkbookPlan({
        template: input.template,
        unit,
        period: { code: input.period, label },
        ...(deadline === undefined ? {} : { deadline }),
        ...(input.plans?.units[unit.id] ? { plans: input.plans.units[unit.id] } : {}),
        ...(Object.keys(lastYear).length > 0 ? { lastYear } : {}),
        ...(input.password === undefined ? {} : { password: input.password }),
      });
      const listed = new Set(indicatorsForUnit(input.template, unit).map((i) => i.code));
      const lastYearFilled = Object.keys(lastYear).filter(
        (code) =>
          listed.has(code) && input.template.indicators.find((i) => i.code === code)?.kind !== "derived",
      ).length;
      const noted = figures ? withSamePeriodNote(plan, layout, figures, unit.id, lastYearFilled) : plan;
      return {
        unitId: unit.id,
        fileName: `${input.period} ${unit.id}.xlsx`,
        plan: noted,
        layout,
        lastYearFilled,
      };
    });
}

function fromHistory(figures: SamePeriodFigures | null, unitId: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, found] of Object.entries(figures?.byUnit[unitId] ?? {}))
    if (found.value !== null) out[code] = found.value;
  return out;
}

/**
 * A line under the table saying where "Cùng kỳ năm trước" came from: the history (and on
 * which boundaries), or that the history has nothing and the unit types it. Below the
 * table, in the STT column, where the sheet parser reads no figures.
 */
function withSamePeriodNote(
  plan: WorkbookPlan,
  layout: UnitSheetLayout,
  figures: SamePeriodFigures,
  unitId: string,
  filled: number,
): WorkbookPlan {
  const period = figures.historyPeriod === null ? "" : periodLabels(figures.historyPeriod).vi;
  const marks = figures.notComparable.filter((m) => m.unitId === unitId);
  const parts = [
    filled > 0
      ? `Cột "Cùng kỳ năm trước" được điền sẵn từ lịch sử số liệu (${period})${figures.basis ? `, ${figures.basis.vi}` : ""}; ô còn trống: đơn vị tự nhập.`
      : `Lịch sử số liệu chưa có số cùng kỳ (${period}) của đơn vị: đơn vị tự nhập cột "Cùng kỳ năm trước".`,
    ...marks.map((m) => `${m.code === null ? "" : `${m.code}: `}${m.why.vi}`),
  ];
  const row = layout.lastRow + 2;
  const note: SheetPlan["blocks"][number] = { at: `A${row}`, rows: [[parts.join(" ")]] };
  const [sheet, ...rest] = plan.sheets;
  if (!sheet) return plan;
  return {
    ...plan,
    sheets: [
      {
        ...sheet,
        blocks: [...sheet.blocks, note],
        merges: [...(sheet.merges ?? []), `A${row}:${layout.lastColumn}${row}`],
        styles: [...(sheet.styles ?? []), { range: `A${row}`, style: { italic: true, wrap: true } }],
        rows: [...(sheet.rows ?? []), { row, height: 30 }],
      },
      ...rest,
    ],
  };
}

function shownDate(text: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
}
