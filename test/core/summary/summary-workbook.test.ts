import { describe, expect, it } from "vitest";
import { checkWorkbookPlan } from "../../../src/core/sheets/check-plan";
import { parseUnitSheet } from "../../../src/core/sheets/parse-unit-sheet";
import { summaryWorkbook, summaryWorkbookPlan } from "../../../src/core/summary";
import { cellAt, isFormula, planCells, sheetNamed, snapshotOf } from "./plan-grid";
import { HOSTILE, outputInput } from "./summary-fixture";
import { smallTemplate } from "./small-template";

// Layout of the summary sheet for the small template (worked out by hand):
// 1 title, 2 level and period, 3 reports counted, 4 made at, 5 legend, 6 identity (hidden),
// 7 headers, 8 keys (hidden), 9 I Hành chính, 10 A01, 11 A02, 12 A03, 13 II Ngân sách, 14 B01.
// Columns: A STT, B code, C name, D uom, E plan, F plan2, G actual, H cumulative, I last_year,
// J estimate, K % plan, L % plan2, M % same period, N coverage, O note.
const built = () => summaryWorkbook(outputInput());
const summarySheet = () => sheetNamed(built().plan, "Tổng hợp");
const ratio = (part: string, base: string) =>
  `=IF(AND(ISNUMBER(${part}),ISNUMBER(${base}),${base}<>0),${part}/${base}*100,"")`;

