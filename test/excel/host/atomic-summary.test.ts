// Writing the summary is atomic for the user: a failure at any round trip of the write leaves
// the previous summary and every unit sheet as they were, and says what failed.
import { describe, expect, it } from "vitest";
import { applyWorkbookPlan, writeSummaryAtomically } from "../../../src/excel";
import type { FakeExcel } from "../../../src/excel/testing";
import { installFake, typeInto } from "./fake-host";
import { readUnitSheets, summaryPlan } from "./one-click";
import { setupPlan } from "./unit-workbook";

const WARDS = 3;

/** Three ward sheets with figures, and a first summary already written from them. */
async function workbookWithSummary(): Promise<FakeExcel> {
  const fake = installFake();
  const { plan, figureCells } = setupPlan(WARDS);
  expect((await applyWorkbookPlan(plan)).ok).toBe(true);
  for (const [sheet, cells] of figureCells)
    await typeInto(
      fake,
      sheet,
      cells.map((address) => ({ address, value: 10 })),
    );
  const first = await writeSummaryAtomically(summaryPlan(WARDS, await readUnitSheets()));
  expect(first.ok).toBe(true);
  return fake;
}

/** The new summary after a ward changed a figure: different content, same sheet names. */
async function changedSummaryPlan(fake: FakeExcel) {
  const [sheet, cells] = [...setupPlan(WARDS).figureCells][0]!;
  await typeInto(fake, sheet, [{ address: cells[0]!, value: 99 }]);
  return summaryPlan(WARDS, await readUnitSheets());
}

/** The round trips of a summary write that succeeds: inspect, build, swap. */
const SUMMARY_ROUND_TRIPS = 3;

describe("writing the summary atomically", () => {
  it("replaces the previous summary sheets in place, under their own names, with nothing temporary left", async () => {
    const fake = await workbookWithSummary();
    const plan = await changedSummaryPlan(fake);
    const result = await writeSummaryAtomically(plan);
    expect(result).toMatchObject({ ok: true, value: { sheets: plan.sheets.map((s) => s.name) } });
    const names = fake.workbook.sheetNames();
    expect(names.filter((n) => n.startsWith("~"))).toEqual([]);
    for (const sheet of plan.sheets) expect(names.filter((n) => n === sheet.name)).toHaveLength(1);
    expect(fake.workbook.activeSheet()).toBe(plan.sheets[0]!.name);
    expect(fake.workbook.enableEvents).toBe(true);
  });

  it.each(Array.from({ length: SUMMARY_ROUND_TRIPS }, (_, i) => i + 1))(
    "a failure at round trip %i of the write leaves the previous summary and every unit sheet unchanged",
    async (k) => {
      const fake = await workbookWithSummary();
      const plan = await changedSummaryPlan(fake);
      const before = fake.workbook.snapshot();
      fake.faults.failAtRoundTrip(fake.counters.roundTrips + k);
      const result = await writeSummaryAtomically(plan);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.failure.stage).toBe(["inspect", "build", "swap"][k - 1]);
      expect(result.failure.cause).toContain("GeneralException");
      expect(result.failure.vi).not.toBe("");
      expect(result.failure.en).not.toBe("");
      expect(fake.workbook.snapshot()).toEqual(before);
      expect(fake.workbook.enableEvents).toBe(true);
    },
  );

  it("removes the sheets already built when a later build batch fails", async () => {
    const fake = await workbookWithSummary();
    const plan = await changedSummaryPlan(fake);
    const before = fake.workbook.snapshot();
    // A small budget cuts the build into several batches; the second one fails, after the
    // first has created temporary sheets.
    fake.faults.failAtRoundTrip(fake.counters.roundTrips + 3);
    const result = await writeSummaryAtomically(plan, { budget: 20_000 });
    expect(result).toMatchObject({ ok: false, failure: { stage: "build" } });
    expect(fake.counters.syncs.filter((s) => s.error === undefined).length).toBeGreaterThan(0);
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("puts the previous summary back when the swap fails halfway, after the old sheets were renamed aside", async () => {
    const fake = await workbookWithSummary();
    const plan = await changedSummaryPlan(fake);
    const before = fake.workbook.snapshot();
    // Between the build and the swap, someone deletes the name that ties the old summary
    // sheet to its metadata: the swap then fails at removing it, after its renames ran.
    const run = fake.Excel.run;
    let runs = 0;
    const uninstall = fake.install(globalThis);
    (globalThis as unknown as { Excel: { run: unknown } }).Excel = {
      ...fake.Excel,
      run: async (...args: unknown[]) => {
        runs++;
        if (runs === 3) {
          await run(async (context) => {
            const names = context.workbook.names.load("items/name,items/formula");
            await context.sync();
            const anchor = names.items.find((n) => String(n.formula).includes(plan.sheets[0]!.name));
            anchor?.delete();
            await context.sync();
          });
        }
        return (run as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    };
    const result = await writeSummaryAtomically(plan);
    uninstall();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.stage).toBe("swap");
    expect(result.failure.cause).toContain("ItemNotFound");
    expect(result.failure.en).toContain("previous summary has been restored");
    const after = fake.workbook.snapshot();
    expect(after.sheets).toEqual(before.sheets);
    expect(after.customProperties).toEqual(before.customProperties);
  });

  it("removes temporary sheets an earlier, interrupted run left behind", async () => {
    const fake = await workbookWithSummary();
    const plan = await changedSummaryPlan(fake);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add(`~TH1 ${plan.sheets[0]!.name}`.slice(0, 31));
      await context.sync();
    });
    const result = await writeSummaryAtomically(plan);
    expect(result.ok).toBe(true);
    expect(fake.workbook.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });
});
