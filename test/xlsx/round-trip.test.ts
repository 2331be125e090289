import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../src/core/template/load-template";
import { parseUnitSheet } from "../../src/core/sheets/parse-unit-sheet";
import type { WorkbookPlan } from "../../src/core/sheets/plan-types";
import { InvalidPlanError, readWorkbook, writeWorkbook } from "../../src/xlsx";
import { filledKhuongMai, khuongMaiPlan } from "./unit-workbook";

async function openWithExcelJS(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function parseFile(bytes: Buffer, fileName = "khuong-mai.xlsx") {
  const read = await readWorkbook(bytes, { fileName });
  if (!read.ok) throw new Error(read.error.en);
  const unitSheets = read.sheets.filter(
    (s) => s.metadata?.unit_id !== undefined || s.name.startsWith("Phường"),
  );
  const parsed = parseUnitSheet(unitSheets[0]!, {
    template: builtinTemplate,
    workbookMetadata: read.metadata,
    fileName,
  });
  if (!parsed.ok) throw new Error(parsed.problem.en);
  return { read, parsed };
}

const cellOf = (
  report: Awaited<ReturnType<typeof parseFile>>["parsed"]["report"],
  code: string,
  key: string,
) => report.rows.find((r) => r.code === code)?.cells[key as "actual"];

describe("the .xlsx host", () => {
  it("round-trips a filled unit workbook: plan -> write -> fill -> read -> parse gives the typed values", async () => {
    const { parsed } = await parseFile(await filledKhuongMai());
    const { report, problems } = parsed;
    expect(problems).toEqual([]);
    expect(report).toMatchObject({
      unitId: "khuong-mai",
      period: "2024-10",
      templateId: "tonghop-standard",
      templateVersion: "1.0.0",
      submittedAt: "2024-11-04",
      reporter: { name: "Nguyễn Thị Lan", phone: "0912345678" },
      source: { file: "khuong-mai.xlsx", sheet: "Phường Khương Mai" },
    });
    expect(cellOf(report, "DT03", "actual")).toEqual({
      value: { kind: "number", value: 12 },
      address: "G13",
    });
    expect(cellOf(report, "DT03", "last_year")).toEqual({
      value: { kind: "number", value: 80 },
      address: "I13",
    });
    expect(cellOf(report, "DT04", "cumulative")?.value).toEqual({ kind: "number", value: 210.25 });
    expect(cellOf(report, "XH03", "actual")?.value).toEqual({ kind: "text", text: "1.592,5" });
    expect(cellOf(report, "XH10", "cumulative")?.value).toEqual({ kind: "number", value: 431 });
    expect(cellOf(report, "AN01", "plan")?.value).toEqual({ kind: "number", value: 62 });
    expect(cellOf(report, "HC04", "actual")?.value).toEqual({ kind: "blank" });
    expect(report.rows).toHaveLength(25);
  });

  it("writes a string from a unit that starts with = as text, never as a formula", async () => {
    const bytes = await filledKhuongMai();
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    const k14 = /<c r="K14"[^>]*>[\s\S]*?<\/c>/.exec(sheetXml)![0];
    expect(k14).not.toContain("<f>");
    const sheet = (await openWithExcelJS(bytes)).getWorksheet("Phường Khương Mai")!;
    expect(sheet.getCell("K14").value).toBe("=1+1");
    expect(sheet.getCell("K14").formula).toBeUndefined();
    const { parsed } = await parseFile(bytes);
    expect(cellOf(parsed.report, "DT04", "note")).toEqual({
      value: { kind: "text", text: "=1+1" },
      address: "K14",
    });
  });

  it("writes plan formulas as formulas, and reads back their text and cached result", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "Tính",
          blocks: [{ at: "A1", rows: [[2, 3, { formula: "=A1*B1", result: 6 }, "=A1*B1", "+84", "@x"]] }],
        },
      ],
    };
    const read = await readWorkbook(await writeWorkbook(plan), { fileName: "tinh.xlsx" });
    expect(read.ok && read.sheets[0]).toMatchObject({
      values: [[2, 3, 6, "=A1*B1", "+84", "@x"]],
      formulas: [[null, null, "=A1*B1", null, null, null]],
    });
  });

  it("applies protection, unlocked cells, validation, hidden rows, merges, freeze panes, print setup and tab colour", async () => {
    const { plan } = khuongMaiPlan();
    const ws = (await openWithExcelJS(await writeWorkbook(plan))).getWorksheet("Phường Khương Mai")!;
    expect(ws.getCell("G13").protection?.locked).toBe(false);
    expect(ws.getCell("B13").protection?.locked).not.toBe(false);
    expect(ws.getCell("I13").protection?.locked).not.toBe(false); // last year from history
    expect(ws.getCell("G13").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      showErrorMessage: true,
      errorStyle: "stop",
      promptTitle: "Nhập số liệu",
    });
    expect(ws.getCell("G14").dataValidation).toMatchObject({ type: "decimal" });
    expect(ws.getRow(11).hidden).toBe(true);
    expect(ws.getRow(9).hidden).toBe(true);
    expect(ws.getCell("B2").isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 11 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "10:11",
    });
    expect(ws.properties.tabColor).toEqual({ argb: "FF2F75B5" });
    expect((ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toMatchObject({
      sheet: true,
    });
    expect(ws.getColumn("C").width).toBe(46);
  });

  it("writes a validation's error style as OOXML allows it: stop or warning, never error", async () => {
    const rule = { type: "whole" as const, min: 0 };
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "Kiểm tra",
          blocks: [{ at: "A1", rows: [[1, 2]] }],
          validations: [
            { range: "A1", rule, error: { style: "stop", title: "Sai", message: "Số nguyên" } },
            { range: "B1", rule, error: { style: "warning", title: "Lưu ý", message: "Số nguyên?" } },
          ],
        },
      ],
    };
    const zip = await JSZip.loadAsync(await writeWorkbook(plan));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const styles = [
      ...sheetXml.matchAll(/<dataValidation\b[^>]*\berrorStyle="([^"]*)"[^>]*\bsqref="([^"]*)"/g),
    ];
    expect(styles.map((m) => [m[2], m[1]]).sort()).toEqual([
      ["A1", "stop"],
      ["B1", "warning"],
    ]);
  });

  it("highlights required blanks with a conditional format formula", async () => {
    const { plan } = khuongMaiPlan();
    const bytes = await writeWorkbook(plan);
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toContain('<conditionalFormatting sqref="G17:G25">');
    expect(sheetXml).toContain("<formula>LEN(TRIM(G17))=0</formula>");
  });

  it("keeps metadata in custom properties, a very hidden sheet and a defined name for the sheet", async () => {
    const bytes = await writeWorkbook(khuongMaiPlan().plan);
    const zip = await JSZip.loadAsync(bytes);
    const custom = await zip.file("docProps/custom.xml")!.async("string");
    expect(custom).toContain('name="tonghop.unit_id"><vt:lpwstr>khuong-mai</vt:lpwstr>');
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<sheet sheetId="\d+" name="tonghop_meta" state="veryHidden"/);
    expect(workbookXml).toContain(
      '<definedName name="tonghop_sheet_2">&apos;Phường Khương Mai&apos;!$A$1</definedName>',
    );
    const read = await readWorkbook(bytes, { fileName: "x.xlsx" });
    expect(read.ok && read.metadata).toMatchObject({ unit_id: "khuong-mai", period: "2024-10" });
    expect(read.ok && read.sheets.map((s) => s.name)).toEqual(["Phường Khương Mai"]);
  });

  it("keeps the identity when the sheet and the file are renamed (as Excel rewrites the sheet name)", async () => {
    const zip = await JSZip.loadAsync(await filledKhuongMai());
    for (const part of ["xl/workbook.xml"]) {
      const xml = await zip.file(part)!.async("string");
      zip.file(part, xml.replaceAll("Phường Khương Mai", "Báo cáo T10"));
    }
    const renamed = await zip.generateAsync({ type: "nodebuffer" });
    const read = await readWorkbook(renamed, { fileName: "bao cao thang 10 (1).xlsx" });
    if (!read.ok) throw new Error(read.error.en);
    const sheet = read.sheets.find((s) => s.name === "Báo cáo T10")!;
    expect(sheet.metadata).toMatchObject({ unit_id: "khuong-mai", period: "2024-10" });
    const parsed = parseUnitSheet(sheet, {
      template: builtinTemplate,
      fileName: "bao cao thang 10 (1).xlsx",
    });
    expect(parsed.ok && parsed.report.source).toEqual({
      file: "bao cao thang 10 (1).xlsx",
      sheet: "Báo cáo T10",
    });
    expect(parsed.ok && parsed.report.unitId).toBe("khuong-mai");
  });

  it("reads rich text flattened, inline strings, numbers stored as text, errors and cached formula results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dữ liệu");
    ws.getCell("A1").value = { richText: [{ text: "Phường ", font: { bold: true } }, { text: "Hạ Đình" }] };
    ws.getCell("B1").value = "00123";
    ws.getCell("C1").value = { error: "#DIV/0!" };
    ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("E1").value = { formula: '"a"&"b"', result: "ab" };
    ws.getCell("F1").value = true;
    ws.getCell("G1").value = new Date(Date.UTC(2024, 9, 31, 8, 30));
    ws.getCell("H1").value = 0.1 + 0.2;
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    // An inline string, as some programs write them instead of shared strings.
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml.replace(/<c r="B1"[^>]*>[\s\S]*?<\/c>/, '<c r="B1" t="inlineStr"><is><t>00123</t></is></c>'),
    );
    const read = await readWorkbook(await zip.generateAsync({ type: "nodebuffer" }), { fileName: "d.xlsx" });
    expect(read.ok && read.sheets[0]!.values).toEqual([
      [
        "Phường Hạ Đình",
        "00123",
        { error: "#DIV/0!" },
        { error: "#DIV/0!" },
        "ab",
        true,
        "2024-10-31T08:30:00",
        0.30000000000000004,
      ],
    ]);
  });

  it("refuses a plan its builder got wrong, before writing anything", async () => {
    await expect(writeWorkbook({ sheets: [{ name: "a/b", blocks: [] }] })).rejects.toThrow(InvalidPlanError);
    await expect(
      writeWorkbook({ sheets: [{ name: "A", blocks: [{ at: "1A", rows: [] }] }] }),
    ).rejects.toThrow('block at "1A" is not an address');
  });
});
