// The summary's native charts and the history table, drawn by the host inside the atomic
// summary swap, checked on the fake's model of Worksheet.charts and Worksheet.tables.
import { describe, expect, it } from "vitest";
import { runConsolidationJob } from "../../../src/core/jobs";
import type { WorkbookPlan } from "../../../src/core/sheets/plan-types";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { applyWorkbookPlan, listSheets, readSheets, writeSummaryAtomically } from "../../../src/excel";
import { readKeptHistory } from "../../../src/taskpane/use-cases/kept-history";
import { installFake, typeInto } from "./fake-host";
import { counted, readUnitSheets } from "./one-click";
import { expectedUnits, setupPlan } from "./unit-workbook";

/** Three wards typed DT03's cumulative figure; the district's plan for DT03 is 98. */
async function threeWardsSummary() {
  const fake = installFake();
  const { plan, figureCells } = setupPlan(3);
  expect((await applyWorkbookPlan(plan)).ok).toBe(true);
  const typed = [12, 30, 7];
  let i = 0;
  for (const [sheet, cells] of figureCells)
    await typeInto(fake, sheet, [{ address: cells[0]!, value: typed[i++]! }]);
  const read = await readUnitSheets();
  const job = runConsolidationJob({
    template: builtinTemplate,
    units: expectedUnits(3),
    accepted: Object.fromEntries(expectedUnits(3).map((u) => [u.id, "chấp nhận để thử"])),
    plans: { units: {}, level: { DT03: { plan: 98 } } },
    period: "2024-10",
    generatedAt: "2024-11-06T09:00:00+07:00",
    snapshots: read.sheets.map((snapshot) => ({
      source: { sheet: snapshot.name },
      snapshot,
      workbookMetadata: read.workbookMetadata,
    })),
  });
  return { fake, job };
}

describe("native charts and tables in the summary", () => {
  it("ends the one-click summary with two charts on the charts sheet over the right ranges", async () => {
    const { fake, job } = await threeWardsSummary();
    const written = await writeSummaryAtomically(job.workbookPlan);
    if (!written.ok) throw new Error(written.failure.en);
    const charts = fake.workbook.charts("Biểu đồ");
    expect(charts).toHaveLength(2);
    const [completion, contribution] = charts;
    // % of plan: only DT03 has a plan, 49 / 98 = 50%: one labelled row under the header (A2 and B2).
    expect(completion).toMatchObject({
      name: "completion",
      type: "BarClustered",
      position: "G1",
      valueAxis: { numberFormat: '0"%"' },
      series: [{ values: "'Biểu đồ'!B2", categories: "'Biểu đồ'!A2" }],
    });
    expect(fake.workbook.values("Biểu đồ", "B2")).toEqual([[50]]);
    // Each ward's DT03: three rows under the header (D2:E4), 12, 30 and 7.
    expect(contribution).toMatchObject({
      name: "contribution",
      type: "ColumnClustered",
      position: "G22",
      series: [{ values: "'Biểu đồ'!E2:E4", categories: "'Biểu đồ'!D2:D4" }],
    });
    expect(fake.workbook.values("Biểu đồ", "E2:E4")).toEqual([[12], [30], [7]]);
    expect(completion!.title).toBe(job.charts[0]!.title);
    expect(completion!.series[0]!.name).toBe(job.charts[0]!.series.name);
    // The job still returns the charts beside the plan, and the plan carries the same ones.
    expect(job.workbookPlan.charts).toEqual(job.charts);
  });

  it("reads back the history it wrote, as the add-in's next consolidation does", async () => {
    const { job } = await threeWardsSummary();
    const written = await writeSummaryAtomically(job.workbookPlan);
    if (!written.ok) throw new Error(written.failure.en);
    const listed = await listSheets();
    if (!listed.ok) throw new Error(listed.failure.en);
    const read = await readSheets(listed.value.sheets.map((s) => s.name));
    if (!read.ok) throw new Error(read.failure.en);
    // The hidden key row, the text period codes and the figures all come back as written.
    expect(readKeptHistory(read.value.sheets)).toEqual({
      kind: "read",
      sheet: "Lịch sử",
      records: job.history,
    });
    expect(job.history.length).toBeGreaterThan(0);
  });

  it("makes the history an Excel table over its header and rows", async () => {
    const { fake, job } = await threeWardsSummary();
    const written = await writeSummaryAtomically(job.workbookPlan);
    if (!written.ok) throw new Error(written.failure.en);
    // Header on row 2 (HEADER_ROW), one row per history record below it, columns A to G.
    expect(fake.workbook.tables("Lịch sử")).toEqual([
      {
        name: "TongHop_LichSu",
        range: `A2:G${2 + job.history.length}`,
        showHeaders: true,
        style: "TableStyleMedium2",
      },
    ]);
    expect(job.history.length).toBeGreaterThan(0);
  });

  it("replaces the summary's charts and table on a second run, the table keeping its name", async () => {
    const { fake, job } = await threeWardsSummary();
    expect((await writeSummaryAtomically(job.workbookPlan)).ok).toBe(true);
    const again = await counted(fake, () => writeSummaryAtomically(job.workbookPlan));
    expect(again.value.ok).toBe(true);
    expect(fake.workbook.charts("Biểu đồ")).toHaveLength(2);
    expect(fake.workbook.tables("Lịch sử").map((t) => t.name)).toEqual(["TongHop_LichSu"]);
    // Inspect, one build batch, the swap: the table's rename rides in the swap.
    expect(again.count.roundTrips).toBe(3);
  });

  it("refuses a chart whose labels are not the column left of its values, writing nothing", async () => {
    const fake = installFake();
    const plan: WorkbookPlan = {
      sheets: [{ name: "Data", blocks: [{ at: "A1", rows: [["a", 1, 2]] }] }],
      charts: [
        {
          id: "x",
          type: "bar",
          title: "t",
          categories: { sheet: "Data", range: "A1:A1" },
          series: { name: "s", values: { sheet: "Data", range: "C1:C1" } },
          placement: { sheet: "Data", at: "E1" },
          valueFormat: "0",
        },
      ],
    };
    await expect(writeSummaryAtomically(plan)).rejects.toThrow(/left of its values/);
    expect(fake.counters.roundTrips).toBe(0);
  });

  it("refuses table names Excel would refuse, and a name used twice", async () => {
    installFake();
    const sheet = (name: string, table: string) => ({
      name,
      blocks: [{ at: "A1", rows: [["h"], [1]] }],
      tables: [{ name: table, range: "A1:A2", headerRow: true as const }],
    });
    await expect(writeSummaryAtomically({ sheets: [sheet("S", "A1")] })).rejects.toThrow(
      /not a valid table name/,
    );
    await expect(writeSummaryAtomically({ sheets: [sheet("S", "Lịch sử")] })).rejects.toThrow(
      /not a valid table name/,
    );
    await expect(writeSummaryAtomically({ sheets: [sheet("S", "T"), sheet("U", "t")] })).rejects.toThrow(
      /name used twice/,
    );
  });
});
