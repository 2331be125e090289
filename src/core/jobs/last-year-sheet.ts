/**
 * A unit's sheet with "Cùng kỳ năm trước" (the same period last year) filled in from the
 * history, locked, and a line under its table saying where the figures came from; where the
 * history holds nothing, the cells stay open and the line says the unit types them. Used by
 * the template job (files for the units) and by the add-in's set-up (sheets in the
 * workbook), so both say the same.
 */
import type { Crosswalk } from "../crosswalk";
import type { HistoryRecord } from "../history";
import { parsePeriod } from "../periods";
import type { SheetPlan } from "../sheets/plan-types";
import { indicatorsForUnit, unitSheetPlan, type UnitSheet, type UnitSheetArgs } from "../sheets/unit-sheet";
import { periodLabels } from "../summary";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { samePeriodFigures, type SamePeriodFigures } from "./same-period";

export interface LastYearInput {
  template: Template;
  units: readonly Unit[];
  /** Period code ("2024-10"). */
  period: string;
  history?: readonly HistoryRecord[];
  /** Reorganised units: last year's old units onto this year's. */
  crosswalk?: Crosswalk;
}

/** Last year's figures the history holds for every unit; null without a history or a readable period. */
export function lastYearFigures(input: LastYearInput): SamePeriodFigures | null {
  const parsed = parsePeriod(input.period);
  if (!parsed.ok || !input.history) return null;
  return samePeriodFigures({
    template: input.template,
    units: input.units,
    period: parsed.period,
    history: input.history,
    ...(input.crosswalk ? { crosswalk: input.crosswalk } : {}),
  });
}

export interface UnitSheetWithLastYear extends UnitSheet {
  /** How many same-period cells were filled in (from `given` or the history). */
  lastYearFilled: number;
}

/**
 * The unit's sheet, its last-year cells filled from `figures` (the history) and `given`
 * (figures given as they are, which win), with the note when there is a history.
 */
export function unitSheetWithLastYear(
  args: Omit<UnitSheetArgs, "lastYear">,
  figures: SamePeriodFigures | null,
  given?: Record<string, number>,
): UnitSheetWithLastYear {
  const lastYear = { ...fromHistory(figures, args.unit.id), ...given };
  const made = unitSheetPlan({ ...args, ...(Object.keys(lastYear).length > 0 ? { lastYear } : {}) });
  const listed = new Set(indicatorsForUnit(args.template, args.unit).map((i) => i.code));
  const lastYearFilled = Object.keys(lastYear).filter(
    (code) => listed.has(code) && args.template.indicators.find((i) => i.code === code)?.kind !== "derived",
  ).length;
  const sheet = figures
    ? withSamePeriodNote(made.sheet, made.layout, figures, args.unit.id, lastYearFilled)
    : made.sheet;
  return { ...made, sheet, lastYearFilled };
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
  sheet: SheetPlan,
  layout: UnitSheet["layout"],
  figures: SamePeriodFigures,
  unitId: string,
  filled: number,
): SheetPlan {
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
  return {
    ...sheet,
    blocks: [...sheet.blocks, note],
    merges: [...(sheet.merges ?? []), `A${row}:${layout.lastColumn}${row}`],
    styles: [...(sheet.styles ?? []), { range: `A${row}`, style: { italic: true, wrap: true } }],
    rows: [...(sheet.rows ?? []), { row, height: 30 }],
  };
}
