/**
 * Plain sheets (long tables of values) are written as XML directly instead of through
 * ExcelJS's cell objects. The two paths must give the same workbook: the same snapshots
 * through both readers (ours and ExcelJS's, the reference), the same styles, widths, hidden
 * rows and panes, and LibreOffice must open the result with the same values.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/core/sheets/plan-types";
import { readWorkbook, writeWorkbook } from "../../src/xlsx";
import { readWorkbookWithExcelJS } from "../../src/xlsx/read-workbook-exceljs";
import { convertWithLibreOffice } from "./libreoffice";

/** Text that must come back as it was written (or, for the control character, without it). */
const AWKWARD: PlanCell[][] = [
  ["=1+1", "<a&b>", `say "hi" & 'bye'`, "Phường 😀 Khương Mai", "a\u0001b"],
  [" leading", "trailing ", "line\nbreak", "", "+84 24"],
  [123456789012345, -0, 1e-7, 0.1 + 0.2, -1234.5678],
  [true, false, "2024-10", "@x", "tab\there"],
];

function tableSheet(name: string, rows: PlanCell[][], extra: Partial<SheetPlan> = {}): SheetPlan {
  const last = rows.length + 1;
  return {
    name,
    blocks: [{ at: "A1", rows: [["Mã", "Tên", "Cột", "Năm", "Giá trị"], ...rows] }],
    styles: [
      { range: "A1:E1", style: { bold: true, fill: "#D9E1F2" } },
      // A later entry overrides only what it sets: E1 is bold, filled and right-aligned.
      { range: "E1:E1", style: { horizontal: "right" } },
    ],
    numberFormats: [
      { range: `A2:A${last}`, format: "@" },
      { range: `E2:E${last}`, format: "#,##0.0##" },
    ],
    columns: [
      { column: "A", width: 10 },
      { column: "B", width: 44 },
      { column: "E", width: 16, hidden: false },
    ],
    rows: [
      { row: 3, hidden: true },
      { row: 4, height: 30 },
    ],
    freeze: { rows: 1, columns: 0 },
    visibility: "visible",
    ...extra,
  };
}

/** A unit-like sheet with strings of its own, written by ExcelJS, before the plain one. */
const SMALL: SheetPlan = {
  name: "Tổng hợp",
  blocks: [
    {
      at: "B2",
      rows: [
        ["Chỉ tiêu", "Tổng"],
        ["Dân số", { formula: "=SUM(1,2)", result: 3 }],
      ],
    },
  ],
  merges: ["B1:C1"],
};

const awkwardPlan: WorkbookPlan = {
  sheets: [SMALL, tableSheet("Chi tiết", AWKWARD)],
  metadata: [{ scope: "workbook", entries: { period: "2024-10" } }],
};

function longRows(count: number): PlanCell[][] {
  return Array.from({ length: count }, (_, i) => [
    `CT${i % 40}`,
    `Chỉ tiêu số ${i % 40} <&>`,
    i % 3 === 0 ? "thuc_hien" : "ke_hoach",
    2024,
    i * 1.5,
  ]);
}

/**
 * The parts of a package, but docProps/core.xml: ExcelJS stamps it with the time of writing,
 * so two writes a second apart differ there and only there.
 */
async function partsOf(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files))
    if (!file.dir && file.name !== "docProps/core.xml") parts[file.name] = await file.async("string");
  return parts;
}

async function styleView(bytes: Buffer): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      cells.push({ row: r, hidden: row.hidden, height: row.height });
      row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.type, cell.style]));
    });
    return {
      name: ws.name,
      state: ws.state,
      views: ws.views,
      dimensions: ws.dimensions.range,
      columns: (ws.columns ?? []).map((c) => [c.width, c.hidden]),
      cells,
    };
  });
}

