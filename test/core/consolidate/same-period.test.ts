import { describe, expect, it } from "vitest";
import { consolidate, summaryRow } from "../../../src/core/consolidate";
import type { Summary } from "../../../src/core/consolidate";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { unitReport } from "../../builders/unit-report";
import { HA_DINH, KHUONG_MAI, KIM_GIANG } from "./units";

const template = builtinTemplate;
const row = (summary: Summary, code: string) => summaryRow(summary, code)!;

describe("comparison with the same period last year", () => {
  it("gives ratio = cumulative / last year x 100 and growth = ratio - 100", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { XH07: { cumulative: 600, last_year: 500 } } }),
        unitReport({ unitId: "khuong-mai", values: { XH07: { cumulative: 480, last_year: 500 } } }),
      ],
    });
    const xh07 = row(summary, "XH07");
    expect(xh07.samePeriod.ratio).toEqual({ value: 108, reason: null }); // 1080 / 1000 x 100
    expect(xh07.samePeriod.growth).toBeCloseTo(8, 10);
  });

  it("gives a negative growth for a fall (85 cases against 100: down 15%)", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: { DT05: { cumulative: 85, last_year: 100 } } })],
    });
    expect(row(summary, "DT05").samePeriod.growth).toBeCloseTo(-15, 10);
  });

  it("gives no ratio against a zero last year", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: { AN07: { cumulative: 1, last_year: 0 } } })],
    });
    expect(row(summary, "AN07").samePeriod).toEqual({
      ratio: { value: null, reason: "zero-base" },
      growth: null,
    });
  });

  it("gives no ratio when last year is not reported", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: { AN07: { cumulative: 1 } } })],
    });
    expect(row(summary, "AN07").samePeriod.ratio).toEqual({ value: null, reason: "missing-base" });
  });

  it("gives no ratio when the units behind cumulative and last year differ, and names who lacks last year", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { XH07: { cumulative: 600, last_year: 500 } } }),
        // Over mismatched units the ratio would be 1080 / 500 = 216%, a growth nobody had.
        unitReport({ unitId: "khuong-mai", values: { XH07: { cumulative: 480 } } }),
      ],
    });
    const xh07 = row(summary, "XH07");
    expect(xh07.samePeriod).toEqual({ ratio: { value: null, reason: "unit-sets-differ" }, growth: null });
    expect(xh07.columns.last_year.missing).toEqual(["khuong-mai"]);
  });

  it("compares over the same units when some are missing altogether, and the row says partial", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI, KIM_GIANG],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { XH07: { cumulative: 600, last_year: 500 } } }),
        unitReport({ unitId: "khuong-mai", values: { XH07: { cumulative: 480, last_year: 500 } } }),
      ],
    });
    const xh07 = row(summary, "XH07");
    expect(xh07.samePeriod.ratio.value).toBe(108); // 1080 / 1000 x 100, over the same two wards
    expect(xh07.coverage.partial).toBe(true);
  });

  it("compares a derived rate as the ratio of its two recomputed rates", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [
        unitReport({
          unitId: "ha-dinh",
          values: { HC02: { cumulative: 1_000, last_year: 800 }, HC03: { cumulative: 990, last_year: 720 } },
        }),
      ],
    });
    // 99% this year against 90% last year: 99 / 90 x 100 = 110
    expect(row(summary, "HC04").samePeriod.ratio.value).toBeCloseTo(110, 10);
  });
});
