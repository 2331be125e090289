import { afterEach, describe, expect, it, vi } from "vitest";
import { samplePlans, sampleReports, SampleSpecError, syntheticUnits } from "../../../src/core/sample";
import type { UnitReport } from "../../../src/core/report/unit-report";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { sampleDistrict } from "../../../src/core/units/sample-district";
import { reportsIndicator } from "../../../src/core/units/unit";

const template = builtinTemplate;
const october = { year: 2024, month: 10 };
const reportsFor = (seed = 7, period = october) =>
  sampleReports({ template, units: sampleDistrict, period, seed });
const of = (reports: UnitReport[], unitId: string) => reports.find((r) => r.unitId === unitId)!;

afterEach(() => vi.restoreAllMocks());

describe("sample reports", () => {
  it("are the same for the same seed and differ for another seed", () => {
    expect(reportsFor(7)).toEqual(reportsFor(7));
    expect(reportsFor(8)).not.toEqual(reportsFor(7));
  });

  it("never call Math.random", () => {
    const random = vi.spyOn(Math, "random");
    reportsFor();
    samplePlans({ template, units: sampleDistrict, seed: 7 });
    expect(random).not.toHaveBeenCalled();
  });

  it("give a unit's figures independently of the other units listed", () => {
    const alone = sampleReports({ template, units: [sampleDistrict[2]!], period: october, seed: 7 });
    expect(alone[0]).toEqual(of(reportsFor(7), sampleDistrict[2]!.id));
  });

  it("carry the period code and the template's id and version", () => {
    const report = reportsFor()[0]!;
    expect(report.period).toBe("2024-10");
    expect(report.templateId).toBe(template.id);
    expect(report.templateVersion).toBe(template.version);
  });

  it("fill exactly the indicators each unit is expected to report, never a derived one", () => {
    const reports = reportsFor();
    sampleDistrict.forEach((unit, i) => {
      const expected = template.indicators
        .filter((indicator) => reportsIndicator(unit, indicator))
        .map((indicator) => indicator.code);
      expect(Object.keys(reports[i]!.values)).toEqual(expected);
    });
  });

  it("keep the template's rules: HC03 <= HC02 <= HC01, fines only with fined cases, cumulative >= actual", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const report of reportsFor(seed)) {
        const v = report.values;
        for (const rule of template.rules) {
          for (const column of "columns" in rule ? rule.columns : []) {
            if (rule.type === "compare") {
              const side = (codes: string[]) =>
                codes.reduce((sum, code) => sum + (v[code]?.[column] ?? 0), 0);
              if (rule.left.some((code) => v[code]) && rule.op === "<=") {
                expect(side(rule.left)).toBeLessThanOrEqual(side(rule.right));
              }
            }
            if (rule.type === "both-or-neither" && rule.codes.every((code) => v[code])) {
              const positive = rule.codes.map((code) => (v[code]![column] ?? 0) > 0);
              expect(new Set(positive).size).toBe(1);
            }
          }
        }
        for (const figures of Object.values(v)) {
          if (figures.actual !== undefined)
            expect(figures.cumulative!).toBeGreaterThanOrEqual(figures.actual);
        }
      }
    }
  });

  it("put last year near the cumulative (x 0.85-1.15, a part drifting down to 3% more)", () => {
    for (const report of reportsFor()) {
      for (const figures of Object.values(report.values)) {
        if ((figures.cumulative ?? 0) < 100) continue; // rounding dominates small counts
        const ratio = figures.last_year! / figures.cumulative!;
        expect(ratio).toBeGreaterThanOrEqual(0.85 * 0.97 - 0.01);
        expect(ratio).toBeLessThanOrEqual(1.15 + 0.01);
      }
    }
  });

  it("make the cumulative the sum of the months so far: in January it equals the actual", () => {
    const january = reportsFor(7, { year: 2024, month: 1 });
    for (const report of january) {
      for (const figures of Object.values(report.values)) {
        if (figures.actual !== undefined) expect(figures.cumulative).toBe(figures.actual);
      }
    }
  });

  it("give a stock (poor households) as a level: a cumulative, no actual", () => {
    const xh10 = of(reportsFor(), "khuong-mai").values.XH10!;
    expect(xh10.actual).toBeUndefined();
    expect(xh10.cumulative).toBeGreaterThan(0);
  });

  it("look like a real district: budget ~5-7 million triệu a year, production ~100 million, ward magnitudes", () => {
    const reports = reportsFor();
    // Ten months in; x 12 / 10 gives the year. Monthly draws are 420-560 thousand: 5.0-6.7 million a year.
    const ns01 = of(reports, "tckh").values.NS01!;
    expect((ns01.cumulative! * 12) / 10).toBeGreaterThan(5_000_000);
    expect((ns01.cumulative! * 12) / 10).toBeLessThan(7_000_000);
    const kt01 = of(reports, "kt").values.KT01!;
    expect((kt01.cumulative! * 12) / 10).toBeGreaterThan(90_000_000);
    expect((kt01.cumulative! * 12) / 10).toBeLessThan(110_000_000);
    for (const unit of sampleDistrict.filter((u) => u.kind === "ward")) {
      const v = of(reports, unit.id).values;
      expect(v.DT03!.actual).toBeGreaterThanOrEqual(10);
      expect(v.DT03!.actual).toBeLessThanOrEqual(60);
      expect(v.HC01!.actual).toBeGreaterThanOrEqual(1_000);
      expect(v.HC01!.actual).toBeLessThanOrEqual(3_000);
    }
  });

  it("give an estimate beside the actual for production value only", () => {
    const kt = of(reportsFor(), "kt").values;
    expect(kt.KT01!.estimate).toBeGreaterThanOrEqual(kt.KT01!.cumulative!);
    expect(kt.KT05!.estimate).toBeUndefined();
  });

  it("copy the office's plans into the plan cells when plans are given", () => {
    const plans = samplePlans({ template, units: sampleDistrict, seed: 7 });
    const reports = sampleReports({ template, units: sampleDistrict, period: october, seed: 7, plans });
    expect(of(reports, "tckh").values.NS01!.plan).toBe(plans.units.tckh!.NS01!.plan);
    expect(of(reports, "khuong-mai").values.AN01!.plan).toBe(plans.units["khuong-mai"]!.AN01!.plan);
    expect(of(reportsFor(), "tckh").values.NS01!.plan).toBeUndefined();
  });

  it("refuse a month that does not exist", () => {
    expect(() => reportsFor(7, { year: 2024, month: 13 })).toThrow(SampleSpecError);
  });
});