describe("writing plain sheets directly", () => {
  it("gives the same snapshots as the ExcelJS path, through our reader and ExcelJS's", async () => {
    const fast = await writeWorkbook(awkwardPlan, { plainSheets: "always" });
    const slow = await writeWorkbook(awkwardPlan, { plainSheets: "never" });
    expect(await partsOf(fast)).not.toEqual(await partsOf(slow)); // the two paths did run
    const lean = await readWorkbook(fast);
    expect(lean).toEqual(await readWorkbook(slow));
    expect(await readWorkbookWithExcelJS(fast)).toEqual(await readWorkbookWithExcelJS(slow));
    expect(lean).toEqual(await readWorkbookWithExcelJS(fast));
  });

  it("keeps awkward text as text and numbers at full precision", async () => {
    const read = await readWorkbook(await writeWorkbook(awkwardPlan, { plainSheets: "always" }));
    if (!read.ok) throw new Error(read.error.en);
    const sheet = read.sheets.find((s) => s.name === "Chi tiết")!;
    expect(sheet.values.slice(1)).toEqual([
      // "=1+1" stays text; the control character U+0001 is left out, as ExcelJS leaves it out.
      ["=1+1", "<a&b>", `say "hi" & 'bye'`, "Phường 😀 Khương Mai", "ab"],
      [" leading", "trailing ", "line\nbreak", "", "+84 24"],
      // -0 is written "0"; 0.1 + 0.2 is 0.30000000000000004, all 17 digits kept.
      [123456789012345, 0, 1e-7, 0.30000000000000004, -1234.5678],
      [true, false, "2024-10", "@x", "tab\there"],
    ]);
    expect(sheet.formulas?.flat().every((f) => f === null)).toBe(true);
    expect(read.metadata).toEqual({ period: "2024-10" });
  });

  it("gives the same styles, widths, hidden rows, heights and panes as the ExcelJS path", async () => {
    const fast = await styleView(await writeWorkbook(awkwardPlan, { plainSheets: "always" }));
    const slow = await styleView(await writeWorkbook(awkwardPlan, { plainSheets: "never" }));
    expect(fast).toEqual(slow);
    const sheet = (fast as { name: string; cells: unknown[] }[])[1]!;
    expect(sheet.name).toBe("Chi tiết");
    expect(sheet.cells).toContainEqual({ row: 3, hidden: true, height: undefined });
    expect(sheet.cells).toContainEqual({ row: 4, hidden: false, height: 30 });
  });

  it("writes text that looks like Excel's _xHHHH_ escape so that it reads back unchanged", async () => {
    const plan: WorkbookPlan = { sheets: [tableSheet("T", [["_x0041_", "a_x00e9_b", "_x", "x_", "_x12_"]])] };
    const read = await readWorkbook(await writeWorkbook(plan, { plainSheets: "always" }));
    if (!read.ok) throw new Error(read.error.en);
    expect(read.sheets[0]!.values[1]).toEqual(["_x0041_", "a_x00e9_b", "_x", "x_", "_x12_"]);
  });

  it("styles an empty cell inside a style range, as ExcelJS does", async () => {
    // Row 2 holds only "a"; the number formats of A2 and E2 still style B2..E2's neighbours A2, E2.
    const plan: WorkbookPlan = { sheets: [tableSheet("T", [["a", null, null, null, null]], { rows: [] })] };
    const fast = await writeWorkbook(plan, { plainSheets: "always" });
    const slow = await writeWorkbook(plan, { plainSheets: "never" });
    expect(await styleView(fast)).toEqual(await styleView(slow));
    expect(await readWorkbook(fast)).toEqual(await readWorkbook(slow));
  });

  it("keeps a hidden row that holds no cell (ExcelJS leaves it out)", async () => {
    const plan: WorkbookPlan = { sheets: [tableSheet("T", [["a", "b", "c", 1, 2]])] };
    const [sheet] = (await styleView(await writeWorkbook(plan, { plainSheets: "always" }))) as {
      cells: unknown[];
    }[];
    expect(sheet!.cells).toContainEqual({ row: 3, hidden: true, height: undefined });
    expect(sheet!.cells).toContainEqual({ row: 4, hidden: false, height: 30 });
  });

  it("takes the direct path by itself only for plain sheets of 20,000 cells or more", async () => {
    // 4,000 rows x 5 columns + the 5 header cells = 20,005 cells: direct; 399 rows: ExcelJS.
    const big: WorkbookPlan = { sheets: [SMALL, tableSheet("Lớn", longRows(4_000))] };
    const parts = async (plan: WorkbookPlan, plainSheets?: "always" | "never") =>
      partsOf(await writeWorkbook(plan, { plainSheets }));
    expect(await parts(big)).toEqual(await parts(big, "always"));
    expect(await parts(big)).not.toEqual(await parts(big, "never"));
    const small: WorkbookPlan = { sheets: [SMALL, tableSheet("Nhỏ", longRows(399))] };
    expect(await parts(small)).toEqual(await parts(small, "never"));
    expect(await parts(small)).not.toEqual(await parts(small, "always"));
    const big2 = await readWorkbook(await writeWorkbook(big));
    expect(big2).toEqual(await readWorkbook(await writeWorkbook(big, { plainSheets: "never" })));
  });

  it("leaves a sheet with a formula, a merge or a validation to ExcelJS", async () => {
    const rows = longRows(10);
    const withFormula = tableSheet("F", [...rows, ["x", "y", "z", 1, { formula: "=E2*2" }]]);
    const withMerge = tableSheet("M", rows, { merges: ["A20:B20"] });
    const withValidation = tableSheet("V", rows, {
      validations: [{ range: "E2:E11", rule: { type: "decimal", min: 0 } }],
    });
    for (const sheet of [withFormula, withMerge, withValidation]) {
      const plan: WorkbookPlan = { sheets: [sheet] };
      const always = await partsOf(await writeWorkbook(plan, { plainSheets: "always" }));
      expect(always).toEqual(await partsOf(await writeWorkbook(plan, { plainSheets: "never" })));
    }
  });

  it(
    "is opened by LibreOffice, which reads the same values from both paths",
    { timeout: 240_000 },
    async () => {
      const plan: WorkbookPlan = { sheets: [SMALL, tableSheet("Chi tiết", [...AWKWARD, ...longRows(300)])] };
      const viaLibreOffice = async (plainSheets: "always" | "never") => {
        const converted = await convertWithLibreOffice(await writeWorkbook(plan, { plainSheets }), "t.xlsx");
        const read = await readWorkbook(converted);
        if (!read.ok) throw new Error(read.error.en);
        return read.sheets.find((s) => s.name === "Chi tiết")!.values;
      };
      const fast = await viaLibreOffice("always");
      expect(fast).toEqual(await viaLibreOffice("never"));
      // LibreOffice's own reading: 15 significant digits, TRUE saved as 1, "" as an empty cell.
      expect(fast[1]).toEqual(["=1+1", "<a&b>", `say "hi" & 'bye'`, "Phường 😀 Khương Mai", "ab"]);
      expect(fast[3]).toEqual([123456789012345, 0, 1e-7, 0.3, -1234.5678]);
      // Sheet row 305 (index 304: the header, 4 awkward rows, then longRows from index 5) is
      // longRows' i = 299: "CT19" (299 % 40 = 19), "ke_hoach" (299 % 3 = 2), 299 * 1.5 = 448.5.
      expect(fast[304]).toEqual(["CT19", "Chỉ tiêu số 19 <&>", "ke_hoach", 2024, 448.5]);
    },
  );
});
