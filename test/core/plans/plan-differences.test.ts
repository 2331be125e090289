import { describe, expect, it } from "vitest";
import { planDifferences } from "../../../src/core/plans/plan-differences";
import type { RawUnitReport } from "../../../src/core/report/unit-report";
import { builtinTemplate } from "../../../src/core/template/load-template";

function report(rows: RawUnitReport["rows"]): RawUnitReport {
  return {
    unitId: "tckh",
    period: "2024-10",
    templateId: builtinTemplate.id,
    templateVersion: builtinTemplate.version,
    source: { file: "2024-10_tckh.xlsx", sheet: "Phòng Tài chính - Kế hoạch" },
    rows,
  };
}
const plans = { units: { tckh: { NS01: { plan: 6_000_000, plan2: 6_200_000 } } }, level: {} };

describe("planDifferences", () => {
  it("finds nothing when the plan cells match the table", () => {
    const raw = report([
      {
        code: "NS01",
        row: 14,
        cells: {
          plan: { value: { kind: "number", value: 6_000_000 }, address: "E14" },
          plan2: { value: { kind: "number", value: 6_200_000 }, address: "F14" },
        },
      },
    ]);
    expect(planDifferences(raw, plans, builtinTemplate)).toEqual([]);
  });

  it("names the cell, both figures and the file where a plan differs from the table", () => {
    const raw = report([
      {
        code: "NS01",
        row: 14,
        cells: { plan: { value: { kind: "number", value: 5_900_000 }, address: "E14" } },
      },
    ]);
    const [difference, ...rest] = planDifferences(raw, plans, builtinTemplate);
    expect(rest).toEqual([]);
    expect(difference).toMatchObject({
      unitId: "tckh",
      code: "NS01",
      column: "plan",
      inReport: 5_900_000,
      inTable: 6_000_000,
      address: "E14",
      file: "2024-10_tckh.xlsx",
    });
    expect(difference!.message.vi).toContain("E14");
    expect(difference!.message.vi).toContain("5.900.000");
    expect(difference!.message.vi).toContain("6.000.000");
    expect(difference!.message.en).toContain("6,000,000");
  });

  it("flags a plan the table does not assign, and ignores blank and text plan cells", () => {
    const raw = report([
      { code: "NS02", cells: { plan: { value: { kind: "number", value: 10 }, address: "E15" } } },
      { code: "NS03", cells: { plan: { value: { kind: "text", text: "10" }, address: "E16" } } },
      { code: "NS04", cells: { plan: { value: { kind: "blank" }, address: "E17" } } },
    ]);
    const found = planDifferences(raw, plans, builtinTemplate);
    expect(found.map((d) => [d.code, d.inTable])).toEqual([["NS02", null]]);
  });
});
