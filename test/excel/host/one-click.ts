/**
 * The one-click summary as the task pane will run it, for the scale tests and the benchmark:
 * list the sheets, read the unit sheets, consolidate (pure), write the summary atomically.
 */
import { runConsolidationJob } from "../../../src/core/jobs";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { listSheets, readSheets, writeSummaryAtomically } from "../../../src/excel";
import type { FakeExcel } from "../../../src/excel/testing";
import { expectedUnits } from "./unit-workbook";

/** The unit sheet of the built-in template: about 40 rows by 11 columns. */
export const UNIT_SHEET_CELLS = 40 * 11;

export interface StepCount {
  roundTrips: number;
  requestBytes: number[];
  responseBytes: number[];
}

/** Round trips and bytes of what `step` did on `fake`. */
export async function counted<T>(
  fake: FakeExcel,
  step: () => Promise<T>,
): Promise<{ value: T; count: StepCount }> {
  const before = fake.counters.roundTrips;
  const value = await step();
  return {
    value,
    count: {
      roundTrips: fake.counters.roundTrips - before,
      requestBytes: fake.counters.requestBytes.slice(before),
      responseBytes: fake.counters.responseBytes.slice(before),
    },
  };
}

export async function readUnitSheets() {
  const listed = await listSheets();
  if (!listed.ok) throw new Error(listed.failure.en);
  const unitSheets = listed.value.sheets.filter((s) => s.metadata?.unit_id !== undefined).map((s) => s.name);
  const read = await readSheets(unitSheets, { expectedCellsPerSheet: UNIT_SHEET_CELLS });
  if (!read.ok) throw new Error(read.failure.en);
  return read.value;
}

/** `acceptAll`: the office accepts every ward's errors (blank cells), so all figures count. */
export function summaryPlan(
  wardCount: number,
  read: Awaited<ReturnType<typeof readUnitSheets>>,
  acceptAll = false,
) {
  const accepted = acceptAll
    ? Object.fromEntries(expectedUnits(wardCount).map((u) => [u.id, "chấp nhận để thử"]))
    : undefined;
  return runConsolidationJob({
    ...(accepted ? { accepted } : {}),
    template: builtinTemplate,
    units: expectedUnits(wardCount),
    period: "2024-10",
    generatedAt: "2024-11-06T09:00:00+07:00",
    snapshots: read.sheets.map((snapshot) => ({
      source: { sheet: snapshot.name },
      snapshot,
      workbookMetadata: read.workbookMetadata,
    })),
  }).workbookPlan;
}

export async function oneClickSummary(wardCount: number, acceptAll = false) {
  const read = await readUnitSheets();
  const written = await writeSummaryAtomically(summaryPlan(wardCount, read, acceptAll));
  if (!written.ok) throw new Error(written.failure.en);
  return written.value;
}
