import { describe, expect, it } from "vitest";
import { summaryRow } from "../../../src/core/consolidate";
import type { HistoryRecord } from "../../../src/core/history";
import {
  runConsolidationJob,
  sheetFinding,
  validationFinding,
  type ConsolidationJobInput,
} from "../../../src/core/jobs";
import { parseTemplate } from "../../../src/core/template/load-template";
import { smallTemplate, TC, UNITS, W1, W2 } from "../summary/small-template";
import { sheetNamed, cellAt } from "../summary/plan-grid";
import { submittedSheet } from "./submitted-sheet";

// October 2024 of the small district: w1 and tc clean; w2 has on-time 250 above resolved 200
// (an error, left out unless accepted); w3 sends nothing.
const w1 = submittedSheet({
  unit: W1,
  file: "w1.xlsx",
  figures: {
    A01: { actual: 100, cumulative: 1000, last_year: 900 },
    A02: { actual: 99, cumulative: 990, last_year: 880 },
  },
});
const w2 = submittedSheet({
  unit: W2,
  file: "w2.xlsx",
  figures: { A01: { actual: 10, cumulative: 200, last_year: 150 }, A02: { actual: 1, cumulative: 250 } },
});
const tc = submittedSheet({
  unit: TC,
  file: "tc.xlsx",
  figures: { B01: { plan: 7000, actual: 500, cumulative: 4800 } },
});

const TIME = "2024-11-10T08:00:00+07:00";
const record = (
  r: Partial<HistoryRecord> & Pick<HistoryRecord, "unit" | "indicator" | "value">,
): HistoryRecord => ({
  period: "2023-10",
  column: "cumulative",
  source: "unit",
  time: "2023-11-08T08:00:00+07:00",
  ...r,
});

function run(extra: Partial<ConsolidationJobInput> = {}) {
  return runConsolidationJob({
    template: smallTemplate,
    units: UNITS,
    period: "2024-10",
    snapshots: [w1, w2, tc],
    generatedAt: TIME,
    level: { name: "Quận Mẫu" },
    ...extra,
  });
}

describe("the job's own findings and counts", () => {
  it("warns, in the findings, the workbook and the JSON, about plans that differ from the plans table", () => {
    const result = run({ plans: { units: { tc: { B01: { plan: 6000 } } }, level: {} } });
    const differs = result.findings.filter((f) => f.rule === "job.plan-differs");
    expect(differs).toHaveLength(1);
    expect(differs[0]).toMatchObject({
      unitId: "tc",
      file: "tc.xlsx",
      code: "B01",
      column: "plan",
      severity: "warning",
    });
    expect(differs[0]!.message.vi).toMatch(
      /^Ô E\d+ \(dự toán, B01\): báo cáo ghi 7\.000 nhưng bảng kế hoạch ghi 6\.000/,
    );
    expect(result.json.findings.map((f) => f.rule)).toContain("job.plan-differs");
    const sheet = sheetNamed(result.workbookPlan, "Lỗi và cảnh báo");
    const rules = [2, 3, 4, 5].map((r) => cellAt(sheet, `H${r}`));
    expect(rules).toContain("job.plan-differs");
    // The table's plan is used: B01 4800 / 6000 = 80%.
    expect(summaryRow(result.summary, "B01")!.completion.plan.value).toBe(80);
  });

  it("says no plan difference without a plans table", () => {
    expect(run().findings.filter((f) => f.rule === "job.plan-differs")).toEqual([]);
  });

  it("tells units that sent apart from units counted in the JSON", () => {
    // w1, w2 and tc sent (3 of 4); w2 is left out for its error, so 2 are counted.
    expect(run().json.units.counts).toMatchObject({ expected: 4, sent: 3, counted: 2, submitted: 2 });
  });

  it("offers the finding builders the command line uses", () => {
    const problem = {
      code: "no-key-row" as const,
      severity: "error" as const,
      sheet: "S",
      vi: 'Trang tính "S": x',
      en: 'Sheet "S": x',
    };
    expect(sheetFinding(problem, { file: "a.xlsx" }).message.vi).toBe('Tệp "a.xlsx", trang tính "S": x');
    const finding = validationFinding(
      {
        rule: "cell.text",
        severity: "error",
        unitId: "w1",
        message: { vi: "v", en: "e" },
        code: "A01",
      } as never,
      "a.xlsx",
    );
    expect(finding).toMatchObject({ rule: "cell.text", unitId: "w1", file: "a.xlsx", code: "A01" });
  });
});

