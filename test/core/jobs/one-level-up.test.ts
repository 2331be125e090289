import { describe, expect, it } from "vitest";
import { summaryRow } from "../../../src/core/consolidate";
import { runConsolidationJob, type SubmittedSheet } from "../../../src/core/jobs";
import type { WorkbookPlan } from "../../../src/core/sheets/plan-types";
import type { Unit } from "../../../src/core/units/unit";
import { snapshotOf } from "../summary/plan-grid";
import { smallTemplate } from "../summary/small-template";
import { submittedSheet } from "./submitted-sheet";

// Three districts, each with two wards and a finance office. Ward k of district d reports
// A01 (resolved) = 100d + 10k cumulative and A02 (on time) = 100d + 5k; the office reports
// B01 = 1000d. Every ward also types last year's A01 = 90d + 10k.
const DISTRICTS = [1, 2, 3];
const WARDS = [1, 2];
const ward = (d: number, k: number): Unit => ({ id: `p${d}${k}`, name: `Phường ${d}.${k}`, kind: "ward" });
const office = (d: number): Unit => ({
  id: `tc${d}`,
  name: `Phòng Tài chính ${d}`,
  kind: "office",
  office: "TC",
});
const district = (d: number): Unit => ({ id: `q${d}`, name: `Quận ${d}`, kind: "ward" });

const sheetsOf = (d: number): SubmittedSheet[] => [
  ...WARDS.map((k) =>
    submittedSheet({
      unit: ward(d, k),
      file: `p${d}${k}.xlsx`,
      figures: {
        A01: { actual: 10 * d + k, cumulative: 100 * d + 10 * k, last_year: 90 * d + 10 * k },
        A02: { actual: 10 * d, cumulative: 100 * d + 5 * k },
      },
    }),
  ),
  submittedSheet({
    unit: office(d),
    file: `tc${d}.xlsx`,
    figures: { B01: { actual: 100 * d, cumulative: 1000 * d } },
  }),
];
const GENERATED = "2024-11-10T08:00:00+07:00";

/** Every sheet of a summary workbook, as the .xlsx host hands them over from its file. */
function asFile(plan: WorkbookPlan, file: string): SubmittedSheet[] {
  const workbook = plan.metadata?.find((m) => m.scope === "workbook")?.entries ?? {};
  return plan.sheets.map((sheet) => {
    const own = plan.metadata?.find((m) => m.scope !== "workbook" && m.scope.sheet === sheet.name)?.entries;
    return {
      source: { file, sheet: sheet.name },
      snapshot: snapshotOf(sheet, own),
      workbookMetadata: { ...workbook },
    };
  });
}

function districtSummary(d: number, asUnit = true) {
  return runConsolidationJob({
    template: smallTemplate,
    units: [...WARDS.map((k) => ward(d, k)), office(d)],
    period: "2024-10",
    snapshots: sheetsOf(d),
    generatedAt: GENERATED,
    level: { name: `Quận ${d}`, ...(asUnit ? { unitId: `q${d}` } : {}) },
  });
}

const city = () =>
  runConsolidationJob({
    template: smallTemplate,
    units: DISTRICTS.map(district),
    unitsAreLevels: true,
    period: "2024-10",
    snapshots: DISTRICTS.flatMap((d) => asFile(districtSummary(d).workbookPlan, `quan-${d}.xlsx`)),
    generatedAt: GENERATED,
    level: { name: "Thành phố" },
  });

const direct = () =>
  runConsolidationJob({
    template: smallTemplate,
    units: DISTRICTS.flatMap((d) => [...WARDS.map((k) => ward(d, k)), office(d)]),
    period: "2024-10",
    snapshots: DISTRICTS.flatMap(sheetsOf),
    generatedAt: GENERATED,
    level: { name: "Thành phố" },
  });

describe("a summary as one unit's report one level up", () => {
  it("consolidates three districts' summaries to the figures of all their wards and offices directly", () => {
    const up = city();
    const all = direct();
    for (const code of ["A01", "A02", "A03", "B01"])
      for (const column of ["actual", "cumulative", "last_year"] as const)
        expect([code, column, summaryRow(up.summary, code)!.values[column]]).toEqual([
          code,
          column,
          summaryRow(all.summary, code)!.values[column],
        ]);
    // By hand: A01 cumulative = sum over d, k of 100d + 10k = 2 x 100 x 6 + 3 x 30 = 1290;
    // A02 = 2 x 100 x 6 + 3 x 15 = 1245; A03 = 1245 / 1290 x 100 (ratio of sums).
    expect(summaryRow(up.summary, "A01")!.values.cumulative).toBe(1290);
    expect(summaryRow(up.summary, "A02")!.values.cumulative).toBe(1245);
    expect(summaryRow(up.summary, "A03")!.values.cumulative).toBeCloseTo((1245 / 1290) * 100, 12);
    expect(summaryRow(up.summary, "B01")!.values.cumulative).toBe(6000);
  });

  it("never adds the districts' rates: a rate above is the ratio of the summed operands", () => {
    // Each district's own rate: (200d + 15) / (200d + 30) x 100; their sum or mean is not the city's rate.
    const rates = DISTRICTS.map((d) => summaryRow(districtSummary(d).summary, "A03")!.values.cumulative!);
    const up = summaryRow(city().summary, "A03")!.values.cumulative!;
    expect(up).not.toBeCloseTo(
      rates.reduce((a, b) => a + b, 0),
      6,
    );
    expect(up).not.toBeCloseTo(rates.reduce((a, b) => a + b, 0) / 3, 12);
    expect(city().findings.filter((f) => f.rule === "cell.derived")).toEqual([]);
  });

  it("reads the summary sheet of each file and passes over its other sheets without a finding", () => {
    const up = city();
    expect(up.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const outcomes = up.unitResults.map((r) => r.outcome);
    expect(outcomes.filter((o) => o === "counted")).toHaveLength(3);
    expect(outcomes.every((o) => o === "counted" || o === "ignored")).toBe(true);
    expect(up.summary.units.submitted).toEqual(["q1", "q2", "q3"]);
  });

  it("expects every district to report every indicator, so a district missing is a partial total", () => {
    const two = runConsolidationJob({
      template: smallTemplate,
      units: DISTRICTS.map(district),
      unitsAreLevels: true,
      period: "2024-10",
      snapshots: [1, 2].flatMap((d) => asFile(districtSummary(d).workbookPlan, `quan-${d}.xlsx`)),
      generatedAt: GENERATED,
    });
    expect(summaryRow(two.summary, "B01")!.coverage).toMatchObject({
      expected: 3,
      reported: 2,
      partial: true,
    });
    // The written report speaks of units, not wards: "(số liệu của 2/3 đơn vị)".
    expect(two.narrative.vi!.text).toContain("2/3 đơn vị");
  });

  it("says how to make a summary that can be read one level up when it has no unit id", () => {
    const up = runConsolidationJob({
      template: smallTemplate,
      units: DISTRICTS.map(district),
      unitsAreLevels: true,
      period: "2024-10",
      snapshots: asFile(districtSummary(1, false).workbookPlan, "quan-1.xlsx"),
      generatedAt: GENERATED,
    });
    const found = up.findings.filter((f) => f.rule === "job.summary-without-unit");
    expect(found).toHaveLength(1);
    expect(found[0]!.message.vi).toContain("--as-unit");
    expect(found[0]!.file).toBe("quan-1.xlsx");
  });
});
