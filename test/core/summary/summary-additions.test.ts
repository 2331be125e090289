import { describe, expect, it } from "vitest";
import type { HistoryRecord } from "../../../src/core/history";
import type { Narrative } from "../../../src/core/narrative";
import { checkWorkbookPlan } from "../../../src/core/sheets/check-plan";
import {
  readHistorySheet,
  summaryJson,
  summaryWorkbook,
  type SamePeriodUse,
} from "../../../src/core/summary";
import { cellAt, sheetNamed, snapshotOf } from "./plan-grid";
import { outputInput } from "./summary-fixture";

const narrative = (title: string, sentence: string): Narrative => ({
  paragraphs: [
    { group: "A", title, sentences: [sentence, "Câu thứ hai."] },
    { group: "B", title: "Trống", sentences: [] },
  ],
  text: `${title}\n${sentence} Câu thứ hai.\n`,
  markdown: `### ${title}\n\n${sentence} Câu thứ hai.\n`,
});
const vi = narrative("Hành chính", "Giải quyết 1.200 hồ sơ.");
const en = narrative("Administration", "Resolved 1,200 files.");

const history: HistoryRecord[] = [
  {
    period: "2023-10",
    unit: "*",
    indicator: "A01",
    column: "cumulative",
    value: 1050,
    source: "consolidated",
    time: "2023-11-08T08:00:00+07:00",
  },
  {
    period: "2023-10",
    unit: "w1",
    indicator: "A01",
    column: "cumulative",
    value: 900.25,
    source: "unit",
    time: "2023-11-08T08:00:00+07:00",
  },
  {
    period: "2023",
    unit: "w2",
    indicator: "B01",
    column: "actual",
    value: 0,
    source: "typed",
    time: "2024-01-02",
  },
];

const samePeriod: SamePeriodUse = {
  historyPeriod: "2023-10",
  // w1's A01 from the history; w2's A01 typed on its sheet; w1's A02 rebuilt by the crosswalk.
  sources: { A01: { w1: "history", w2: "sheet" }, A02: { w1: "crosswalk" } },
  basis: { vi: "so sánh theo địa giới mới", en: "compared on the new boundaries" },
  notComparable: [
    {
      unitId: "w2",
      code: "A02",
      why: { vi: "Thiếu số liệu cùng kỳ chỉ tiêu A02 của w9.", en: "A02 is missing for w9." },
    },
  ],
};

const full = () => summaryWorkbook(outputInput({ narrative: { vi, en }, history, samePeriod }));

