import { describe, expect, it } from "vitest";
import { consolidate, ConsolidationInputError, summaryRow } from "../../../src/core/consolidate";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { unitReport } from "../../builders/unit-report";
import { FINANCE, HA_DINH, KHUONG_MAI, KIM_GIANG } from "./units";

const template = builtinTemplate;

describe("which units count", () => {
  it("splits the expected units into submitted, missing and excluded (with the reason)", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI, KIM_GIANG, FINANCE],
      reports: [
        unitReport({ unitId: "ha-dinh" }),
        unitReport({ unitId: "khuong-mai" }),
        unitReport({ unitId: "tckh" }),
      ],
      excluded: new Map([["khuong-mai", "HC03 > HC02: lỗi chưa được chấp nhận"]]),
    });
    expect(summary.units).toEqual({
      expected: 4,
      submitted: ["ha-dinh", "tckh"],
      missing: ["kim-giang"],
      excluded: [{ unitId: "khuong-mai", reason: "HC03 > HC02: lỗi chưa được chấp nhận" }],
      unexpected: [],
    });
  });

  it("leaves an excluded unit's figures out and counts it as not reported", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { DT03: { actual: 12 } } }),
        unitReport({ unitId: "khuong-mai", values: { DT03: { actual: 30 } } }),
      ],
      excluded: new Map([["khuong-mai", "errors not accepted"]]),
    });
    const dt03 = summaryRow(summary, "DT03")!;
    expect(dt03.values.actual).toBe(12);
    expect(dt03.coverage).toEqual({ expected: 2, reported: 1, missing: ["khuong-mai"], partial: true });
    expect(dt03.trace!.actual).toEqual([12, null]);
  });

  it("ignores a report from a unit that is not expected, and lists it", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { DT03: { actual: 12 } } }),
        unitReport({ unitId: "phuong-la", values: { DT03: { actual: 500 } } }),
      ],
    });
    expect(summaryRow(summary, "DT03")!.values.actual).toBe(12);
    expect(summary.units.unexpected).toEqual(["phuong-la"]);
    expect(summary.unitIds).toEqual(["ha-dinh"]);
  });

  it("lists the periods of the counted reports", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", period: "2024-10" }),
        unitReport({ unitId: "khuong-mai", period: "2024-10" }),
      ],
    });
    expect(summary.periods).toEqual(["2024-10"]);
  });

  it("refuses two reports from one unit: the caller must pick one first", () => {
    expect(() =>
      consolidate({
        template,
        units: [HA_DINH],
        reports: [unitReport({ unitId: "ha-dinh" }), unitReport({ unitId: "ha-dinh" })],
      }),
    ).toThrow(ConsolidationInputError);
  });

  it("refuses a unit listed twice and a figure that is not a finite number", () => {
    expect(() => consolidate({ template, units: [HA_DINH, HA_DINH], reports: [] })).toThrow(
      ConsolidationInputError,
    );
    expect(() =>
      consolidate({
        template,
        units: [HA_DINH],
        reports: [unitReport({ unitId: "ha-dinh", values: { DT03: { actual: Number.NaN } } })],
      }),
    ).toThrow(ConsolidationInputError);
  });

  it("gives a summary that survives JSON unchanged (plain data)", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, FINANCE],
      reports: [unitReport({ unitId: "ha-dinh", values: { DT03: { actual: 12.5 } } })],
    });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
