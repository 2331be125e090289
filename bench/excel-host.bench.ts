/**
 * The one-click summary on the fake Excel for 11, 100 and 600 wards: round trips, bytes sent
 * and received, and what that costs at 150 ms per round trip (a realistic Excel on the web
 * figure), beside a straightforward implementation that reads each sheet and writes each
 * summary sheet with its own sync, measured on the same fake. Setting up the ward sheets is
 * not counted. One-click = list the sheets, read the unit sheets, consolidate, write.
 */
import { runConsolidationJob } from "../src/core/jobs";
import type { SheetSnapshot } from "../src/core/sheets/snapshot";
import type { MetadataPlan, SheetPlan, WorkbookPlan } from "../src/core/sheets/plan-types";
import { unitSheetPlan } from "../src/core/sheets/unit-sheet";
import { syntheticUnits } from "../src/core/sample";
import { builtinTemplate } from "../src/core/template/load-template";
import type { Unit } from "../src/core/units/unit";
import { applyWorkbookPlan, listSheets, readSheets, writeSummaryAtomically } from "../src/excel";
import { queueOperations } from "../src/excel/apply-operations";
import { compileSheet } from "../src/excel/compile-sheet";
import { snapshotGrids } from "../src/excel/snapshot-cells";
import { createFakeExcel } from "../src/excel/testing";
import type { FakeExcel } from "../src/excel/testing";
import { emit, round } from "./harness";

const ROUND_TRIP_MS = 150;
const PERIOD = { code: "2024-10", label: "Tháng 10/2024" };

function setupPlan(units: readonly Unit[]): WorkbookPlan {
  const sheets: SheetPlan[] = [];
  const metadata: MetadataPlan[] = [];
  for (const unit of units.filter((u) => u.kind === "ward")) {
    const made = unitSheetPlan({
      template: builtinTemplate,
      unit,
      period: PERIOD,
      takenSheetNames: sheets.map((s) => s.name),
    });
    sheets.push(made.sheet);
    metadata.push(made.metadata);
  }
  return { sheets, metadata };
}

function job(
  units: readonly Unit[],
  sheets: readonly SheetSnapshot[],
  workbookMetadata: Record<string, string>,
) {
  return runConsolidationJob({
    template: builtinTemplate,
    units,
    period: PERIOD.code,
    generatedAt: "2024-11-06T09:00:00+07:00",
    snapshots: sheets.map((snapshot) => ({ source: { sheet: snapshot.name }, snapshot, workbookMetadata })),
  }).workbookPlan;
}

async function batched(units: readonly Unit[]): Promise<void> {
  const listed = await listSheets();
  if (!listed.ok) throw new Error(listed.failure.en);
  const names = listed.value.sheets.filter((s) => s.metadata?.unit_id !== undefined).map((s) => s.name);
  const read = await readSheets(names, { expectedCellsPerSheet: 440 });
  if (!read.ok) throw new Error(read.failure.en);
  const written = await writeSummaryAtomically(job(units, read.value.sheets, read.value.workbookMetadata));
  if (!written.ok) throw new Error(written.failure.en);
}

/** What a first version would do: one sync per sheet read, one per summary sheet written. */
async function perSheet(fake: FakeExcel, units: readonly Unit[]): Promise<void> {
  const names = await fake.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name).filter((n) => n.startsWith("Phường"));
  });
  const snapshots: SheetSnapshot[] = [];
  for (const name of names) {
    snapshots.push(
      await fake.Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
        used.load("values,formulas,valueTypes,numberFormat");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the per-sheet baseline is the point of comparison
        await context.sync();
        return {
          name,
          ...snapshotGrids(used),
          metadata: { unit_id: `ward-${name.slice(7)}`, period: PERIOD.code },
        };
      }),
    );
  }
  const plan = job(units, snapshots, { template_id: "tonghop-standard", template_version: "1.0.0" });
  const capabilities = { pageLayout: false, tabColor: false };
  for (const sheet of plan.sheets) {
    await fake.Excel.run(async (context) => {
      queueOperations(context, compileSheet(sheet, { writeAs: sheet.name, create: true }), capabilities);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the per-sheet baseline is the point of comparison
      await context.sync();
    });
  }
}

export async function run(): Promise<void> {
  for (const wards of [11, 100, 600]) {
    const units = syntheticUnits(wards);
    for (const implementation of ["batched", "per-sheet"] as const) {
      const fake = createFakeExcel();
      const uninstall = fake.install(globalThis);
      try {
        const setup = await applyWorkbookPlan(setupPlan(units));
        if (!setup.ok) throw new Error(setup.failure.en);
        const before = fake.counters.roundTrips;
        const start = performance.now();
        if (implementation === "batched") await batched(units);
        else await perSheet(fake, units);
        const localMs = performance.now() - start;
        const roundTrips = fake.counters.roundTrips - before;
        const sent = fake.counters.requestBytes.slice(before).reduce((a, b) => a + b, 0);
        const received = fake.counters.responseBytes.slice(before).reduce((a, b) => a + b, 0);
        const params = { wards, implementation };
        emit({ bench: "excel-host.one-click.round-trips", params, value: roundTrips, unit: "round trips" });
        emit({ bench: "excel-host.one-click.request-bytes", params, value: sent, unit: "bytes" });
        emit({ bench: "excel-host.one-click.response-bytes", params, value: received, unit: "bytes" });
        emit({
          bench: "excel-host.one-click.web-time",
          params: { ...params, msPerRoundTrip: ROUND_TRIP_MS },
          value: roundTrips * ROUND_TRIP_MS,
          unit: "ms",
        });
        emit({ bench: "excel-host.one-click.local-time", params, value: round(localMs), unit: "ms" });
      } finally {
        uninstall();
      }
    }
  }
}
