/**
 * "Typing" into a workbook plan: the values a clerk would type, placed into the plan's
 * cells as blocks written after the template's own (a later block overwrites the cell), so
 * the .xlsx host writes a filled workbook exactly as Excel would save it. Text stays text
 * ("1.592,5" typed into a number cell is a string), which is what the demo needs to show.
 */
import type { PlanCell, WorkbookPlan } from "../../core/sheets/plan-types";

export interface TypedCell {
  /** A1 address on the sheet ("H14"). */
  address: string;
  value: Exclude<PlanCell, null | { formula: string }>;
}

export function typeIntoPlan(
  plan: WorkbookPlan,
  sheetName: string,
  cells: readonly TypedCell[],
): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      sheet.name !== sheetName
        ? sheet
        : {
            ...sheet,
            blocks: [...sheet.blocks, ...cells.map((c) => ({ at: c.address, rows: [[c.value]] }))],
          },
    ),
  };
}
