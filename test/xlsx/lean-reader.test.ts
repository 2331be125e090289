/**
 * The lean reader (readWorkbook) against the reader it replaced (ExcelJS's full load, kept as
 * readWorkbookWithExcelJS): for the committed fixtures, the workbooks our host writes, files
 * filled by a clerk, and random grids, both give deep-equal results. Then what the lean
 * reader does with XML that ExcelJS never writes (shared formulas, prefixed elements, inline
 * rich text), worked out by hand.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { consolidationCompleteness } from "../../src/core/completeness";
import { consolidate } from "../../src/core/consolidate";
import { samplePlans, sampleReports } from "../../src/core/sample";
import { summaryWorkbookPlan } from "../../src/core/summary";
import { builtinTemplate } from "../../src/core/template/load-template";
import { sampleDistrict } from "../../src/core/units/sample-district";
import { readWorkbook, writeWorkbook } from "../../src/xlsx";
import { readWorkbookWithExcelJS } from "../../src/xlsx/read-workbook-exceljs";
import { filledKhuongMai, khuongMaiPlan } from "./unit-workbook";

const FIXTURES = join(import.meta.dirname, "../fixtures/xlsx");

async function expectSameAsExcelJS(bytes: Buffer, fileName = "x.xlsx"): Promise<void> {
  const lean = await readWorkbook(bytes, { fileName });
  const reference = await readWorkbookWithExcelJS(bytes, { fileName });
  expect(lean).toEqual(reference);
}

async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An ExcelJS-written workbook whose first sheet's <sheetData> is replaced by `sheetData`. */
async function withSheetData(sheetData: string, extra: { sharedStrings?: string } = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(
    await excelJsBytes((wb) => (wb.addWorksheet("Dữ liệu").getCell("A1").value = 1)),
  );
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, sheetData));
  if (extra.sharedStrings !== undefined) zip.file("xl/sharedStrings.xml", extra.sharedStrings);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("the lean reader gives what ExcelJS's full load gave", () => {
  for (const name of readdirSync(FIXTURES).filter((f) => /^(good|bad)\./.test(f)))
    it(`for the fixture ${name}`, async () => {
      await expectSameAsExcelJS(readFileSync(join(FIXTURES, name)), name);
    });

  it("for a blank unit workbook our host writes (merges, styles, validations, hidden metadata sheet)", async () => {
    await expectSameAsExcelJS(await writeWorkbook(khuongMaiPlan().plan));
  });

  it("for a unit workbook a clerk filled (numbers, text, a date, a string starting with =)", async () => {
    await expectSameAsExcelJS(await filledKhuongMai());
  });

  it("for the summary workbook (formulas with cached results, several sheets)", async () => {
    const plans = samplePlans({ template: builtinTemplate, units: sampleDistrict, seed: 7 });
    const reports = sampleReports({
      template: builtinTemplate,
      units: sampleDistrict,
      period: { year: 2024, month: 10 },
      seed: 7,
      plans,
    });
    const summary = consolidate({ template: builtinTemplate, units: sampleDistrict, reports, plans });
    const plan = summaryWorkbookPlan({
      template: builtinTemplate,
      summary,
      units: sampleDistrict,
      period: "2024-10",
      findings: [],
      completeness: consolidationCompleteness({ template: builtinTemplate, units: sampleDistrict, raws: [] }),
      level: { name: "Quận Thanh Xuân (mẫu)" },
      generatedAt: "2024-11-10T08:00:00+07:00",
    });
    await expectSameAsExcelJS(await writeWorkbook(plan));
  });

  it("for errors, booleans, rich text, formulas of every result type, dates in several formats and merges", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Dữ liệu");
      ws.getCell("A1").value = { richText: [{ text: "Phường ", font: { bold: true } }, { text: "Hạ Đình" }] };
      ws.getCell("B1").value = { error: "#N/A" };
      ws.getCell("C1").value = false;
      ws.getCell("D1").value = { formula: "1=1", result: true };
      ws.getCell("E1").value = { formula: "A1", result: "Phường Hạ Đình" };
      ws.getCell("F1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("G1").value = { formula: "TODAY()", result: new Date(Date.UTC(2024, 10, 5)) };
      ws.getCell("H1").value = { formula: "NOW()" };
      ws.getCell("A2").value = new Date(Date.UTC(2024, 10, 4, 8, 30));
      ws.getCell("B2").value = 45_600;
      ws.getCell("B2").numFmt = "[$-42A]dd/mm/yyyy";
      ws.getCell("C2").value = 45_600;
      ws.getCell("C2").numFmt = '"ngày" 0';
      ws.getCell("D2").value = 0.5;
      ws.getCell("D2").numFmt = "h:mm";
      ws.getCell("E2").value = "  khoảng trắng  ";
      ws.getCell("F2").value = "dòng 1\r\ndòng 2";
      ws.getCell("G2").value = "a & <b> \"c\" 'd'";
      ws.mergeCells("A4:C5");
      ws.getCell("A4").value = "gộp";
      ws.mergeCells("E4:E7");
      ws.mergeCells("G9:G9");
      ws.getCell("K3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      ws.getCell("M12").border = { top: { style: "thin" } };
      const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
      hidden.getCell("B2").value = 7;
    });
    await expectSameAsExcelJS(bytes);
  });

  it("for the 1904 date system", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Ngày");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 10, 4));
    });
    const read = await readWorkbook(bytes);
    expect(read.ok && read.sheets[0]!.values).toEqual([["2024-11-04"]]);
    await expectSameAsExcelJS(bytes);
  });

  it("for random grids of values, styles and merges", async () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.string(),
      fc.constantFrom("00123", "1.592,5", "=1+1", " x ", "_x000D_", "Hạ Đình", ""),
      fc.boolean(),
      fc.constantFrom({ error: "#DIV/0!" }, { error: "#REF!" }),
      fc.integer({ min: 0, max: 80_000 }).map((days) => new Date(Date.UTC(1900, 0, 1) + days * 86_400_000)),
    );
    const grid = fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 });
    const styled = fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 8 })), {
      maxLength: 4,
    });
    const merge = fc.option(
      fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 7 }), fc.nat(2), fc.nat(2)),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(grid, styled, merge, async (rows, styledCells, merged) => {
        const bytes = await excelJsBytes((wb) => {
          const ws = wb.addWorksheet("Ngẫu nhiên");
          rows.forEach((row, r) =>
            row.forEach((v, c) => {
              // ExcelJS cannot store "" or a date outside its range; both are blanks here.
              if (v !== null && v !== "") ws.getCell(r + 1, c + 1).value = v;
            }),
          );
          for (const [r, c] of styledCells) ws.getCell(r, c).font = { italic: true };
          if (merged) {
            const [r, c, dr, dc] = merged;
            ws.mergeCells(r, c, r + dr, c + dc);
          }
        });
        await expectSameAsExcelJS(bytes);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the lean reader on XML that ExcelJS does not write", () => {
  it("moves a shared formula's relative references to each cell that shares it", async () => {
    // C1 holds B1*2+$A$1, shared down to C3: C2 is B2*2+$A$1, C3 is B3*2+$A$1 (only B moves).
    const bytes = await withSheetData(
      "<sheetData>" +
        '<row r="1"><c r="C1"><f t="shared" ref="C1:C3" si="0">B1*2+$A$1</f><v>3</v></c></row>' +
        '<row r="2"><c r="C2"><f t="shared" si="0"/><v>5</v></c></row>' +
        '<row r="3"><c r="C3"><f t="shared" si="0"/><v>7</v></c></row>' +
        "</sheetData>",
    );
    const read = await readWorkbook(bytes);
    expect(read.ok && read.sheets[0]).toMatchObject({
      values: [
        [null, null, 3],
        [null, null, 5],
        [null, null, 7],
      ],
      formulas: [
        [null, null, "=B1*2+$A$1"],
        [null, null, "=B2*2+$A$1"],
        [null, null, "=B3*2+$A$1"],
      ],
    });
    await expectSameAsExcelJS(bytes);
  });

  it("keeps a function name in a shared formula, and moves a reference sideways too", async () => {
    // A1 holds SUM(A2:A3), shared to B1: SUM(B2:B3); "SUM(" is a function, not a column.
    const bytes = await withSheetData(
      '<sheetData><row r="1"><c r="A1"><f t="shared" ref="A1:B1" si="4">SUM(A2:A3)</f><v>0</v></c>' +
        '<c r="B1"><f t="shared" si="4"/><v>0</v></c></row></sheetData>',
    );
    const read = await readWorkbook(bytes);
    expect(read.ok && read.sheets[0]!.formulas).toEqual([["=SUM(A2:A3)", "=SUM(B2:B3)"]]);
  });

  it("reads elements with a namespace prefix, inline rich text without its phonetic guide, and cells without an address", async () => {
    const bytes = await withSheetData(
      "<x:sheetData xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>" +
        '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>Khương</x:t></x:r><x:r><x:t xml:space="preserve"> Mai</x:t></x:r>' +
        "<x:rPh><x:t>phiên âm</x:t></x:rPh></x:is></x:c>" +
        '<x:c t="n"><x:v>12.5</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
        "</x:sheetData>",
    );
    const read = await readWorkbook(bytes);
    // B2 the flattened runs; C2 and D2 follow B2 (no r attribute); row 1 is empty, A is empty.
    expect(read.ok && read.sheets[0]!.values).toEqual([
      [null, null, null, null],
      [null, "Khương Mai", 12.5, true],
    ]);
  });

  it("reads shared strings with rich text runs and Excel's _xHHHH_ escapes", async () => {
    const bytes = await withSheetData(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>',
      {
        sharedStrings:
          '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">' +
          '<si><r><rPr><b/></rPr><t>Phường</t></r><r><t xml:space="preserve"> Láng &amp; Hạ</t></r></si>' +
          "<si><t>dòng 1_x000D_</t></si></sst>",
      },
    );
    const read = await readWorkbook(bytes);
    expect(read.ok && read.sheets[0]!.values).toEqual([["Phường Láng & Hạ", "dòng 1\r"]]);
  });

  it("calls a file damaged when a sheet is not well-formed XML or names a shared string that does not exist", async () => {
    const broken = await withSheetData('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>');
    const brokenRead = await readWorkbook(broken, { fileName: "hong.xlsx" });
    expect(brokenRead.ok === false && brokenRead.error.code).toBe("damaged");
    const missing = await withSheetData(
      '<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData>',
    );
    const missingRead = await readWorkbook(missing, { fileName: "thieu.xlsx" });
    expect(missingRead.ok === false && missingRead.error.vi).toMatch(/^Tệp "thieu.xlsx" bị hỏng/);
  });
});
