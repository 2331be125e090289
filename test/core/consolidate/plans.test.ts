import { describe, expect, it } from "vitest";
import { consolidate, summaryRow } from "../../../src/core/consolidate";
import type { PlanTable, Summary } from "../../../src/core/consolidate";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { unitReport } from "../../builders/unit-report";
import { ECONOMY, FINANCE, HA_DINH, KHUONG_MAI, KIM_GIANG } from "./units";

const template = builtinTemplate;
const row = (summary: Summary, code: string) => summaryRow(summary, code)!;
const noPlans: PlanTable = { units: {}, level: {} };

describe("plans and completion", () => {
  it("computes completion as cumulative / plan x 100 against both plans", () => {
    const summary = consolidate({
      template,
      units: [FINANCE],
      reports: [unitReport({ unitId: "tckh", values: { NS01: { cumulative: 2_400_000 } } })],
      plans: { units: { tckh: { NS01: { plan: 6_000_000, plan2: 6_400_000 } } }, level: {} },
    });
    const ns01 = row(summary, "NS01");
    expect(ns01.values.plan).toBe(6_000_000);
    expect(ns01.values.plan2).toBe(6_400_000);
    expect(ns01.planSource).toEqual({ plan: "units", plan2: "units" });
    expect(ns01.completion.plan).toEqual({ value: 40, reason: null }); // 2.4M / 6M x 100
    expect(ns01.completion.plan2.value).toBeCloseTo(37.5, 10); // 2.4M / 6.4M x 100
  });

  it("gives no percentage for a zero plan or a missing plan, never a division error", () => {
    const summary = consolidate({
      template,
      units: [FINANCE],
      reports: [unitReport({ unitId: "tckh", values: { NS01: { cumulative: 2_400_000 } } })],
      plans: { units: { tckh: { NS01: { plan: 0 } } }, level: {} },
    });
    const ns01 = row(summary, "NS01");
    expect(ns01.completion.plan).toEqual({ value: null, reason: "zero-base" });
    expect(ns01.completion.plan2).toEqual({ value: null, reason: "missing-base" });
    expect(ns01.planSource.plan2).toBe("none");
  });

  it("gives no completion when the cumulative itself is not reported", () => {
    const summary = consolidate({
      template,
      units: [FINANCE],
      reports: [unitReport({ unitId: "tckh", values: {} })],
      plans: { units: { tckh: { NS01: { plan: 6_000_000 } } }, level: {} },
    });
    expect(row(summary, "NS01").completion.plan).toEqual({ value: null, reason: "not-reported" });
  });

  it("sums the unit plans of every expected reporter, and computes completion even when partial", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI, KIM_GIANG],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { AN01: { cumulative: 20 } } }),
        unitReport({ unitId: "khuong-mai", values: { AN01: { cumulative: 12 } } }),
      ],
      plans: {
        units: {
          "ha-dinh": { AN01: { plan: 20 } },
          "khuong-mai": { AN01: { plan: 12 } },
          "kim-giang": { AN01: { plan: 8 } },
        },
        level: {},
      },
    });
    const an01 = row(summary, "AN01");
    expect(an01.values.plan).toBe(40); // 20 + 12 + 8, kim-giang's target counts though it did not report
    expect(an01.values.cumulative).toBe(32); // 20 + 12
    expect(an01.completion.plan.value).toBe(80); // 32 / 40 x 100
    expect(an01.coverage.partial).toBe(true);
    expect(an01.columns.cumulative.missing).toEqual(["kim-giang"]);
  });

  it("lets the level's own plan win over the sum of unit plans", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { AN01: { cumulative: 20 } } }),
        unitReport({ unitId: "khuong-mai", values: { AN01: { cumulative: 12 } } }),
      ],
      plans: {
        units: { "ha-dinh": { AN01: { plan: 20 } }, "khuong-mai": { AN01: { plan: 12 } } },
        level: { AN01: { plan: 40 } },
      },
    });
    const an01 = row(summary, "AN01");
    expect(an01.values.plan).toBe(40);
    expect(an01.planSource.plan).toBe("level");
    expect(an01.completion.plan.value).toBe(80); // 32 / 40 x 100
    expect(an01.trace!.plan).toEqual([20, 12]); // the unit targets, for reference
  });

  it("takes a level plan for a derived indicator (an on-time target of 98%)", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { HC02: { cumulative: 200 }, HC03: { cumulative: 196 } } }),
      ],
      plans: { units: {}, level: { HC04: { plan: 98 } } },
    });
    const hc04 = row(summary, "HC04");
    expect(hc04.values.plan).toBe(98);
    expect(hc04.planSource.plan).toBe("level");
    expect(hc04.completion.plan.value).toBeCloseTo(100, 10); // 98% (196/200) of a 98% target
  });

  it("derives a rate's plan from its operands' plans, level plans included", () => {
    const summary = consolidate({
      template,
      units: [ECONOMY],
      reports: [unitReport({ unitId: "kt", values: { KT01: { cumulative: 1 }, KT02: { cumulative: 1 } } })],
      plans: {
        units: { kt: { KT01: { plan: 95_000_000 } } },
        level: { KT01: { plan: 100_000_000 }, KT02: { plan: 70_000_000 } },
      },
    });
    const kt03 = row(summary, "KT03");
    expect(kt03.values.plan).toBeCloseTo(70, 10); // 70 million / 100 million x 100
    expect(kt03.planSource.plan).toBe("operands");
  });

  it("takes plans from the reports' own plan cells when no plan table is given", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { XH04: { plan: 600, cumulative: 450 } } }),
        unitReport({ unitId: "khuong-mai", values: { XH04: { plan: 400, cumulative: 350 } } }),
      ],
    });
    const xh04 = row(summary, "XH04");
    expect(xh04.values.plan).toBe(1_000); // 600 + 400
    expect(xh04.planSource.plan).toBe("reports");
    expect(xh04.completion.plan.value).toBe(80); // 800 / 1000 x 100
  });

  it("ignores the reports' plan cells when a plan table is given", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: { XH04: { plan: 600, cumulative: 450 } } })],
      plans: noPlans,
    });
    expect(row(summary, "XH04").values.plan).toBeNull();
    expect(row(summary, "XH04").completion.plan.reason).toBe("missing-base");
  });
});
