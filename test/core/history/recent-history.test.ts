/**
 * The summary's history sheet shows this year's and last year's periods, whatever their kind;
 * the job's history (what the command line writes to its file) keeps them all.
 */
import { describe, expect, it } from "vitest";
import { recentHistory, type HistoryRecord } from "../../../src/core/history";
import { runConsolidationJob } from "../../../src/core/jobs";
import { sampleDistrict } from "../../../src/core/units/sample-district";
import { builtinTemplate } from "../../../src/core/template/load-template";

function record(period: string, value = 1): HistoryRecord {
  return {
    period,
    unit: "*",
    indicator: "KT01",
    column: "cumulative",
    value,
    source: "consolidated",
    time: "2024-01-05T08:00:00+07:00",
  };
}

describe("recentHistory", () => {
  const all = [
    "2021-12",
    "2022",
    "2022-Q4",
    "2023-01",
    "2023-H1",
    "2023-9M",
    "2023-12-31",
    "2024-Q1",
    "2024-09",
    "2025-01",
  ];
  const keptFor = (period: string) =>
    recentHistory(
      all.map((p) => record(p)),
      period,
    ).map((r) => r.period);

  it("keeps the periods of the period's year and the year before, in their order", () => {
    // 2024-10: its year is 2024, so 2023 and 2024 stay; a later period (2025-01) stays too.
    expect(keptFor("2024-10")).toEqual([
      "2023-01",
      "2023-H1",
      "2023-9M",
      "2023-12-31",
      "2024-Q1",
      "2024-09",
      "2025-01",
    ]);
  });

  it("measures from the year of any kind of period", () => {
    // 2023-Q2 and the year 2023 keep 2022 and 2023 alike.
    expect(keptFor("2023-Q2")).toEqual(["2022", "2022-Q4", ...keptFor("2024-10")]);
    expect(keptFor("2023")).toEqual(keptFor("2023-Q2"));
  });

  it("keeps everything when the period itself cannot be read", () => {
    expect(keptFor("thang 10")).toEqual(all);
  });
});

describe("the history sheet of a consolidation", () => {
  it("shows only the recent periods, while the job returns the whole history", () => {
    const units = sampleDistrict;
    const history = ["2021-10", "2022-10", "2023-10"].map((p, i) => record(p, 100 + i));
    const result = runConsolidationJob({
      template: builtinTemplate,
      units,
      period: "2024-10",
      snapshots: [],
      history,
      generatedAt: "2024-11-06T09:00:00+07:00",
    });
    // The job adds nothing of its own with no report, so its history is the three records.
    expect(result.history.map((r) => r.period)).toEqual(["2021-10", "2022-10", "2023-10"]);
    const sheet = result.workbookPlan.sheets.find((s) => s.name === "Lịch sử")!;
    const periods = sheet.blocks[0]!.rows.slice(2).map((row) => row[0]);
    expect(periods).toEqual(["2023-10"]);
    // The Excel table covers the header and that one row.
    expect(result.historyTable).toEqual({ table: "A2:G3", headerRow: 2, records: 1 });
    expect(sheet.tables).toEqual([{ name: "TongHop_LichSu", range: "A2:G3", headerRow: true }]);
  });
});