describe("the summary sheet", () => {
  it("names the sheets in Vietnamese, summary first, charts last when there is no report or history", () => {
    expect(built().plan.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Tình hình gửi báo cáo",
      "Chi tiết theo đơn vị",
      "Lỗi và cảnh báo",
      "Biểu đồ",
    ]);
  });

  it("is a plan a host can apply", () => {
    expect(checkWorkbookPlan(built().plan)).toEqual([]);
  });

  it("titles the sheet with the template, the consolidating level and the period", () => {
    const sheet = summarySheet();
    expect(cellAt(sheet, "A1")).toBe("BÁO CÁO TỔNG HỢP: BIỂU THỬ");
    expect(cellAt(sheet, "A2")).toBe("Quận Mẫu - Tháng 10/2024");
    expect(cellAt(sheet, "C3")).toBe("3/4 đơn vị");
    expect(cellAt(sheet, "C4")).toBe("2024-11-10T08:00:00+07:00");
  });

  it("keeps the unit sheet's machine keys in a hidden key row, then the summary's own", () => {
    const { plan, layout } = built();
    const sheet = plan.sheets[0]!;
    const keys = "ABCDEFGHIJKLMNO".split("").map((c) => cellAt(sheet, `${c}8`));
    expect(keys).toEqual([
      "no",
      "code",
      "name",
      "uom",
      "plan",
      "plan2",
      "actual",
      "cumulative",
      "last_year",
      "estimate",
      "pct_plan",
      "pct_plan2",
      "pct_same_period",
      "coverage",
      "note",
    ]);
    expect(layout.keyRow).toBe(8);
    expect(sheet.rows).toContainEqual({ row: 8, hidden: true });
    expect(sheet.rows).toContainEqual({ row: 6, hidden: true });
    expect(cellAt(sheet, "K7")).toBe("% so với kế hoạch / dự toán năm");
    expect(cellAt(sheet, "M7")).toBe("% so với cùng kỳ năm trước");
  });

  it("lists the indicators by group under numbered group headings", () => {
    const sheet = summarySheet();
    expect([cellAt(sheet, "A9"), cellAt(sheet, "C9")]).toEqual(["I", "Hành chính"]);
    expect(["A10", "B10", "C10", "D10"].map((a) => cellAt(sheet, a))).toEqual([
      1,
      "A01",
      "Hồ sơ đã giải quyết",
      "hồ sơ",
    ]);
    expect(["B11", "B12"].map((a) => cellAt(sheet, a))).toEqual(["A02", "A03"]);
    expect([cellAt(sheet, "A13"), cellAt(sheet, "C13")]).toEqual(["II", "Ngân sách"]);
    expect([cellAt(sheet, "A14"), cellAt(sheet, "B14")]).toEqual([1, "B01"]);
    expect(built().layout.indicatorRows).toEqual({ A01: 10, A02: 11, A03: 12, B01: 14 });
  });

  it("writes the consolidated figures as numbers and leaves unreported ones blank", () => {
    const sheet = summarySheet();
    // A01: plan 5000 + 1000, actual 100 + 10, cumulative 1000 + 200, last year 900 + 150.
    expect(["E10", "F10", "G10", "H10", "I10", "J10"].map((a) => cellAt(sheet, a))).toEqual([
      6000,
      undefined,
      110,
      1200,
      1050,
      undefined,
    ]);
    // B01: a last year of 0 is a figure, not a blank.
    expect(["E14", "F14", "G14", "H14", "I14"].map((a) => cellAt(sheet, a))).toEqual([
      6000, 6500, 500, 4800, 0,
    ]);
  });

  it("computes % of plan with a formula over the row's own cells, cached with the core's value", () => {
    const sheet = summarySheet();
    // 1200 / 6000 x 100 = 20.
    expect(cellAt(sheet, "K10")).toEqual({ formula: ratio("H10", "E10"), result: 20 });
    expect(cellAt(sheet, "K10")).toEqual({
      formula: '=IF(AND(ISNUMBER(H10),ISNUMBER(E10),E10<>0),H10/E10*100,"")',
      result: 20,
    });
    // B01: 4800 / 6500 x 100 = 73.846...
    const k14 = cellAt(sheet, "L14");
    expect(isFormula(k14) && k14.formula).toBe(ratio("H14", "F14"));
    expect(isFormula(k14) && k14.result).toBeCloseTo(73.846_153_8, 6);
  });

  it("writes a formula without a cached value where the core has no percentage for want of a base", () => {
    // A01 has no plan2: the formula yields "" as the core's null does.
    expect(cellAt(summarySheet(), "L10")).toEqual({ formula: ratio("H10", "F10") });
  });

  it("computes % of the same period with a formula where the core compared", () => {
    const m10 = cellAt(summarySheet(), "M10");
    expect(isFormula(m10) && m10.formula).toBe(ratio("H10", "I10"));
    expect(isFormula(m10) && m10.result).toBeCloseTo(114.285_714_3, 6); // 1200 / 1050 x 100
  });

  it("leaves % of the same period blank, with no formula, where the units behind the totals differ", () => {
    const sheet = summarySheet();
    // A02: cumulative from w1 and w2, last year from w1 only: the core says unit-sets-differ.
    expect(cellAt(sheet, "M11")).toBeUndefined();
    expect(cellAt(sheet, "O11")).toContain("So với cùng kỳ: không so sánh được");
    expect(cellAt(sheet, "O11")).toContain("thiếu số cùng kỳ: Phường Hai");
  });

  it("computes a derived row as the ratio of the numerator's and denominator's sums on the sheet", () => {
    const sheet = summarySheet();
    const g12 = cellAt(sheet, "G12");
    expect(isFormula(g12) && g12.formula).toBe('=IF(AND(ISNUMBER(G11),ISNUMBER(G10),G10<>0),G11/G10*100,"")');
    expect(isFormula(g12) && g12.result).toBeCloseTo(90.909_090_9, 6); // 100 / 110 x 100
    expect(cellAt(sheet, "H12")).toEqual({ formula: ratio("H11", "H10"), result: 95 }); // 1140 / 1200 x 100
  });

  it("leaves a derived figure blank where its operands come from different units, and says why", () => {
    const sheet = summarySheet();
    expect(cellAt(sheet, "I12")).toBeUndefined();
    expect(cellAt(sheet, "O12")).toContain("Cùng kỳ năm trước: không tính được tỷ lệ");
  });

  it("puts formulas exactly in the percentage and derived cells the core can reproduce", () => {
    const formulas = [...planCells(summarySheet())].filter(([, cell]) => isFormula(cell)).map(([a]) => a);
    expect(formulas.sort()).toEqual(
      [
        "K10",
        "L10",
        "M10",
        "K11",
        "L11",
        "E12",
        "F12",
        "G12",
        "H12",
        "J12",
        "K12",
        "L12",
        "M12",
        "K14",
        "L14",
        "M14",
      ].sort(),
    );
  });

  it("shows coverage as reported/expected and marks a partial row in words and in style", () => {
    const sheet = summarySheet();
    expect(cellAt(sheet, "N10")).toBe("2/3");
    expect(cellAt(sheet, "O10")).toMatch(/^Thiếu số liệu \(2\/3\): chưa có Phường Ba\./);
    expect(sheet.styles).toContainEqual({ range: "A10:O10", style: { italic: true, fill: "#FFF2CC" } });
    expect(cellAt(sheet, "N14")).toBe("1/1");
    expect(sheet.styles?.some((s) => s.range === "A14:O14" && s.style.italic)).toBe(false);
  });

  it("gives a row whose name or note wraps the height of its lines, and leaves one-line rows alone", () => {
    const sheet = summarySheet();
    // O10 in the 44-wide note column, wrapped at spaces: "Thiếu số liệu (2/3): chưa có Phường Ba.;"
    // (40), "Phường Một:" (11; the 39-character formula text does not fit beside it),
    // '=HYPERLINK("http://example.invalid","bấm vào' (43), 'đây")' (5): 4 lines of 15 points.
    expect(sheet.rows).toContainEqual({ row: 10, height: 60 });
    // Group headings (9, 13) and B01 (14), whose note "Cùng kỳ năm trước: bằng 0, không tính tỷ lệ."
    // is 43 characters, keep the default height.
    for (const row of [9, 13, 14]) expect(sheet.rows?.some((r) => r.row === row)).toBe(false);
  });

  it("says when the base of a percentage is zero", () => {
    expect(cellAt(summarySheet(), "O14")).toBe("Cùng kỳ năm trước: bằng 0, không tính tỷ lệ.");
  });

  it("copies the units' notes, named by unit, as text", () => {
    const sheet = summarySheet();
    expect(cellAt(sheet, "O10")).toContain(`Phường Một: ${HOSTILE.hyperlink}`);
    expect(cellAt(sheet, "O11")).toContain(`Phường Hai: ${HOSTILE.phone}`);
  });

  it("carries the identity in a hidden row and in metadata, with kind summary and the time made", () => {
    const { plan } = built();
    expect(cellAt(plan.sheets[0]!, "A6")).toBe("tonghop");
    expect(plan.metadata).toContainEqual({
      scope: "workbook",
      entries: {
        template_id: "t-small",
        template_version: "1.0.0",
        period: "2024-10",
        kind: "summary",
        generated_at: "2024-11-10T08:00:00+07:00",
      },
    });
  });

  it("can be read back as one unit's report one level up when the level has a unit id", () => {
    const { plan } = summaryWorkbook(outputInput({ level: { name: "Quận Mẫu", unitId: "quan-mau" } }));
    const meta = plan.metadata?.find((m) => m.scope !== "workbook")?.entries;
    const parsed = parseUnitSheet(snapshotOf(plan.sheets[0]!, meta), { template: smallTemplate });
    if (!parsed.ok) throw new Error(parsed.problem.en);
    expect(parsed.report.unitId).toBe("quan-mau");
    expect(parsed.report.period).toBe("2024-10");
    const a01 = parsed.report.rows.find((r) => r.code === "A01")!;
    expect(a01.cells.cumulative?.value).toEqual({ kind: "number", value: 1200 });
    expect(parsed.problems).toEqual([]);
  });

  it("speaks English when asked", () => {
    const plan = summaryWorkbookPlan(outputInput({ lang: "en" }));
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Reporting status",
      "By unit",
      "Errors and warnings",
      "Charts",
    ]);
    expect(cellAt(plan.sheets[0]!, "A2")).toBe("Quận Mẫu - October 2024");
    expect(cellAt(plan.sheets[0]!, "O10")).toMatch(/^Partial \(2\/3\): nothing yet from Phường Ba\./);
  });
});

