import { describe, expect, it } from "vitest";
import { consolidate } from "../../../src/core/consolidate";
import { historyFromSummary } from "../../../src/core/history";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { unitReport } from "../../builders/unit-report";
import { HA_DINH, KHUONG_MAI } from "../consolidate/units";

const generatedAt = "2024-11-03T08:00:00.000Z";

describe("history from a summary", () => {
  const summary = consolidate({
    template: builtinTemplate,
    units: [HA_DINH, KHUONG_MAI],
    reports: [
      unitReport({ unitId: "ha-dinh", values: { XH07: { actual: 5, cumulative: 40, last_year: 30 } } }),
      unitReport({ unitId: "khuong-mai", values: { XH07: { cumulative: 60 } } }),
    ],
  });
  const records = historyFromSummary(summary, {
    period: { kind: "month", year: 2024, month: 10 },
    generatedAt,
  });
  const of = (indicator: string) => records.filter((r) => r.indicator === indicator);

  it("writes the consolidated figures under unit * and each unit's own figures", () => {
    expect(of("XH07")).toEqual([
      // 5 + nothing = 5 (partial); 40 + 60 = 100.
      {
        period: "2024-10",
        unit: "*",
        indicator: "XH07",
        column: "actual",
        value: 5,
        source: "consolidated",
        time: generatedAt,
      },
      {
        period: "2024-10",
        unit: "*",
        indicator: "XH07",
        column: "cumulative",
        value: 100,
        source: "consolidated",
        time: generatedAt,
      },
      {
        period: "2024-10",
        unit: "ha-dinh",
        indicator: "XH07",
        column: "actual",
        value: 5,
        source: "unit",
        time: generatedAt,
      },
      {
        period: "2024-10",
        unit: "ha-dinh",
        indicator: "XH07",
        column: "cumulative",
        value: 40,
        source: "unit",
        time: generatedAt,
      },
      {
        period: "2024-10",
        unit: "khuong-mai",
        indicator: "XH07",
        column: "cumulative",
        value: 60,
        source: "unit",
        time: generatedAt,
      },
    ]);
  });

  it("writes no record for a figure nobody gave (missing is not zero), nor a last-year copy", () => {
    expect(of("AN07")).toEqual([]);
    expect(records.some((r) => r.column === "last_year")).toBe(false);
  });

  it("writes a derived rate only at the consolidated level", () => {
    const rates = consolidate({
      template: builtinTemplate,
      units: [HA_DINH],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { HC02: { cumulative: 200 }, HC03: { cumulative: 150 } } }),
      ],
    });
    const hc04 = historyFromSummary(rates, { period: { kind: "year", year: 2024 }, generatedAt }).filter(
      (r) => r.indicator === "HC04",
    );
    // 150 / 200 x 100 = 75
    expect(hc04).toEqual([
      {
        period: "2024",
        unit: "*",
        indicator: "HC04",
        column: "cumulative",
        value: 75,
        source: "consolidated",
        time: generatedAt,
      },
    ]);
  });
});