describe("the summary workbook's written report, charts and history", () => {
  it("puts the report second and the charts and the history last, and stays applicable", () => {
    const { plan } = full();
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Báo cáo",
      "Tình hình gửi báo cáo",
      "Chi tiết theo đơn vị",
      "Lỗi và cảnh báo",
      "Biểu đồ",
      "Lịch sử",
    ]);
    expect(checkWorkbookPlan(plan)).toEqual([]);
  });

  it("writes the report as one row per paragraph title and text, Vietnamese first, English below", () => {
    const sheet = sheetNamed(full().plan, "Báo cáo");
    // 1 title, 2 blank, 3 "Tiếng Việt", 4 title, 5 text, 6 blank, 7 "English", 8 title, 9 text.
    expect(cellAt(sheet, "A1")).toBe("Báo cáo bằng lời - Tháng 10/2024");
    expect(["A3", "A4", "A5"].map((a) => cellAt(sheet, a))).toEqual([
      "Tiếng Việt",
      "Hành chính",
      "Giải quyết 1.200 hồ sơ. Câu thứ hai.",
    ]);
    expect(["A7", "A8", "A9"].map((a) => cellAt(sheet, a))).toEqual([
      "English",
      "Administration",
      "Resolved 1,200 files. Câu thứ hai.",
    ]);
    // A paragraph without sentences is not written.
    expect(cellAt(sheet, "A10")).toBeUndefined();
    expect(sheet.styles).toContainEqual({ range: "A5", style: { wrap: true, vertical: "top" } });
  });

  it("gives a paragraph row the height of its wrapped lines, so that no reader prints it over the next", () => {
    // 100 words "ab" (299 characters) in the 75-wide column: 25 words a line (74), so 4 lines,
    // and " Câu thứ hai." (13 more) starts a fifth: 5 x 15 points.
    const long = Array(100).fill("ab").join(" ");
    const sheet = sheetNamed(
      summaryWorkbook(outputInput({ narrative: { vi: narrative("Dài", long) } })).plan,
      "Báo cáo",
    );
    // One language: 1 title, 2 blank, 3 the paragraph's title, 4 its text.
    expect(cellAt(sheet, "A4")).toBe(`${long} Câu thứ hai.`);
    expect(sheet.columns).toEqual([{ column: "A", width: 75 }]);
    expect(sheet.rows).toEqual([{ row: 4, height: 75 }]);
    // The short paragraphs of the fixture fit on one line: no height of their own.
    expect(sheetNamed(full().plan, "Báo cáo").rows).toBeUndefined();
  });

  it("writes the history under a hidden key row and one header row, and reads it back to the same records", () => {
    const sheet = sheetNamed(full().plan, "Lịch sử");
    expect(cellAt(sheet, "A1")).toBe("period");
    expect(cellAt(sheet, "A2")).toBe("Kỳ");
    expect(["A4", "B4", "C4", "D4", "E4", "F4", "G4"].map((a) => cellAt(sheet, a))).toEqual([
      "2023-10",
      "w1",
      "A01",
      "cumulative",
      900.25,
      "unit",
      "2023-11-08T08:00:00+07:00",
    ]);
    expect(sheet.rows).toContainEqual({ row: 1, hidden: true });
    expect(full().historyTable).toEqual({ table: "A2:G5", headerRow: 2, records: 3 });
    const back = readHistorySheet(snapshotOf(sheet));
    expect(back.problems).toEqual([]);
    expect(back.records).toEqual(history);
  });

  it("reads a history sheet someone typed into, skipping a bad row and naming it", () => {
    const snapshot = {
      name: "Lịch sử",
      values: [
        ["period", "unit", "indicator", "column", "value", "source", "time"],
        ["Kỳ", "Đơn vị", "Chỉ tiêu", "Cột", "Giá trị", "Nguồn", "Thời điểm"],
        ["2023-10", "w1", "A01", "cumulative", "1.000", "typed", "2024-01-02"],
        [],
        ["2023-10", "w2", "A01", "cumulative", 200, "typed", "2024-01-02"],
      ],
    };
    const back = readHistorySheet(snapshot);
    expect(back.records.map((r) => [r.unit, r.value])).toEqual([["w2", 200]]);
    expect(back.problems).toHaveLength(1);
    expect(back.problems[0]!.row).toBe(3);
    expect(back.problems[0]!.message.vi).toMatch(/^Hàng 3: /);
    expect(back.problems[0]!.message.en).toMatch(/^Row 3: /);
  });

  it("says, instead of throwing, that a sheet has no history table", () => {
    const back = readHistorySheet({ name: "X", values: [["Ghi chú"]] });
    expect(back.records).toEqual([]);
    expect(back.problems[0]!.message.vi).toContain('"X"');
  });

  it("charts % of plan by indicator and each unit's contribution, from figures on the charts sheet", () => {
    const { plan, charts } = full();
    const sheet = sheetNamed(plan, "Biểu đồ");
    // A01 1200 / 6000 = 20%; B01 4800 / 6000 = 80%; A02 and A03 have no plan.
    expect(["A2", "B2", "A3", "B3", "A4"].map((a) => cellAt(sheet, a))).toEqual([
      "Hồ sơ đã giải quyết",
      20,
      "Thu ngân sách",
      80,
      undefined,
    ]);
    // A01 is the first indicator the wards report: w1 1000, w2 200, w3 gave nothing.
    expect(["D2", "E2", "D3", "E3", "D4"].map((a) => cellAt(sheet, a))).toEqual([
      "Phường Một",
      1000,
      "Phường Hai",
      200,
      undefined,
    ]);
    expect(charts).toEqual([
      {
        id: "completion",
        type: "bar",
        title: "% kế hoạch theo chỉ tiêu",
        categories: { sheet: "Biểu đồ", range: "A2:A3" },
        series: { name: "% kế hoạch", values: { sheet: "Biểu đồ", range: "B2:B3" } },
        placement: { sheet: "Biểu đồ", at: "G1" },
        valueFormat: '0"%"',
      },
      {
        id: "contribution",
        type: "column",
        title: "Đóng góp của từng đơn vị: Hồ sơ đã giải quyết",
        categories: { sheet: "Biểu đồ", range: "D2:D3" },
        series: {
          name: "Đóng góp của từng đơn vị: Hồ sơ đã giải quyết",
          values: { sheet: "Biểu đồ", range: "E2:E3" },
        },
        placement: { sheet: "Biểu đồ", at: "G22" },
        valueFormat: "#,##0",
      },
    ]);
  });

  it("charts the contribution of the indicator asked for", () => {
    const { plan } = summaryWorkbook(outputInput({ chartIndicator: "A02" }));
    // A02: w1 990, w2 150.
    expect(cellAt(sheetNamed(plan, "Biểu đồ"), "E2")).toBe(990);
    expect(cellAt(sheetNamed(plan, "Biểu đồ"), "E3")).toBe(150);
  });

  it("says in the legend where the same-period figures came from and on which basis", () => {
    const legend = cellAt(sheetNamed(full().plan, "Tổng hợp"), "A5");
    // From the history or crosswalk: w1 (A01, A02); typed on the sheet: w2 (A01).
    expect(legend).toContain(
      "Số cùng kỳ năm trước: lấy từ lịch sử số liệu (Tháng 10/2023) ở 1 đơn vị, theo số đơn vị tự nhập ở 1 đơn vị.",
    );
    expect(legend).toContain("Số cùng kỳ: so sánh theo địa giới mới.");
  });

  it("marks an indicator that cannot be compared on the new boundaries in its row's note", () => {
    // A02 is on row 11 (docs of summary-workbook.test.ts); its note is column O.
    expect(cellAt(sheetNamed(full().plan, "Tổng hợp"), "O11")).toContain(
      "Không so sánh được (so sánh theo địa giới mới): Phường Hai (thiếu số liệu cùng kỳ chỉ tiêu A02 của w9)",
    );
  });
});

