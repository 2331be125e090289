/**
 * The plan's Excel tables (SheetPlan.tables) in the written .xlsx: a table part per table
 * over its range, named columns equal to the header cells, tied to its sheet, on both write
 * paths (ExcelJS's and the plain sheets'), without changing a single value read back.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runConsolidationJob, templateJob, type SubmittedSheet } from "../../src/core/jobs";
import { typedCells } from "../../src/cli/demo/typed-cells";
import { typeIntoPlan } from "../../src/cli/demo/type-into-plan";
import { sampleReports } from "../../src/core/sample";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/core/sheets/plan-types";
import { builtinTemplate } from "../../src/core/template/load-template";
import { sampleDistrict } from "../../src/core/units/sample-district";
import { readWorkbook, writeWorkbook } from "../../src/xlsx";
import { tablesEdit } from "../../src/xlsx/write/tables";
import type { ZipPart } from "../../src/xlsx/write/zip-pack";
import { snapshotOf } from "../core/summary/plan-grid";
import { convertWithLibreOffice } from "./libreoffice";

const HEADER: PlanCell[] = ["Kỳ", "Đơn vị", "Giá trị", "giá trị", "A & <B>", 'Ghi "chú"', 2024];
/** The header as the table's columns name it: the second "Giá trị" (case aside) numbered 2, 2024 as text. */
const COLUMNS = ["Kỳ", "Đơn vị", "Giá trị", "giá trị2", "A & <B>", 'Ghi "chú"', "2024"];

/** A history-like sheet: machine keys on a hidden row 1, the header on row 2, `count` rows under it. */
function historySheet(name: string, count: number, tableName: string): SheetPlan {
  const rows: PlanCell[][] = [];
  for (let i = 0; i < count; i++)
    rows.push([`2024-${(i % 12) + 1}`, `u${i % 7}`, i * 1.5, i, "x", "", i % 2 === 0]);
  return {
    name,
    blocks: [{ at: "A1", rows: [["period", "unit", "value", "value2", "a", "b", "c"], HEADER, ...rows] }],
    rows: [{ row: 1, hidden: true }],
    tables: [{ name: tableName, range: `A2:G${count + 2}`, headerRow: true }],
  };
}

const OTHER: SheetPlan = {
  name: "Tổng hợp",
  blocks: [
    {
      at: "B2",
      rows: [
        ["Chỉ tiêu", "Tổng"],
        ["Dân số", 3],
      ],
    },
  ],
};

function withoutTables(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const copy = { ...sheet };
      delete copy.tables;
      return copy;
    }),
  };
}

async function loadWithExcelJS(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A table as ExcelJS loaded it: its model holds the range read from the file as `tableRef`. */
function loadedTable(sheet: ExcelJS.Worksheet, name: string): { ref: string; columns: string[] } {
  const table = sheet.getTable(name) as unknown as {
    table: { tableRef: string; columns: { name: string }[] };
  };
  return { ref: table.table.tableRef, columns: table.table.columns.map((c) => c.name) };
}

async function partText(bytes: Buffer, name: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(bytes)).file(name)?.async("string");
}

// Small: 7 columns x 12 rows = 84 cells, ExcelJS's path. Big: 7 x 3,000 = 21,000 cells, written directly.
const SMALL_PLAN: WorkbookPlan = { sheets: [OTHER, historySheet("Lịch sử", 10, "TongHop_Nho")] };
const BIG_PLAN: WorkbookPlan = {
  sheets: [historySheet("Lịch sử", 2_998, "TongHop_Lon"), historySheet("Lịch sử 2", 5, "TongHop_Them")],
};

