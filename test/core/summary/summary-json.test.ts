import { describe, expect, it } from "vitest";
import { summaryJson } from "../../../src/core/summary";
import { outputInput, HOSTILE } from "./summary-fixture";

const json = () => summaryJson(outputInput());
const indicator = (code: string) => json().indicators.find((i) => i.code === code)!;

describe("the JSON summary", () => {
  it("says its schema, the time made, the template and the period in both languages", () => {
    const j = json();
    expect(j.schema).toBe("tonghop.summary/1");
    expect(j.generatedAt).toBe("2024-11-10T08:00:00+07:00");
    expect(j.template).toEqual({
      id: "t-small",
      version: "1.0.0",
      title: { vi: "Biểu thử", en: "Test form" },
    });
    expect(j.period).toEqual({ code: "2024-10", label: { vi: "Tháng 10/2024", en: "October 2024" } });
    expect(j.level).toEqual({ name: "Quận Mẫu", unitId: null });
  });

  it("lists who was expected, who submitted, who is missing, late, accepted and excluded", () => {
    expect(json().units).toMatchObject({
      counts: { expected: 4, submitted: 3, missing: 1, late: 1, accepted: 1, excluded: 0 },
      expected: ["w1", "w2", "w3", "tc"],
      submitted: ["w1", "w2", "tc"],
      missing: ["w3"],
      late: ["tc"],
      accepted: [{ unitId: "w2", reason: "Đã xác nhận qua điện thoại" }],
      excluded: [],
      unexpected: [],
      reportingRate: 75,
      onTimeRate: 50,
    });
    expect(json().units.list[2]).toEqual({
      id: "w3",
      name: "Phường Ba",
      kind: "ward",
      status: "not-started",
      submitted: false,
      onTime: false,
      submittedAt: null,
      errors: 0,
      warnings: 0,
      inSummary: "missing",
    });
  });

  it("gives each column's value, null with a reason where nobody reported it", () => {
    const a01 = indicator("A01");
    expect(a01.values).toEqual({
      plan: 6000,
      plan2: null,
      actual: 110,
      cumulative: 1200,
      last_year: 1050,
      estimate: null,
    });
    expect(a01.reasons).toEqual({
      plan: null,
      plan2: "not-reported",
      actual: null,
      cumulative: null,
      last_year: null,
      estimate: "not-reported",
    });
    expect(a01.name).toEqual({ vi: "Hồ sơ đã giải quyết", en: "Files resolved" });
    expect(a01.uom).toEqual({ vi: "hồ sơ", en: "files" });
  });

  it("keeps a zero as a zero, never as missing", () => {
    expect(indicator("B01").values.last_year).toBe(0);
  });

  it("gives completion and same-period percentages with the reason when there is none", () => {
    const a01 = indicator("A01");
    expect(a01.completion.plan).toEqual({ value: 20, reason: null }); // 1200 / 6000 x 100
    expect(a01.completion.plan2).toEqual({ value: null, reason: "missing-base" });
    expect(a01.samePeriod.ratio.value).toBeCloseTo(114.285_714_3, 6); // 1200 / 1050 x 100
    expect(a01.samePeriod.growth).toBeCloseTo(14.285_714_3, 6);
    expect(indicator("A02").samePeriod).toEqual({
      ratio: { value: null, reason: "unit-sets-differ" },
      growth: null,
    });
    expect(indicator("B01").samePeriod).toEqual({
      ratio: { value: null, reason: "zero-base" },
      growth: null,
    });
  });

  it("gives coverage and marks partial rows", () => {
    expect(indicator("A01").coverage).toEqual({ expected: 3, reported: 2, missing: ["w3"] });
    expect(indicator("A01").partial).toBe(true);
    expect(indicator("B01").partial).toBe(false);
  });

  it("describes a derived indicator by its operands and recomputed values", () => {
    const a03 = indicator("A03");
    expect(a03.kind).toBe("derived");
    expect(a03.derived).toEqual({ numerator: "A02", denominator: "A01", scale: 100 });
    expect(a03.values.cumulative).toBe(95); // 1140 / 1200 x 100
    expect(a03.reasons.last_year).toBe("unit-sets-differ");
  });

  it("lists findings with every key present, null where a finding has no such place", () => {
    expect(json().findings).toEqual([
      {
        rule: "cell.text",
        severity: "error",
        unit: "w2",
        file: HOSTILE.phone,
        sheet: HOSTILE.at,
        cell: "H12",
        indicator: "A01",
        column: "cumulative",
        message: { vi: HOSTILE.hyperlink, en: "the cell holds text" },
        suggestion: 1592.5,
      },
      {
        rule: "job.duplicate-submission",
        severity: "warning",
        unit: "w1",
        file: null,
        sheet: null,
        cell: null,
        indicator: null,
        column: null,
        message: { vi: "gửi hai lần", en: "sent twice" },
        suggestion: null,
      },
    ]);
  });

  it("survives JSON.stringify unchanged (no NaN, no Infinity, no undefined)", () => {
    const j = json();
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});