describe("the reporting-status sheet", () => {
  const sheet = () => sheetNamed(built().plan, "Tình hình gửi báo cáo");
  const row = (r: number) => "ABCDEFGHIJ".split("").map((c) => cellAt(sheet(), `${c}${r}`));

  it("gives each unit its status in words, its sending date, cells filled and findings", () => {
    expect(row(2)).toEqual([
      1,
      "Phường Một",
      "Phường, xã",
      "Đã nhập đủ",
      "2024-11-03",
      "4/4",
      0,
      0,
      "Có",
      undefined,
    ]);
    expect(row(4)).toEqual([
      3,
      "Phường Ba",
      "Phường, xã",
      "Chưa báo cáo",
      undefined,
      "0/4",
      0,
      0,
      "Không: chưa có báo cáo",
      undefined,
    ]);
    expect(row(5)).toEqual([
      4,
      "Phòng Tài chính",
      "Phòng, ban",
      "Gửi muộn",
      "2024-11-06",
      "2/2",
      0,
      2,
      "Có",
      undefined,
    ]);
  });

  it("shows the office's acceptance with its reason", () => {
    expect(row(3)[9]).toBe("Đã xác nhận qua điện thoại");
  });

  it("ends with the reporting rate and the on-time rate", () => {
    // 4 units: header in row 1, units in rows 2-5, a blank row, the rates from row 7.
    expect([cellAt(sheet(), "B7"), cellAt(sheet(), "D7")]).toEqual([
      "Tỷ lệ gửi báo cáo (đã gửi / phải gửi)",
      75,
    ]);
    expect([cellAt(sheet(), "B8"), cellAt(sheet(), "D8")]).toEqual([
      "Tỷ lệ gửi đúng hạn (đúng hạn / phải gửi)",
      50,
    ]);
  });
});

