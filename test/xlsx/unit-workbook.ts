/**
 * Test helpers: the Khương Mai ward's workbook for October 2024, written by our host and then
 * filled the way a ward clerk would, cell by cell with ExcelJS (standing in for Excel).
 */
import ExcelJS from "exceljs";
import { builtinTemplate } from "../../src/core/template/load-template";
import { unitWorkbookPlan } from "../../src/core/sheets/unit-sheet";
import { writeWorkbook } from "../../src/xlsx";

export const khuongMai = { id: "khuong-mai", name: "Phường Khương Mai", kind: "ward" as const };
export const october = { code: "2024-10", label: "Tháng 10/2024" };

export function khuongMaiPlan() {
  return unitWorkbookPlan({
    template: builtinTemplate,
    unit: khuongMai,
    period: october,
    deadline: "05/11/2024",
    plans: { AN01: { plan: 62 } },
    lastYear: { DT03: 80 },
  });
}

/**
 * What the clerk types, by code and key. Row numbers follow the layout the unit-sheet tests
 * work out: DT03 13, DT04 14, XH03 19, XH10 26, HC01 28, HC02 29, HC03 30.
 */
export const TYPED = {
  DT03: { actual: 12, cumulative: 96 },
  DT04: { actual: 35.5, cumulative: 210.25, note: "=1+1" },
  XH03: { actual: "1.592,5" },
  XH10: { cumulative: 431 },
  HC01: { actual: 1520, cumulative: 14230 },
  HC02: { actual: 1498, cumulative: 14011 },
  HC03: { actual: 1490, cumulative: 13902 },
} as const;

export async function filledKhuongMai(): Promise<Buffer> {
  const { plan, layout } = khuongMaiPlan();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(plan)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(plan.sheets[0]!.name)!;
  for (const [code, figures] of Object.entries(TYPED)) {
    for (const [key, value] of Object.entries(figures)) {
      const column = layout.columns[key as keyof typeof layout.columns]!;
      ws.getCell(`${column}${layout.indicatorRows[code]}`).value = value;
    }
  }
  ws.getCell(layout.inputs.reporter).value = "Nguyễn Thị Lan";
  ws.getCell(layout.inputs.phone).value = "0912345678";
  ws.getCell(layout.inputs.sentDate).value = new Date(Date.UTC(2024, 10, 4));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
