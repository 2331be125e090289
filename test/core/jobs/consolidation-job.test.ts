import { describe, expect, it } from "vitest";
import { runConsolidationJob, type ConsolidationJobInput } from "../../../src/core/jobs";
import { summaryRow } from "../../../src/core/consolidate";
import { smallTemplate, TC, UNITS, W1, W2, W3 } from "../summary/small-template";
import { submittedSheet } from "./submitted-sheet";

// The October 2024 round of the small district (deadline 5 November):
// - w1 sent twice: a newer file (3 Nov: A01 1000, A02 990) given first, an older one (1 Nov: A01 900) last;
// - w2 sent an error: on time A02 250 above resolved A01 200 (rule a.on-time-within-resolved);
// - w3 sent nothing; the finance office tc sent B01 on 6 November, a day late;
// - a help sheet that is no unit's report came along in a file.
const w1New = submittedSheet({
  unit: W1,
  file: "w1-moi.xlsx",
  sent: "03/11/2024",
  figures: { A01: { actual: 100, cumulative: 1000 }, A02: { actual: 99, cumulative: 990 } },
});
const w2 = submittedSheet({
  unit: W2,
  file: "w2.xlsx",
  sent: "04/11/2024",
  figures: { A01: { actual: 10, cumulative: 200 }, A02: { actual: 1, cumulative: 250 } },
});
const tc = submittedSheet({
  unit: TC,
  file: "tc.xlsx",
  sent: "06/11/2024",
  figures: { B01: { actual: 500, cumulative: 4800 } },
});
const w1Old = submittedSheet({
  unit: W1,
  file: "w1-cu.xlsx",
  sent: "01/11/2024",
  figures: { A01: { actual: 90, cumulative: 900 }, A02: { actual: 80, cumulative: 880 } },
});
const help = {
  source: { file: "huong-dan.xlsx", sheet: "Hướng dẫn" },
  snapshot: { name: "Hướng dẫn", values: [["Hướng dẫn điền biểu"], ["Nhập số vào ô vàng."]] },
};

function run(extra: Partial<ConsolidationJobInput> = {}) {
  return runConsolidationJob({
    template: smallTemplate,
    units: UNITS,
    period: "2024-10",
    deadline: "2024-11-05",
    snapshots: [w1New, w2, tc, w1Old, help],
    generatedAt: "2024-11-10T08:00:00+07:00",
    level: { name: "Quận Mẫu" },
    ...extra,
  });
}