describe("writing the plan's Excel tables", () => {
  for (const [path, plan, plainSheets, ref, name] of [
    ["ExcelJS's path (a small sheet)", SMALL_PLAN, "auto", "A2:G12", "TongHop_Nho"],
    ["the direct path (a plain sheet of 21,000 cells)", BIG_PLAN, "always", "A2:G3000", "TongHop_Lon"],
    ["ExcelJS's path for the same big sheet", BIG_PLAN, "never", "A2:G3000", "TongHop_Lon"],
  ] as const) {
    it(`adds a table over the range, its columns named by the header, on ${path}`, async () => {
      const bytes = await writeWorkbook(plan, { plainSheets });
      const wb = await loadWithExcelJS(bytes);
      const sheet = wb.getWorksheet("Lịch sử")!;
      expect(sheet.getTables()).toHaveLength(1);
      expect(loadedTable(sheet, name)).toEqual({ ref, columns: COLUMNS });
    });

    it(`reads back the same values as without the table, on ${path}`, async () => {
      const withTable = await readWorkbook(await writeWorkbook(plan, { plainSheets }));
      expect(withTable).toEqual(
        await readWorkbook(await writeWorkbook(withoutTables(plan), { plainSheets })),
      );
    });
  }

  it("writes the table part, its relationship, <tableParts> and its content type", async () => {
    const bytes = await writeWorkbook(BIG_PLAN, { plainSheets: "always" });
    const table1 = await partText(bytes, "xl/tables/table1.xml");
    expect(table1).toContain('id="1" name="TongHop_Lon" displayName="TongHop_Lon" ref="A2:G3000"');
    expect(table1).toContain('<autoFilter ref="A2:G3000"/><tableColumns count="7">');
    expect(table1).toContain(
      '<tableColumn id="5" name="A &amp; &lt;B&gt;"/><tableColumn id="6" name="Ghi &quot;chú&quot;"/>',
    );
    expect(table1).toContain('<tableStyleInfo name="TableStyleMedium2"');
    // The second sheet's table is the workbook's second: ids are unique across the workbook.
    expect(await partText(bytes, "xl/tables/table2.xml")).toContain('id="2" name="TongHop_Them"');
    const rels = await partText(bytes, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toMatch(
      /<Relationship Id="rId\d+" Type="[^"]*\/relationships\/table" Target="..\/tables\/table1.xml"\/>/,
    );
    const sheetXml = (await partText(bytes, "xl/worksheets/sheet1.xml"))!;
    expect(sheetXml).toMatch(
      /<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts>(<extLst|<\/worksheet>)/,
    );
    expect(sheetXml).toMatch(
      /<worksheet [^>]*xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/,
    );
    const types = await partText(bytes, "[Content_Types].xml");
    for (const n of [1, 2])
      expect(types).toContain(
        `<Override PartName="/xl/tables/table${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
  });

  it("writes no table part for a plan without tables", async () => {
    const bytes = await writeWorkbook(withoutTables(SMALL_PLAN));
    expect(Object.keys((await JSZip.loadAsync(bytes)).files).some((f) => f.startsWith("xl/tables/"))).toBe(
      false,
    );
  });

  it(
    "is opened by LibreOffice, which reads the same values as without the table and keeps the table",
    { timeout: 240_000 },
    async () => {
      const plan: WorkbookPlan = {
        sheets: [...SMALL_PLAN.sheets, historySheet("Lịch sử 2", 2_998, "TongHop_Lon")],
      };
      const viaLibreOffice = async (plan: WorkbookPlan) => {
        const converted = await convertWithLibreOffice(await writeWorkbook(plan), "t.xlsx");
        const read = await readWorkbook(converted);
        if (!read.ok) throw new Error(read.error.en);
        return { converted, sheets: read.sheets.map((s) => ({ name: s.name, values: s.values })) };
      };
      const withTable = await viaLibreOffice(plan);
      expect(withTable.sheets).toEqual((await viaLibreOffice(withoutTables(plan))).sheets);
      // Row 2 of "Lịch sử", the header, as written; row 12 is i = 9: 2024-10, u2, 9 * 1.5 = 13.5, 9.
      const history = withTable.sheets.find((s) => s.name === "Lịch sử")!.values;
      expect(history[1]).toEqual(HEADER);
      expect(history[11]!.slice(0, 4)).toEqual(["2024-10", "u2", 13.5, 9]);
      // LibreOffice read both tables as tables: it writes them back, over the same ranges.
      const saved = await JSZip.loadAsync(withTable.converted);
      const tables = await Promise.all(
        Object.keys(saved.files)
          .filter((f) => f.startsWith("xl/tables/"))
          .map((f) => saved.file(f)!.async("string")),
      );
      const refs = tables.map((t) => /name="([^"]*)"[^>]*ref="([^"]*)"/.exec(t)?.slice(1)).sort();
      expect(refs).toEqual([
        ["TongHop_Lon", "A2:G3000"],
        ["TongHop_Nho", "A2:G12"],
      ]);
    },
  );
});

describe("the table edit on a sheet part that already has relationships, a filter and extensions", () => {
  const sheetXml =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetData/><autoFilter ref="B1:C4"/><pageMargins left="0.7"/><extLst><ext uri="x"/></extLst></worksheet>';
  const part = (name: string, text: string): ZipPart => ({ name, data: Buffer.from(text, "utf8") });
  const edited = () => {
    const parts = [
      part(
        "[Content_Types].xml",
        '<Types xmlns="t"><Override PartName="/xl/tables/table4.xml" ContentType="c"/></Types>',
      ),
      part("xl/worksheets/sheet1.xml", sheetXml),
      part(
        "xl/worksheets/_rels/sheet1.xml.rels",
        '<Relationships xmlns="p"><Relationship Id="rId1" Target="x"/></Relationships>',
      ),
      part("xl/tables/table4.xml", '<table xmlns="m" id="7" name="Cu" ref="Z1:Z2"/>'),
    ];
    const sheet: SheetPlan = {
      name: "S",
      blocks: [
        {
          at: "A1",
          rows: [
            ["a", "", "a"],
            [1, 2, 3],
          ],
        },
      ],
      tables: [{ name: "Moi", range: "A1:C2", headerRow: true, style: "TableStyleLight9" }],
    };
    tablesEdit([{ part: "xl/worksheets/sheet1.xml", sheet }])(parts);
    return (name: string) => parts.find((p) => p.name === name)?.data.toString("utf8");
  };

  it("numbers the new table after the package's own (part 4, id 7 -> table8.xml, id 8)", () => {
    const table = edited()("xl/tables/table8.xml");
    expect(table).toContain('id="8" name="Moi" displayName="Moi" ref="A1:C2"');
    expect(table).toContain('<tableStyleInfo name="TableStyleLight9"');
  });

  it("names an empty header ColumnN and a repeated one with a number, as Excel does", () => {
    expect(edited()("xl/tables/table8.xml")).toContain(
      '<tableColumn id="1" name="a"/><tableColumn id="2" name="Column2"/><tableColumn id="3" name="a2"/>',
    );
  });

  it("takes the first free relationship id and declares the r prefix on the sheet", () => {
    const read = edited();
    expect(read("xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      '<Relationship Id="rId1" Target="x"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table8.xml"/>',
    );
    expect(read("xl/worksheets/sheet1.xml")).toContain(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns=',
    );
  });

  it("drops the sheet's filter over the table and puts <tableParts> before <extLst>", () => {
    expect(edited()("xl/worksheets/sheet1.xml")).toContain(
      '<sheetData/><pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><extLst>',
    );
  });

  it("declares the table part's content type beside the others", () => {
    expect(edited()("[Content_Types].xml")).toBe(
      '<Types xmlns="t"><Override PartName="/xl/tables/table4.xml" ContentType="c"/>' +
        '<Override PartName="/xl/tables/table8.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
    );
  });
});

describe("the summary workbook of the sample district", () => {
  it("holds the history sheet's table TongHop_LichSu", async () => {
    const period = "2024-10";
    const reports = sampleReports({
      template: builtinTemplate,
      units: sampleDistrict,
      period: { year: 2024, month: 10 },
      seed: 7,
    });
    const snapshots: SubmittedSheet[] = templateJob({
      template: builtinTemplate,
      units: sampleDistrict,
      period,
    }).map((blank) => {
      const report = reports.find((r) => r.unitId === blank.unitId)!;
      const cells = typedCells(report, blank.layout, {
        name: "Nguyễn Văn A",
        phone: "024 3858 1000",
        sentOn: "2024-11-03",
      });
      const plan = typeIntoPlan(blank.plan, blank.plan.sheets[0]!.name, cells);
      const [workbook, own] = plan.metadata!;
      return {
        source: { file: blank.fileName, sheet: plan.sheets[0]!.name },
        snapshot: snapshotOf(plan.sheets[0]!, own!.entries),
        workbookMetadata: { ...workbook!.entries },
      };
    });
    const result = runConsolidationJob({
      template: builtinTemplate,
      units: sampleDistrict,
      period,
      snapshots,
      generatedAt: "2024-11-05T09:00:00+07:00",
    });
    const range = result.historyTable!.table;
    const bytes = await writeWorkbook(result.workbookPlan);
    const table1 = await partText(bytes, "xl/tables/table1.xml");
    expect(table1).toContain(`name="TongHop_LichSu" displayName="TongHop_LichSu" ref="${range}"`);
    const wb = await loadWithExcelJS(bytes);
    const historyName = result.workbookPlan.sheets.find((s) => s.tables?.length)!.name;
    expect(wb.getWorksheet(historyName)!.getTables()).toHaveLength(1);
    expect(loadedTable(wb.getWorksheet(historyName)!, "TongHop_LichSu").ref).toBe(range);
    // This run's own figures are in the history: the table has a header and rows under it.
    expect(result.history.length).toBeGreaterThan(0);
    expect(range).toBe(`A2:G${result.history.length + 2}`);
  });
});
