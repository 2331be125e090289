/**
 * The summary workbook through the .xlsx host: written to a file and read back as a user's
 * next run reads it. The history table parses back into the records written; a summary
 * file is read as one unit's report one level up.
 */
import { describe, expect, it } from "vitest";
import { summaryRow } from "../../src/core/consolidate";
import type { HistoryRecord } from "../../src/core/history";
import { runConsolidationJob, type SubmittedSheet } from "../../src/core/jobs";
import { readHistorySheet } from "../../src/core/summary";
import type { Unit } from "../../src/core/units/unit";
import { readWorkbook, writeWorkbook } from "../../src/xlsx";
import { submittedSheet } from "../core/jobs/submitted-sheet";
import { smallTemplate, TC, UNITS, W1, W2 } from "../core/summary/small-template";

const GENERATED = "2024-11-10T08:00:00+07:00";

async function roundTrip(plan: Parameters<typeof writeWorkbook>[0], file: string): Promise<SubmittedSheet[]> {
  const read = await readWorkbook(await writeWorkbook(plan), { fileName: file });
  if (!read.ok) throw new Error(read.error.en);
  return read.sheets.map((snapshot) => ({
    source: { file, sheet: snapshot.name },
    snapshot,
    workbookMetadata: read.metadata,
  }));
}

describe("the history through the .xlsx host", () => {
  it("reads back from the written summary's history sheet the records written", async () => {
    const earlier: HistoryRecord[] = [
      {
        period: "2023-10",
        unit: "w1",
        indicator: "A01",
        column: "cumulative",
        value: 812.375,
        source: "typed",
        time: "2024-01-05T10:00:00+07:00",
      },
      {
        period: "2024",
        unit: "*",
        indicator: "B01",
        column: "plan",
        value: 0,
        source: "history",
        time: "2024-01-05",
      },
    ];
    const result = runConsolidationJob({
      template: smallTemplate,
      units: UNITS,
      period: "2024-10",
      snapshots: [
        submittedSheet({
          unit: W1,
          figures: { A01: { actual: 100, cumulative: 1000 }, A02: { actual: 99, cumulative: 990 } },
        }),
        submittedSheet({
          unit: W2,
          figures: { A01: { actual: 10, cumulative: 200 }, A02: { actual: 1, cumulative: 150 } },
        }),
        submittedSheet({ unit: TC, figures: { B01: { actual: 500, cumulative: 4800.25 } } }),
      ],
      history: earlier,
      generatedAt: GENERATED,
    });
    const sheets = await roundTrip(result.workbookPlan, "tong-hop.xlsx");
    const history = sheets.find((s) => s.snapshot.name === "Lịch sử")!;
    const back = readHistorySheet(history.snapshot);
    expect(back.problems).toEqual([]);
    expect(back.records).toEqual(result.history);
    // The two earlier records and this run's: e.g. the level's A01 cumulative 1000 + 200 and tc's B01 4800.25 (money keeps its decimals).
    expect(back.records).toContainEqual(earlier[0]);
    expect(back.records).toContainEqual(
      expect.objectContaining({
        period: "2024-10",
        unit: "*",
        indicator: "A01",
        column: "cumulative",
        value: 1200,
      }),
    );
  });
});

