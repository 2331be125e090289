/**
 * What a unit's clerk types into its template: every figure of its sample report into the
 * unit-filled cells of its row (plans are pre-filled by the office, so they are not typed),
 * and the title block (reporter, phone, date sent). The date is typed as Excel stores a
 * date: a serial day number in a date-formatted cell.
 */
import type { UnitReport } from "../../core/report/unit-report";
import type { UnitSheetLayout } from "../../core/sheets/unit-sheet";
import { UNIT_VALUE_COLUMNS } from "../../core/template/columns";
import type { TypedCell } from "./type-into-plan";

export interface Sender {
  name: string;
  phone: string;
  /** ISO date the report was sent. */
  sentOn: string;
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as Excel counts after its 1900-02-29. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function excelSerial(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - EXCEL_EPOCH) / DAY_MS);
}

export function typedCells(report: UnitReport, layout: UnitSheetLayout, sender: Sender): TypedCell[] {
  const cells: TypedCell[] = [
    { address: layout.inputs.reporter, value: sender.name },
    { address: layout.inputs.phone, value: sender.phone },
    { address: layout.inputs.sentDate, value: excelSerial(sender.sentOn) },
  ];
  for (const [code, row] of Object.entries(layout.indicatorRows)) {
    const values = report.values[code];
    if (!values) continue;
    for (const column of UNIT_VALUE_COLUMNS) {
      const letters = layout.columns[column];
      const value = values[column];
      if (letters !== undefined && value !== undefined) cells.push({ address: `${letters}${row}`, value });
    }
  }
  return cells;
}

/** The address of one indicator's cell, for the demo's deliberate slips. */
export function cellOf(
  layout: UnitSheetLayout,
  code: string,
  column: keyof UnitSheetLayout["columns"],
): string | undefined {
  const row = layout.indicatorRows[code];
  const letters = layout.columns[column];
  return row === undefined || letters === undefined ? undefined : `${letters}${row}`;
}
