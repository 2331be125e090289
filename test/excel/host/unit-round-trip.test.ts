// One plan, two hosts: the Khương Mai unit sheet applied to the fake Excel, typed into as a
// clerk would, read back and parsed; and the same plan through the .xlsx host, typed into with
// ExcelJS and read back. Both snapshots must be the same, up to trailing empty cells (the
// .xlsx reader keeps formatted empty cells, Excel's used range of values does not).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseUnitSheet } from "../../../src/core/sheets/parse-unit-sheet";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { applyWorkbookPlan, readSheets } from "../../../src/excel";
import { readWorkbook, writeWorkbook } from "../../../src/xlsx";
import { khuongMaiPlan } from "../../xlsx/unit-workbook";
import type { Typed } from "./fake-host";
import { comparable, installFake, typeInto } from "./fake-host";

/** 4 November 2024 as an Excel serial: 45292 is 1 January 2024, plus 308 days. */
const NOV_4_2024 = 45_600;

function typedCells(): Typed[] {
  const { layout } = khuongMaiPlan();
  const at = (code: string, key: keyof typeof layout.columns) =>
    `${layout.columns[key]}${layout.indicatorRows[code]}`;
  return [
    { address: at("DT03", "actual"), value: 12 },
    { address: at("DT03", "cumulative"), value: 96 },
    { address: at("DT04", "actual"), value: 35.5 },
    { address: at("DT04", "cumulative"), value: 210.25 },
    { address: at("XH03", "actual"), value: "1.592,5" },
    { address: at("XH10", "cumulative"), value: 431 },
    { address: at("HC01", "actual"), value: 1520 },
    { address: layout.inputs.reporter, value: "Nguyễn Thị Lan" },
    { address: layout.inputs.phone, value: "0912345678" },
    { address: layout.inputs.sentDate, value: NOV_4_2024 },
  ];
}

async function throughExcel() {
  const { plan } = khuongMaiPlan();
  const fake = installFake();
  const applied = await applyWorkbookPlan(plan);
  // The fake has no Worksheet.pageLayout nor tabColor: the host says so instead of failing.
  expect(applied).toMatchObject({ ok: true, value: { sheets: ["Phường Khương Mai"] } });
  await typeInto(fake, "Phường Khương Mai", typedCells());
  const read = await readSheets(["Phường Khương Mai"]);
  if (!read.ok) throw new Error(read.failure.en);
  return read.value;
}

async function throughXlsx() {
  const { plan } = khuongMaiPlan();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(plan)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Phường Khương Mai")!;
  for (const { address, value } of typedCells()) ws.getCell(address).value = value;
  const read = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), { fileName: "khuong-mai.xlsx" });
  if (!read.ok) throw new Error(read.error.en);
  return read;
}

describe("a unit sheet through the Excel host", () => {
  it("reads back exactly the values typed into its input cells, parsed by the core", async () => {
    const read = await throughExcel();
    const parsed = parseUnitSheet(read.sheets[0]!, {
      template: builtinTemplate,
      workbookMetadata: read.workbookMetadata,
    });
    if (!parsed.ok) throw new Error(parsed.problem.en);
    const { report } = parsed;
    const cell = (code: string, key: "actual" | "cumulative") =>
      report.rows.find((r) => r.code === code)?.cells[key]?.value;
    expect(parsed.problems).toEqual([]);
    expect(report).toMatchObject({
      unitId: "khuong-mai",
      period: "2024-10",
      templateId: "tonghop-standard",
      submittedAt: "2024-11-04",
      reporter: { name: "Nguyễn Thị Lan", phone: "0912345678" },
    });
    expect(cell("DT03", "actual")).toEqual({ kind: "number", value: 12 });
    expect(cell("DT03", "cumulative")).toEqual({ kind: "number", value: 96 });
    expect(cell("DT04", "actual")).toEqual({ kind: "number", value: 35.5 });
    expect(cell("DT04", "cumulative")).toEqual({ kind: "number", value: 210.25 });
    expect(cell("XH03", "actual")).toEqual({ kind: "text", text: "1.592,5" });
    expect(cell("XH10", "cumulative")).toEqual({ kind: "number", value: 431 });
    expect(cell("HC01", "actual")).toEqual({ kind: "number", value: 1520 });
    expect(cell("HC02", "actual")).toEqual({ kind: "blank" });
  });

  it("gives the same snapshot and metadata as the .xlsx host for the same plan and the same typing", async () => {
    const excel = await throughExcel();
    const xlsx = await throughXlsx();
    const fromXlsx = xlsx.sheets.find((s) => s.name === "Phường Khương Mai")!;
    expect(comparable(excel.sheets[0]!)).toEqual(comparable(fromXlsx));
    expect(excel.workbookMetadata).toEqual(xlsx.metadata);
    expect(excel.sheets[0]!.metadata).toMatchObject({ unit_id: "khuong-mai", period: "2024-10" });
  });

  it("keeps the sheet's metadata when the user renames the sheet", async () => {
    const { plan } = khuongMaiPlan();
    const fake = installFake();
    await applyWorkbookPlan(plan);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Phường Khương Mai").name = "KM tháng 10";
      await context.sync();
    });
    const read = await readSheets(["KM tháng 10"]);
    expect(read.ok && read.value.sheets[0]!.metadata).toMatchObject({
      unit_id: "khuong-mai",
      period: "2024-10",
    });
  });
});