describe("one level up through the .xlsx host", () => {
  const ward = (d: number, k: number): Unit => ({ id: `p${d}${k}`, name: `Phường ${d}.${k}`, kind: "ward" });
  const office = (d: number): Unit => ({
    id: `tc${d}`,
    name: `Phòng Tài chính ${d}`,
    kind: "office",
    office: "TC",
  });
  const sheetsOf = (d: number) => [
    ...[1, 2].map((k) =>
      submittedSheet({
        unit: ward(d, k),
        figures: {
          A01: { actual: 7 * d + k, cumulative: 70 * d + k },
          A02: { actual: 5 * d, cumulative: 50 * d + k },
        },
      }),
    ),
    submittedSheet({
      unit: office(d),
      figures: { B01: { plan: 900 * d, actual: 10 * d, cumulative: 700 * d } },
    }),
  ];

  it("consolidates three districts' summary files to the figures of all their wards directly", async () => {
    const files = await Promise.all(
      [1, 2, 3].map(async (d) => {
        const summary = runConsolidationJob({
          template: smallTemplate,
          units: [ward(d, 1), ward(d, 2), office(d)],
          period: "2024-10",
          snapshots: sheetsOf(d),
          generatedAt: GENERATED,
          level: { name: `Quận ${d}`, unitId: `q${d}` },
        });
        return roundTrip(summary.workbookPlan, `quan-${d}.xlsx`);
      }),
    );
    const city = runConsolidationJob({
      template: smallTemplate,
      units: [1, 2, 3].map((d) => ({ id: `q${d}`, name: `Quận ${d}`, kind: "ward" as const })),
      unitsAreLevels: true,
      period: "2024-10",
      snapshots: files.flat(),
      generatedAt: GENERATED,
    });
    const direct = runConsolidationJob({
      template: smallTemplate,
      units: [1, 2, 3].flatMap((d) => [ward(d, 1), ward(d, 2), office(d)]),
      period: "2024-10",
      snapshots: [1, 2, 3].flatMap(sheetsOf),
      generatedAt: GENERATED,
    });
    expect(city.findings.filter((f) => f.severity !== "info")).toEqual([]);
    for (const code of ["A01", "A02", "A03", "B01"])
      for (const column of ["plan", "actual", "cumulative"] as const)
        expect([code, column, summaryRow(city.summary, code)!.values[column]]).toEqual([
          code,
          column,
          summaryRow(direct.summary, code)!.values[column],
        ]);
    // By hand: A01 cumulative = sum of 70d + k = 2 x 70 x 6 + 3 x 3 = 849; B01 plan 900 x 6 = 5400.
    expect(summaryRow(city.summary, "A01")!.values.cumulative).toBe(849);
    expect(summaryRow(city.summary, "B01")!.values.plan).toBe(5400);
  });

  it("reads a district's summary carrying two years of history, one level up, with the default limits", async () => {
    // A district of 200 units a year and nine months into its history: 21 months x 200 units x
    // 8 figures = 33,600 history rows of 7 cells, 235,200 cells on the "Lịch sử" sheet alone,
    // more than the 200,000 cells the reader once allowed a whole file.
    const history: HistoryRecord[] = [];
    for (const period of [
      ...Array.from({ length: 12 }, (_, m) => `2023-${String(m + 1).padStart(2, "0")}`),
      ...Array.from({ length: 9 }, (_, m) => `2024-${String(m + 1).padStart(2, "0")}`),
    ])
      for (let u = 0; u < 200; u++)
        for (const indicator of ["A01", "A02", "B01", "B02"])
          for (const column of ["actual", "cumulative"] as const)
            history.push({
              period,
              unit: `p${u}`,
              indicator,
              column,
              value: u,
              source: "unit",
              time: GENERATED,
            });
    const summary = runConsolidationJob({
      template: smallTemplate,
      units: [ward(1, 1), ward(1, 2), office(1)],
      period: "2024-10",
      snapshots: sheetsOf(1),
      history,
      generatedAt: GENERATED,
      level: { name: "Quận 1", unitId: "q1" },
    });
    const file = await roundTrip(summary.workbookPlan, "quan-1.xlsx");
    const city = runConsolidationJob({
      template: smallTemplate,
      units: [{ id: "q1", name: "Quận 1", kind: "ward" }],
      unitsAreLevels: true,
      period: "2024-10",
      snapshots: file,
      generatedAt: GENERATED,
    });
    expect(city.findings.filter((f) => f.severity !== "info")).toEqual([]);
    // Quận 1's A01 cumulative: its wards' 70 + 1 and 70 + 2.
    expect(summaryRow(city.summary, "A01")!.values.cumulative).toBe(143);
  });
});
