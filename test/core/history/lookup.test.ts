import { describe, expect, it } from "vitest";
import type { HistoryRecord } from "../../../src/core/history";
import { lastYearFromHistory, previousCumulativeFromHistory } from "../../../src/core/history";
import { parsePeriod } from "../../../src/core/periods";
import type { Period } from "../../../src/core/periods";

const period = (code: string): Period => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(`bad period in test: ${code}`);
  return parsed.period;
};

const cumulative = (
  periodCode: string,
  unit: string,
  indicator: string,
  value: number,
  time = "2023-10-05T00:00:00Z",
): HistoryRecord => ({
  period: periodCode,
  unit,
  indicator,
  column: "cumulative",
  value,
  source: "consolidated",
  time,
});

const history: HistoryRecord[] = [
  cumulative("2023-09-30", "*", "NS01", 2_163_910),
  cumulative("2023-09-30", "khuong-mai", "XH07", 40),
  cumulative("2023-09-30", "ha-dinh", "XH07", 35),
  { ...cumulative("2023-09-30", "ha-dinh", "XH07", 999), column: "actual" }, // not a cumulative
  cumulative("2022-09-30", "ha-dinh", "XH07", 20), // two years back
  cumulative("2024-08-31", "ha-dinh", "XH07", 50), // this year
];

describe("same period last year from history", () => {
  it("finds last year's cumulative for each unit and the consolidated level", () => {
    expect(
      lastYearFromHistory(history, {
        period: period("2024-09-30"),
        unitIds: ["khuong-mai", "ha-dinh"],
        codes: ["NS01", "XH07"],
      }),
    ).toEqual({
      period: "2023-09-30",
      level: { NS01: 2_163_910 },
      byUnit: { "khuong-mai": { XH07: 40 }, "ha-dinh": { XH07: 35 } },
    });
  });

  it("looks across years only one year back", () => {
    const found = lastYearFromHistory(history, {
      period: period("2023-09-30"),
      unitIds: ["ha-dinh"],
      codes: ["XH07"],
    });
    expect(found).toEqual({ period: "2022-09-30", level: {}, byUnit: { "ha-dinh": { XH07: 20 } } });
  });

  it("gives nothing, not zero, for a period the history does not hold", () => {
    expect(
      lastYearFromHistory(history, {
        period: period("2021-10"),
        unitIds: ["ha-dinh"],
        codes: ["XH07", "NS01"],
      }),
    ).toEqual({ period: "2020-10", level: {}, byUnit: {} });
  });

  it("leaves out units and indicators that were not asked for", () => {
    const found = lastYearFromHistory(history, {
      period: period("2024-09-30"),
      unitIds: ["ha-dinh"],
      codes: ["XH07"],
    });
    expect(found.byUnit).toEqual({ "ha-dinh": { XH07: 35 } });
    expect(found.level).toEqual({});
  });

  it("takes a period ending the same day as last year's figure (a year to date is the same figure)", () => {
    // The 2024 report is for 9 months; the history has last year's Q3 and September reports.
    const kept = [cumulative("2023-Q3", "ha-dinh", "XH07", 35), cumulative("2023-09", "*", "XH07", 75)];
    expect(
      lastYearFromHistory(kept, { period: period("2024-9M"), unitIds: ["ha-dinh"], codes: ["XH07"] }),
    ).toEqual({
      period: "2023-9M",
      level: { XH07: 75 },
      byUnit: { "ha-dinh": { XH07: 35 } },
    });
  });

  it("prefers the record of the exact period to one ending the same day, then the newer", () => {
    const kept = [
      cumulative("2023-09", "ha-dinh", "XH07", 30, "2024-01-01T00:00:00Z"),
      cumulative("2023-9M", "ha-dinh", "XH07", 35, "2023-10-01T00:00:00Z"),
      cumulative("2023-Q3", "kim-giang", "XH07", 10, "2023-10-01T00:00:00Z"),
      cumulative("2023-09-30", "kim-giang", "XH07", 12, "2023-10-20T00:00:00Z"),
    ];
    const found = lastYearFromHistory(kept, {
      period: period("2024-9M"),
      unitIds: ["ha-dinh", "kim-giang"],
      codes: ["XH07"],
    });
    expect(found.byUnit).toEqual({ "ha-dinh": { XH07: 35 }, "kim-giang": { XH07: 12 } });
  });

  it("matches equivalent periods on the template's cut-off basis (administrative months end on the 14th)", () => {
    // Administrative: September 2023 runs to 14/9/2023, so an as-of 30/9/2023 report is another figure.
    const kept = [
      cumulative("2023-09-30", "ha-dinh", "XH07", 35),
      cumulative("2023-09-14", "ha-dinh", "XH07", 31),
    ];
    const options = { period: period("2024-09"), unitIds: ["ha-dinh"], codes: ["XH07"] };
    expect(lastYearFromHistory(kept, { ...options, basis: "administrative" }).byUnit).toEqual({
      "ha-dinh": { XH07: 31 },
    });
    expect(lastYearFromHistory(kept, options).byUnit).toEqual({ "ha-dinh": { XH07: 35 } });
  });
});

describe("previous cumulative of the same year from history", () => {
  it("finds the previous month's cumulative", () => {
    expect(
      previousCumulativeFromHistory(history, {
        period: period("2024-09"),
        unitIds: ["ha-dinh"],
        codes: ["XH07"],
      }),
    ).toEqual({ period: "2024-08", level: {}, byUnit: { "ha-dinh": { XH07: 50 } } });
  });

  it("is null where there is no previous report in the year (January, Q1, an as-of date)", () => {
    const options = { unitIds: ["ha-dinh"], codes: ["XH07"] };
    expect(previousCumulativeFromHistory(history, { ...options, period: period("2024-01") })).toBeNull();
    expect(previousCumulativeFromHistory(history, { ...options, period: period("2024-Q1") })).toBeNull();
    expect(previousCumulativeFromHistory(history, { ...options, period: period("2024-09-30") })).toBeNull();
  });

  it("gives nothing when the previous period is not in the history", () => {
    expect(
      previousCumulativeFromHistory(history, {
        period: period("2024-07"),
        unitIds: ["ha-dinh"],
        codes: ["XH07"],
      }),
    ).toEqual({ period: "2024-06", level: {}, byUnit: {} });
  });
});
