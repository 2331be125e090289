/**
 * The workbooks the office sends out: one per unit, its plans and last year's figures
 * filled in and locked, named so the returned files sort by period and unit. Units the
 * template gives nothing to report get no workbook.
 */
import type { PlanTable } from "../consolidate/plans";
import { indicatorsForUnit, unitWorkbookPlan, type UnitSheetLayout } from "../sheets/unit-sheet";
import type { WorkbookPlan } from "../sheets/plan-types";
import { periodLabels } from "../summary";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";

export interface TemplateJobInput {
  template: Template;
  units: readonly Unit[];
  /** Period code ("2024-10"). */
  period: string;
  /** ISO date ("2024-11-05"), shown on the sheet as 05/11/2024; other text is shown as given. */
  deadline?: string;
  plans?: PlanTable;
  /** Same period last year by unit id, then indicator code, from history. */
  lastYear?: Record<string, Record<string, number>>;
  password?: string;
}

export interface UnitWorkbook {
  unitId: string;
  /** "2024-10 khuong-mai.xlsx". */
  fileName: string;
  plan: WorkbookPlan;
  layout: UnitSheetLayout;
}

export function templateJob(input: TemplateJobInput): UnitWorkbook[] {
  const label = periodLabels(input.period).vi;
  const deadline = input.deadline === undefined ? undefined : shownDate(input.deadline);
  return input.units
    .filter((unit) => indicatorsForUnit(input.template, unit).length > 0)
    .map((unit) => {
      const { plan, layout } = unitWorkbookPlan({
        template: input.template,
        unit,
        period: { code: input.period, label },
        ...(deadline === undefined ? {} : { deadline }),
        ...(input.plans?.units[unit.id] ? { plans: input.plans.units[unit.id] } : {}),
        ...(input.lastYear?.[unit.id] ? { lastYear: input.lastYear[unit.id] } : {}),
        ...(input.password === undefined ? {} : { password: input.password }),
      });
      return { unitId: unit.id, fileName: `${input.period} ${unit.id}.xlsx`, plan, layout };
    });
}

function shownDate(text: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
}