describe("the by-unit sheet", () => {
  const sheet = () => sheetNamed(built().plan, "Chi tiết theo đơn vị");
  const row = (r: number) => "ABCDEFG".split("").map((c) => cellAt(sheet(), `${c}${r}`));

  it("has one header row and no merged cells, for a PivotTable", () => {
    expect(row(1)).toEqual(["Mã chỉ tiêu", "Chỉ tiêu", "Mã cột", "Cột", "Mã đơn vị", "Đơn vị", "Giá trị"]);
    expect(sheet().merges ?? []).toEqual([]);
  });

  it("has one row per non-null contribution", () => {
    // A01: plan 2, actual 2, cumulative 2, last year 2 = 8; A02: actual 2, cumulative 2,
    // last year 1 = 5; A03 derived: none; B01: plan, plan2, actual, cumulative, last year = 5.
    const rows = sheet().blocks[0]!.rows;
    expect(rows.length - 1).toBe(18);
  });

  it("writes code, names, column and unit for each figure, a zero included", () => {
    expect(row(2)).toEqual([
      "A01",
      "Hồ sơ đã giải quyết",
      "plan",
      "Kế hoạch / dự toán năm",
      "w1",
      "Phường Một",
      5000,
    ]);
    expect(row(3)).toEqual([
      "A01",
      "Hồ sơ đã giải quyết",
      "plan",
      "Kế hoạch / dự toán năm",
      "w2",
      "Phường Hai",
      1000,
    ]);
    expect(row(19)).toEqual([
      "B01",
      "Thu ngân sách",
      "last_year",
      "Cùng kỳ năm trước",
      "tc",
      "Phòng Tài chính",
      0,
    ]);
  });
});

describe("the findings sheet", () => {
  const sheet = () => sheetNamed(built().plan, "Lỗi và cảnh báo");

  it("writes one row per finding with where it is, the severity in words, the rule and the message", () => {
    const row = "ABCDEFGHIJ".split("").map((c) => cellAt(sheet(), `${c}2`));
    expect(row).toEqual([
      "Phường Hai",
      HOSTILE.phone,
      HOSTILE.at,
      "H12",
      "A01",
      "Lũy kế từ đầu năm",
      "Lỗi",
      "cell.text",
      HOSTILE.hyperlink,
      1592.5,
    ]);
    expect(cellAt(sheet(), "G3")).toBe("Cảnh báo");
  });

  it("gives a message longer than its 80-wide column the height of its lines", () => {
    const long = Array(40).fill("ô trống").join(" "); // 40 x 7 + 39 = 319 characters
    const plan = summaryWorkbookPlan(
      outputInput({
        findings: [{ severity: "warning", rule: "x", message: { vi: long, en: long }, unitId: "w1" }],
      }),
    );
    // "ô trống" pairs: 10 of them (79 characters) a line, so 4 lines.
    expect(sheetNamed(plan, "Lỗi và cảnh báo").rows).toEqual([{ row: 2, height: 60 }]);
    expect(sheet().rows).toBeUndefined();
  });

  it("says there is nothing to report when there is no finding", () => {
    const plan = summaryWorkbookPlan(outputInput({ findings: [] }));
    expect(cellAt(sheetNamed(plan, "Lỗi và cảnh báo"), "A2")).toBe("Không có lỗi hay cảnh báo.");
  });
});

describe("text from units never becomes a formula", () => {
  it("keeps =, + and @ texts as strings and makes formulas only of its own ratio formulas", () => {
    const { plan } = built();
    const texts: string[] = [];
    for (const sheet of plan.sheets)
      for (const cell of planCells(sheet).values()) {
        if (isFormula(cell))
          expect(cell.formula).toMatch(
            /^=IF\(AND\(ISNUMBER\([A-Z]+\d+\),ISNUMBER\([A-Z]+\d+\),[A-Z]+\d+<>0\),[A-Z]+\d+\/[A-Z]+\d+\*100,""\)$/,
          );
        else if (typeof cell === "string") texts.push(cell);
      }
    expect(texts).toContain(HOSTILE.hyperlink);
    expect(texts).toContain(HOSTILE.phone);
    expect(texts).toContain(HOSTILE.at);
  });
});