describe("the job with history", () => {
  // Last year's cumulative of w1's A01 is in the history (800); w2's is not, so w2's typed 150 stays.
  const history = [record({ unit: "w1", indicator: "A01", value: 800 })];

  it("takes the same period from the history where it holds it, from the sheets otherwise, and says which", () => {
    const result = run({ history, accepted: { w2: "đã xác nhận" } });
    // A01 last year = 800 (w1, history) + 150 (w2, typed) = 950; A02 = 880 (w1, typed).
    expect(summaryRow(result.summary, "A01")!.values.last_year).toBe(950);
    expect(summaryRow(result.summary, "A02")!.values.last_year).toBe(880);
    expect(result.samePeriod.historyPeriod).toBe("2023-10");
    expect(result.samePeriod.sources.A01).toEqual({ w1: "history", w2: "sheet" });
    expect(result.json.indicators.find((i) => i.code === "A01")!.samePeriodSources).toEqual({
      history: ["w1"],
      crosswalk: [],
      sheet: ["w2"],
    });
  });

  it("checks cumulatives against the previous report of the year in the history", () => {
    const template = withRule({
      id: "c.not-below",
      type: "cumulative-not-below-previous",
      severity: "error",
      kinds: ["flow"],
    });
    // w1's September cumulative of A01 was 1100; October says 1000: the year to date fell.
    const result = run({
      template,
      history: [record({ period: "2024-09", unit: "w1", indicator: "A01", value: 1100 })],
    });
    const fell = result.findings.filter((f) => f.rule === "c.not-below");
    expect(fell.map((f) => [f.unitId, f.code])).toEqual([["w1", "A01"]]);
    expect(result.unitResults[0]!.outcome).toBe("excluded");
  });

  it("adds this run's figures to the history it was given", () => {
    const result = run({ history });
    expect(result.history).toContainEqual(history[0]);
    // Counted: w1 and tc. The level's A01 cumulative = w1's 1000.
    expect(result.history).toContainEqual({
      period: "2024-10",
      unit: "*",
      indicator: "A01",
      column: "cumulative",
      value: 1000,
      source: "consolidated",
      time: TIME,
    });
    expect(result.history).toContainEqual(
      expect.objectContaining({
        period: "2024-10",
        unit: "tc",
        indicator: "B01",
        column: "actual",
        value: 500,
      }),
    );
    expect(result.history.some((r) => r.unit === "w2" && r.period === "2024-10")).toBe(false);
    // The workbook keeps the same table: header rows 1-2, then one row per record.
    const sheet = sheetNamed(result.workbookPlan, "Lịch sử");
    expect(cellAt(sheet, `A${result.history.length + 2}`)).toBeDefined();
    expect(cellAt(sheet, `A${result.history.length + 3}`)).toBeUndefined();
  });

  it("writes the report in both languages, also in the JSON", () => {
    const result = run();
    expect(result.narrative.vi?.text).toContain("Hồ sơ đã giải quyết");
    expect(result.narrative.en?.text).toContain("Files resolved");
    expect(result.json.narrative_vi).toBe(result.narrative.vi!.text);
    expect(result.json.narrative_en).toBe(result.narrative.en!.text);
    expect(cellAt(sheetNamed(result.workbookPlan, "Báo cáo"), "A1")).toBe("Báo cáo bằng lời - Tháng 10/2024");
  });

  it("writes no report, and no history of this run, for a period it cannot read", () => {
    const result = run({ period: "2024-13" });
    expect(result.narrative).toEqual({});
    expect(result.history).toEqual([]);
  });
});

describe("the job with a crosswalk", () => {
  // Old wards o1 and o2 became w1 and w2: o1 -> w1 whole; o2 split half and half.
  // History: o1 A01 400, o2 A01 600; o2 A02 500, o1 has no A02.
  // So w1 A01 = 400 + 0.5 x 600 = 700, w2 A01 = 0.5 x 600 = 300;
  // w1 A02: o1 lacks it, not comparable (its typed 880 is dropped); w2 A02 = 0.5 x 500 = 250.
  const history = [
    record({ unit: "o1", indicator: "A01", value: 400 }),
    record({ unit: "o2", indicator: "A01", value: 600 }),
    record({ unit: "o2", indicator: "A02", value: 500 }),
  ];
  const crosswalk = [
    { oldUnit: "o1", newUnit: "w1", share: 1 },
    { oldUnit: "o2", newUnit: "w1", share: 0.5 },
    { oldUnit: "o2", newUnit: "w2", share: 0.5 },
  ];
  const result = () => run({ history, crosswalk, accepted: { w2: "đã xác nhận" } });

  it("rebuilds last year's figures on the new boundaries, replacing what the units typed", () => {
    expect(summaryRow(result().summary, "A01")!.values.last_year).toBe(1000); // 700 + 300
    expect(result().samePeriod.sources.A01).toEqual({ w1: "crosswalk", w2: "crosswalk" });
  });

  it("marks what cannot be compared and leaves it out rather than half-compare", () => {
    const r = result();
    // A02 last year: only w2's 250; this year from w1 and w2: not comparable.
    expect(summaryRow(r.summary, "A02")!.values.last_year).toBe(250);
    expect(summaryRow(r.summary, "A02")!.samePeriod.ratio).toEqual({
      value: null,
      reason: "unit-sets-differ",
    });
    expect(r.samePeriod.notComparable).toEqual([expect.objectContaining({ unitId: "w1", code: "A02" })]);
  });

  it("states the basis in the summary, the JSON and the written report", () => {
    const r = result();
    expect(r.json.comparison.basis).toEqual({
      vi: "so sánh theo địa giới mới",
      en: "compared on the new boundaries",
    });
    expect(cellAt(sheetNamed(r.workbookPlan, "Tổng hợp"), "A5")).toContain("so sánh theo địa giới mới");
    expect(r.narrative.vi!.text).toContain(
      "Số liệu cùng kỳ năm trước so sánh theo địa giới mới. Không so sánh được: Phường Một (A02).",
    );
    expect(r.narrative.en!.text).toContain("Not comparable: Phường Một (A02).");
    expect(r.narrative.vi!.markdown).toContain("### So sánh với cùng kỳ");
  });
});

function withRule(rule: Record<string, unknown>) {
  const parsed = parseTemplate({ ...smallTemplate, rules: [...smallTemplate.rules, rule] });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("; "));
  return parsed.template;
}
