// End to end on the fake: ward sheets set up by the host, figures typed by the wards, the
// one-click summary (list, read, consolidate with the core's runConsolidationJob, write).
import { describe, expect, it } from "vitest";
import { applyWorkbookPlan, readSheets } from "../../../src/excel";
import { installFake, typeInto } from "./fake-host";
import { oneClickSummary } from "./one-click";
import { setupPlan } from "./unit-workbook";

describe("the one-click summary", () => {
  it("sums what the wards typed into the summary sheet, and can be read back", async () => {
    const fake = installFake();
    const { plan, figureCells } = setupPlan(3);
    expect((await applyWorkbookPlan(plan)).ok).toBe(true);
    // Cumulative DT03 (urban-order violations handled), typed by the three wards.
    const typed = [12, 30, 7];
    let i = 0;
    for (const [sheet, cells] of figureCells)
      await typeInto(fake, sheet, [{ address: cells[0]!, value: typed[i++]! }]);
    const written = await oneClickSummary(3, true);
    const summaryName = written.sheets[0]!;
    const read = await readSheets([summaryName]);
    if (!read.ok) throw new Error(read.failure.en);
    const dt03 = read.value.sheets[0]!.values.find((row) => row.includes("DT03"));
    // 12 + 30 + 7 = 49, the consolidated cumulative figure.
    expect(dt03).toContain(49);
    // The unit sheets are untouched by the summary.
    for (const [sheet, cells] of figureCells) expect(fake.workbook.values(sheet, cells[1]!)).toEqual([[""]]);
  });
});