describe("the JSON summary's report, comparison and counts", () => {
  const json = () => summaryJson(outputInput({ narrative: { vi, en }, samePeriod }));

  it("carries the written report as plain text in both languages", () => {
    expect(json().narrative_vi).toBe(vi.text);
    expect(json().narrative_en).toBe(en.text);
    expect(summaryJson(outputInput()).narrative_vi).toBeNull();
  });

  it("says sent and counted apart", () => {
    // The fixture: 3 units sent (completeness.submitted), 3 are in the totals.
    expect(json().units.counts).toMatchObject({ sent: 3, counted: 3, submitted: 3 });
  });

  it("says where each indicator's same-period figures came from, unit by unit", () => {
    const a01 = json().indicators.find((i) => i.code === "A01")!;
    expect(a01.samePeriodSources).toEqual({ history: ["w1"], crosswalk: [], sheet: ["w2"] });
    expect(json().indicators.find((i) => i.code === "B01")!.samePeriodSources).toEqual({
      history: [],
      crosswalk: [],
      sheet: [],
    });
  });

  it("states the comparison's basis and what cannot be compared", () => {
    expect(json().comparison).toEqual({
      historyPeriod: "2023-10",
      basis: { vi: "so sánh theo địa giới mới", en: "compared on the new boundaries" },
      notComparable: [
        {
          unit: "w2",
          indicator: "A02",
          why: { vi: "Thiếu số liệu cùng kỳ chỉ tiêu A02 của w9.", en: "A02 is missing for w9." },
        },
      ],
    });
    expect(summaryJson(outputInput()).comparison).toEqual({
      historyPeriod: null,
      basis: null,
      notComparable: [],
    });
  });
});
