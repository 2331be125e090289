import { describe, expect, it } from "vitest";
import { consolidate, summaryRow } from "../../../src/core/consolidate";
import type { Summary } from "../../../src/core/consolidate";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { unitReport } from "../../builders/unit-report";
import { ECONOMY, HA_DINH, KHUONG_MAI, KIM_GIANG } from "./units";

const template = builtinTemplate;
const row = (summary: Summary, code: string) => summaryRow(summary, code)!;

describe("derived indicators: ratio of sums, never a mean of ratios", () => {
  it("recomputes the on-time rate HC04 from sum(HC03) / sum(HC02) x 100", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { HC02: { actual: 100 }, HC03: { actual: 99 } } }),
        unitReport({ unitId: "khuong-mai", values: { HC02: { actual: 10 }, HC03: { actual: 1 } } }),
      ],
    });
    const hc04 = row(summary, "HC04");
    // (99 + 1) / (100 + 10) x 100 = 100 / 110 x 100 = 90.909...%
    // The mean of the unit rates would be (99% + 10%) / 2 = 54.5%: a wrong number.
    expect(hc04.values.actual).toBeCloseTo(90.909_090_9, 6);
    expect(hc04.values.actual).not.toBeCloseTo(54.5, 0);
    expect(hc04.derived).toEqual({ numerator: "HC03", denominator: "HC02", scale: 100 });
    expect(hc04.trace).toBeNull();
  });

  it("recomputes each column from that column's sums", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({
          unitId: "ha-dinh",
          values: { HC02: { actual: 200, cumulative: 2_000 }, HC03: { actual: 190, cumulative: 1_960 } },
        }),
        unitReport({
          unitId: "khuong-mai",
          values: { HC02: { actual: 300, cumulative: 3_000 }, HC03: { actual: 285, cumulative: 2_790 } },
        }),
      ],
    });
    const hc04 = row(summary, "HC04");
    expect(hc04.values.actual).toBeCloseTo(95, 10); // 475 / 500 x 100
    expect(hc04.values.cumulative).toBeCloseTo(95, 10); // 4750 / 5000 x 100
    expect(hc04.values.estimate).toBeNull();
    expect(hc04.columns.estimate.reason).toBe("not-reported");
  });

  it("computes the share of trade and services KT03 from the economy office's KT02 / KT01", () => {
    const summary = consolidate({
      template,
      units: [ECONOMY],
      reports: [
        unitReport({
          unitId: "kt",
          values: { KT01: { cumulative: 80_000_000 }, KT02: { cumulative: 56_000_000 } },
        }),
      ],
    });
    expect(row(summary, "KT03").values.cumulative).toBeCloseTo(70, 10); // 56 / 80 x 100
  });

  it("gives no rate when the denominator sums to zero", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: { HC02: { actual: 0 }, HC03: { actual: 0 } } })],
    });
    const hc04 = row(summary, "HC04");
    expect(hc04.values.actual).toBeNull();
    expect(hc04.columns.actual.reason).toBe("zero-base");
  });

  it("gives no rate when the denominator is not reported", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: { HC03: { actual: 40 } } })],
    });
    expect(row(summary, "HC04").values.actual).toBeNull();
    expect(row(summary, "HC04").columns.actual.reason).toBe("missing-base");
  });

  it("gives no rate when one unit gave the numerator but not the denominator (unit sets differ)", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { HC02: { actual: 100 }, HC03: { actual: 90 } } }),
        // 50 / 100 would otherwise read as 140 / 100 = 140%.
        unitReport({ unitId: "khuong-mai", values: { HC03: { actual: 50 } } }),
      ],
    });
    const hc04 = row(summary, "HC04");
    expect(hc04.values.actual).toBeNull();
    expect(hc04.columns.actual.reason).toBe("unit-sets-differ");
  });

  it("takes its coverage from the operands: a unit that sent neither is missing, the rate is partial", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI, KIM_GIANG],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { HC02: { actual: 100 }, HC03: { actual: 90 } } }),
        unitReport({ unitId: "khuong-mai", values: { HC02: { actual: 300 }, HC03: { actual: 270 } } }),
      ],
    });
    const hc04 = row(summary, "HC04");
    expect(hc04.values.actual).toBeCloseTo(90, 10); // 360 / 400 x 100, over two of three wards
    expect(hc04.coverage).toEqual({ expected: 3, reported: 2, missing: ["kim-giang"], partial: true });
    expect(hc04.columns.actual.partial).toBe(true);
    expect(hc04.columns.actual.missing).toEqual(["kim-giang"]);
  });
});