describe("the consolidation job", () => {
  it("says what became of every submitted sheet, in the order given", () => {
    expect(run().unitResults.map((r) => [r.unitId, r.source.file, r.outcome])).toEqual([
      ["w1", "w1-moi.xlsx", "counted"],
      ["w2", "w2.xlsx", "excluded"],
      ["tc", "tc.xlsx", "counted"],
      ["w1", "w1-cu.xlsx", "superseded"],
      [null, "huong-dan.xlsx", "unreadable"],
    ]);
  });

  it("counts a sheet nobody has typed into as a unit not reported, not one left out for errors", () => {
    // w3's sheet is in the shared workbook but still blank: w3 is missing, like a unit that sent
    // nothing, with one info finding and none of the required-cell errors a blank sheet would get.
    const blank = submittedSheet({ unit: W3, file: "chung.xlsx", figures: {} });
    const job = run({ snapshots: [w1New, w2, tc, blank] });
    expect(job.unitResults.map((r) => [r.unitId, r.outcome])).toEqual([
      ["w1", "counted"],
      ["w2", "excluded"],
      ["tc", "counted"],
      ["w3", "not-started"],
    ]);
    expect(job.summary.units.missing).toEqual(["w3"]);
    expect(job.summary.units.excluded.map((e) => e.unitId)).toEqual(["w2"]);
    const aboutW3 = job.findings.filter((f) => f.unitId === "w3");
    expect(aboutW3.map((f) => [f.rule, f.severity])).toEqual([["job.not-started", "info"]]);
  });

  it("keeps the newest of a unit's duplicate submissions by date sent, and reports the other", () => {
    const result = run();
    // Only w1's newer figures count: A01 cumulative 1000, not 900 nor 1900.
    expect(summaryRow(result.summary, "A01")!.values.cumulative).toBe(1000);
    const duplicate = result.findings.filter((f) => f.rule === "job.duplicate-submission");
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatchObject({ unitId: "w1", severity: "warning", file: "w1-cu.xlsx" });
    expect(duplicate[0]!.message.vi).toContain('tệp "w1-moi.xlsx"');
    expect(duplicate[0]!.message.vi).toContain('bỏ báo cáo ở tệp "w1-cu.xlsx"');
  });

  it("turns a sheet that is no unit's report into a finding naming the file and the sheet", () => {
    const unreadable = run().findings.find((f) => f.rule === "sheet.no-key-row");
    expect(unreadable).toMatchObject({ severity: "error", file: "huong-dan.xlsx", sheet: "Hướng dẫn" });
    expect(unreadable!.message.vi).toMatch(/^Tệp "huong-dan\.xlsx", trang tính "Hướng dẫn": /);
    expect(unreadable!.message.en).toMatch(/^File "huong-dan\.xlsx", sheet "Hướng dẫn": /);
    expect(unreadable!.unitId).toBeUndefined();
  });

  it("never throws on a snapshot that is not a grid", () => {
    const broken = {
      source: { file: "x.xlsx" },
      snapshot: { name: "X", values: null as unknown as unknown[][] },
    };
    const result = run({ snapshots: [broken] });
    expect(result.findings.map((f) => f.rule)).toContain("sheet.not-a-grid");
    expect(result.summary.units.missing).toEqual(["w1", "w2", "w3", "tc"]);
  });

  it("leaves out a unit with an error not accepted, saying why", () => {
    const result = run();
    expect(result.summary.units.excluded).toEqual([{ unitId: "w2", reason: "có 1 lỗi chưa được chấp nhận" }]);
    expect(result.summary.units.submitted).toEqual(["w1", "tc"]);
    expect(result.summary.units.missing).toEqual(["w3"]);
    expect(result.findings.find((f) => f.rule === "a.on-time-within-resolved")).toMatchObject({
      unitId: "w2",
      file: "w2.xlsx",
      code: "A02",
      column: "cumulative",
      severity: "error",
    });
    // A01 from w1 only: 1000 of 3 wards expected, partial.
    expect(summaryRow(result.summary, "A01")!.coverage).toMatchObject({
      expected: 3,
      reported: 1,
      partial: true,
    });
  });

  it("counts an accepted unit's figures, with the office's reason", () => {
    const result = run({ accepted: { w2: "Đã xác nhận qua điện thoại" } });
    expect(result.unitResults[1]).toMatchObject({
      unitId: "w2",
      outcome: "accepted",
      acceptedReason: "Đã xác nhận qua điện thoại",
      counts: { error: 1, warning: 0, info: 0 },
    });
    expect(result.summary.units.excluded).toEqual([]);
    // A01 cumulative 1000 + 200 = 1200; A02 cumulative 990 + 250 = 1240.
    expect(summaryRow(result.summary, "A01")!.values.cumulative).toBe(1200);
    expect(summaryRow(result.summary, "A02")!.values.cumulative).toBe(1240);
    expect(result.json.units.accepted).toEqual([{ unitId: "w2", reason: "Đã xác nhận qua điện thoại" }]);
  });

  it("judges lateness against the deadline, as of the time of the run", () => {
    const result = run();
    // tc sent on 6 Nov after the 5 Nov deadline; w3 sent nothing and the deadline had passed on 10 Nov.
    expect(result.completeness.late).toEqual(["w3", "tc"]);
    expect(result.completeness.units.find((u) => u.unitId === "w1")?.submittedAt).toBe("2024-11-03");
  });

  it("builds the summary workbook and the JSON summary from the same run", () => {
    const result = run();
    expect(result.workbookPlan.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Báo cáo",
      "Tình hình gửi báo cáo",
      "Chi tiết theo đơn vị",
      "Lỗi và cảnh báo",
      "Biểu đồ",
      "Lịch sử",
    ]);
    expect(result.workbookPlan.metadata?.[0]?.entries.generated_at).toBe("2024-11-10T08:00:00+07:00");
    expect(result.json.schema).toBe("tonghop.summary/1");
    expect(result.json.findings).toHaveLength(result.findings.length);
    expect(result.json.units.excluded).toEqual([{ unitId: "w2", reason: "có 1 lỗi chưa được chấp nhận" }]);
  });

  it("reports progress after each sheet and once at the end", () => {
    const calls: [number, number][] = [];
    run({ onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 6],
      [2, 6],
      [3, 6],
      [4, 6],
      [5, 6],
      [6, 6],
    ]);
  });

  it("turns a period or a deadline it cannot read into findings, not a throw", () => {
    const result = run({ period: "2024-13", deadline: "5/11" });
    expect(result.findings.slice(0, 2).map((f) => [f.rule, f.severity])).toEqual([
      ["job.period", "error"],
      ["job.deadline", "warning"],
    ]);
    expect(result.findings[0]!.message.vi).toContain('"2024-13"');
  });

  it("prefers a report for the period being consolidated over a newer one for another period", () => {
    const september = submittedSheet({
      unit: W1,
      file: "w1-thang9.xlsx",
      sent: "09/11/2024",
      period: "2024-09",
      figures: { A01: { actual: 1, cumulative: 1 }, A02: { actual: 1, cumulative: 1 } },
    });
    const result = run({ snapshots: [w1New, september] });
    expect(result.unitResults.map((r) => r.outcome)).toEqual(["counted", "superseded"]);
    expect(summaryRow(result.summary, "A01")!.values.cumulative).toBe(1000);
  });
});