describe("sample plans", () => {
  it("assign plans only where the template names one, to the units that report it; plan2 a little above", () => {
    const plans = samplePlans({ template, units: sampleDistrict, seed: 7 });
    expect(Object.keys(plans.units.tckh!)).toEqual(["KT04", "NS01", "NS02", "NS03", "NS04"]);
    expect(Object.keys(plans.units["khuong-mai"]!)).toEqual(["XH04", "AN01", "AN02"]);
    const ns01 = plans.units.tckh!.NS01!;
    expect(ns01.plan2!).toBeGreaterThanOrEqual(ns01.plan!);
    expect(ns01.plan2!).toBeLessThanOrEqual(ns01.plan! * 1.05 + 1);
    expect(plans.units.tckh!.NS04!.plan2).toBeUndefined();
    expect(plans.level).toEqual({});
  });

  it("put the year's budget plan near 12 months of revenue (5-7 million triệu)", () => {
    const ns01 = samplePlans({ template, units: sampleDistrict, seed: 7 }).units.tckh!.NS01!;
    // mean month 490 thousand x 12 x 0.95..1.1 = 5.59-6.47 million
    expect(ns01.plan!).toBeGreaterThan(5_500_000);
    expect(ns01.plan!).toBeLessThan(6_500_000);
  });
});

describe("synthetic units", () => {
  it("give n wards plus the eight offices, all ids distinct", () => {
    const units = syntheticUnits(3_321);
    expect(units.filter((u) => u.kind === "ward")).toHaveLength(3_321);
    expect(units.filter((u) => u.kind === "office").map((u) => u.office)).toEqual([
      "VP",
      "TCKH",
      "KT",
      "QLDT",
      "NV",
      "VHTT",
      "LDTBXH",
      "YT",
    ]);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    expect(units[0]!.id).toBe("ward-0001");
  });
});
