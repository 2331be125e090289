/**
 * Writing the summary so that the user sees either the old summary or the new one, never a
 * mix: the new sheets are built under temporary names ("~TH1 Tổng hợp"), then one swap batch
 * renames each old sheet aside ("~BK1 Tổng hợp"), renames each new sheet to its final name,
 * rewrites the metadata, and deletes the old sheets last.
 *
 * Excel applies a batch up to a failing action and keeps what it applied (docs/excel-fake.md,
 * "No rollback"), so after any failure one recovery run (inspect, then fix) looks at what is
 * there and:
 * - before any old sheet was deleted (the usual case: every old sheet still exists under its
 *   own or its aside name): deletes the new sheets and their names, renames the old ones back,
 *   restores the metadata table and properties: the workbook is as it was;
 * - after an old sheet was deleted (all renames and metadata are done by then, deletions come
 *   last): finishes the deletions: the new summary is complete, and the result says so.
 * Charts and tables are built with their sheets (a table whose name an old table holds gets a
 * build name, and its own in the swap once the old sheet is deleted).
 * Round trips: inspect 1, build 1 per ~4.2 MB sent, swap 1; a failure adds 2 (recovery).
 */
import type { WorkbookPlan } from "../core/sheets/plan-types";
import type { HostNote } from "./capabilities";
import { detectCapabilities } from "./capabilities";
import { assertApplicable, asideName, inspectWorkbook } from "./apply-workbook-plan";
import { chartOperations, tableBuildName, tableNaming } from "./compile-charts";
import { compileSheet } from "./compile-sheet";
import type { HostFailure, HostResult } from "./host-result";
import { describeCause, hostFailure } from "./host-result";
import type { WorkbookState } from "./inspect-workbook";
import { findSheet, hasTable } from "./inspect-workbook";
import { META_SHEET, PROPERTY_PREFIX, metadataWrite, tableOperations } from "./metadata-store";
import type { Operation } from "./operations";
import { BATCH_BUDGET, chunkOperations } from "./payload";
import { restoreEvents, sendBatches } from "./run-batches";

export interface SummaryWriteOptions {
  /** Request budget per round trip, in estimated bytes; BATCH_BUDGET (4.75 MB) by default. */
  budget?: number;
}

export interface SummaryWriteValue {
  sheets: string[];
  notes: HostNote[];
}

interface SheetNames {
  final: string;
  temp: string;
  backup: string;
  /** The old sheet of that name, as found before writing. */
  old?: { name: string; visibility: string };
}

const TEMP_TAG = "TH";
const BACKUP_TAG = "BK";

function sheetNames(plan: WorkbookPlan, state: WorkbookState): SheetNames[] {
  return plan.sheets.map((sheet, i) => {
    const old = findSheet(state, sheet.name);
    return {
      final: sheet.name,
      temp: asideName(i, sheet.name, TEMP_TAG),
      backup: asideName(i, sheet.name, BACKUP_TAG),
      ...(old ? { old: { name: old.name, visibility: old.visibility } } : {}),
    };
  });
}

/** Leftovers of an earlier run that crashed: temporary sheets go; an aside sheet whose original is gone comes back. */
function leftoverOperations(names: readonly SheetNames[], state: WorkbookState): Operation[] {
  const ops: Operation[] = [];
  for (const n of names) {
    const temp = findSheet(state, n.temp);
    if (temp) {
      if (temp.visibility === "VeryHidden")
        ops.push({ op: "visibility", sheet: temp.name, visibility: "Hidden" });
      ops.push({ op: "deleteSheet", sheet: temp.name });
    }
    const backup = findSheet(state, n.backup);
    if (backup)
      ops.push(
        n.old
          ? { op: "deleteSheet", sheet: backup.name }
          : { op: "renameSheet", sheet: backup.name, to: n.final },
      );
  }
  return ops;
}

function buildOperations(plan: WorkbookPlan, names: readonly SheetNames[], state: WorkbookState) {
  const ops = leftoverOperations(names, state);
  // A table of the old summary holds its name until its sheet is deleted in the swap.
  const { tableName, renames } = tableNaming(plan.sheets, (name) => hasTable(state, name));
  plan.sheets.forEach((sheet, i) =>
    ops.push(...compileSheet(sheet, { writeAs: names[i]!.temp, create: true, tableName })),
  );
  const writeAs = new Map(names.map((n) => [n.final, n.temp]));
  // Charts go on the new sheets while they have their temporary names, and follow the swap's renames.
  ops.push(...chartOperations(plan.charts ?? [], (sheet) => writeAs.get(sheet) ?? sheet));
  const replaced = new Set(names.filter((n) => n.old).map((n) => n.final.toLowerCase()));
  const metadata = metadataWrite(state.metadata, plan.metadata ?? [], writeAs, replaced);
  ops.push(...metadata.build);
  return { ops, metadata, renames };
}

function swapOperations(
  names: readonly SheetNames[],
  commit: readonly Operation[],
  state: WorkbookState,
  activate: string | undefined,
  tableRenames: readonly Operation[],
): Operation[] {
  const ops: Operation[] = [];
  for (const n of names) {
    if (!n.old) continue;
    // A very hidden sheet cannot be deleted (Worksheet.delete): make it merely hidden first.
    if (n.old.visibility === "VeryHidden")
      ops.push({ op: "visibility", sheet: n.old.name, visibility: "Hidden" });
    ops.push({ op: "renameSheet", sheet: n.old.name, to: n.backup });
  }
  for (const n of names) ops.push({ op: "renameSheet", sheet: n.temp, to: n.final });
  const metaProtected = findSheet(state, META_SHEET)?.protected === true;
  if (metaProtected) ops.push({ op: "unprotect", sheet: META_SHEET });
  ops.push(...commit);
  if (metaProtected)
    ops.push({
      op: "protect",
      sheet: META_SHEET,
      options: { allowFormatColumns: false, allowFormatRows: false, selectionMode: "Normal" },
    });
  // Deletions last: until the first one runs, every old sheet can still be put back.
  for (const n of names) if (n.old) ops.push({ op: "deleteSheet", sheet: n.backup });
  // The old tables went with their sheets: the new ones take their names.
  ops.push(...tableRenames);
  if (activate) ops.push({ op: "activate", sheet: activate });
  return ops;
}

export async function writeSummaryAtomically(
  plan: WorkbookPlan,
  options: SummaryWriteOptions = {},
): Promise<HostResult<SummaryWriteValue>> {
  assertApplicable(plan);
  let state: WorkbookState;
  try {
    state = await inspectWorkbook();
  } catch (error) {
    return { ok: false, failure: hostFailure("inspect", error, unchanged) };
  }
  const names = sheetNames(plan, state);
  const { ops: build, metadata, renames } = buildOperations(plan, names, state);
  const capabilities = detectCapabilities();
  const firstVisible = plan.sheets.find((s) => (s.visibility ?? "visible") === "visible")?.name;
  let notes: HostNote[];
  try {
    notes = await sendBatches(chunkOperations(build, options.budget ?? BATCH_BUDGET), {
      capabilities,
      eventsWereOn: state.eventsEnabled,
      keepEventsOff: true,
    });
  } catch (error) {
    return { ok: false, failure: await recover("build", error, names, state, plan) };
  }
  try {
    const swap = swapOperations(names, metadata.commit, state, firstVisible, renames);
    await sendBatches([swap], { capabilities, eventsWereOn: state.eventsEnabled, eventsAlreadyOff: true });
  } catch (error) {
    return { ok: false, failure: await recover("swap", error, names, state, plan) };
  }
  return { ok: true, value: { sheets: names.map((n) => n.final), notes } };
}

const unchanged = { vi: "Sổ làm việc không bị thay đổi.", en: "The workbook was not changed." };

/**
 * After a failure: puts the old summary back if every old sheet still exists, else finishes
 * the swap. Returns the failure to report, saying which of the two happened.
 */
async function recover(
  stage: "build" | "swap",
  error: unknown,
  names: readonly SheetNames[],
  before: WorkbookState,
  plan: WorkbookPlan,
): Promise<HostFailure> {
  try {
    const now = await inspectWorkbook();
    // An old sheet neither aside nor replaced-to-be means the swap reached its deletions.
    const forward =
      stage === "swap" && names.some((n) => n.old && !findSheet(now, n.backup) && !findSheet(now, n.temp));
    const ops = forward ? rollForward(names, now, plan) : rollBack(names, before, now);
    if (ops.length > 0)
      await sendBatches([ops], {
        capabilities: detectCapabilities(),
        eventsWereOn: before.eventsEnabled,
        eventsAlreadyOff: true,
      });
    else if (before.eventsEnabled) await restoreEvents();
    if (forward)
      return hostFailure(stage, error, {
        vi: "Trang tổng hợp mới đã được ghi đầy đủ; đã xóa nốt các trang tổng hợp cũ. Các trang của đơn vị không bị thay đổi.",
        en: "The new summary was written in full and the old summary sheets have been removed. The unit sheets were not changed.",
      });
    return hostFailure(stage, error, {
      vi: "Đã khôi phục trang tổng hợp cũ; các trang của đơn vị không bị thay đổi. Hãy thử lại.",
      en: "The previous summary has been restored and the unit sheets were not changed. Try again.",
    });
  } catch (cleanupError) {
    if (before.eventsEnabled) await restoreEvents().catch(() => undefined);
    const temps = names.map((n) => `"${n.temp}"`).join(", ");
    return hostFailure(stage, error, {
      vi: `Dọn dẹp cũng lỗi (${describeCause(cleanupError)}): hãy xóa các trang tạm ${temps} nếu còn, và đổi tên các trang bắt đầu bằng "~${BACKUP_TAG}" về tên cũ.`,
      en: `Cleaning up failed too (${describeCause(cleanupError)}): delete the temporary sheets ${temps} if any remain, and rename sheets starting with "~${BACKUP_TAG}" back to their names.`,
    });
  }
}

function rollForward(names: readonly SheetNames[], now: WorkbookState, plan: WorkbookPlan): Operation[] {
  const ops: Operation[] = [];
  for (const n of names) {
    if (findSheet(now, n.temp) && !findSheet(now, n.final))
      ops.push({ op: "renameSheet", sheet: n.temp, to: n.final });
    const backup = findSheet(now, n.backup);
    if (backup) ops.push({ op: "deleteSheet", sheet: backup.name });
  }
  // A table still under its build name takes its own once the old one is gone.
  for (const table of plan.sheets.flatMap((s) => s.tables ?? []))
    if (hasTable(now, tableBuildName(table.name)) && !hasTable(now, table.name))
      ops.push({ op: "renameTable", name: tableBuildName(table.name), to: table.name });
  return ops;
}

function rollBack(names: readonly SheetNames[], before: WorkbookState, now: WorkbookState): Operation[] {
  const ops: Operation[] = [];
  for (const n of names) {
    const temp = findSheet(now, n.temp);
    const backup = findSheet(now, n.backup);
    const final = findSheet(now, n.final);
    if (temp) ops.push({ op: "deleteSheet", sheet: temp.name });
    if (backup) {
      // The old sheet was moved aside: whatever holds the final name now is the new one.
      if (final) ops.push({ op: "deleteSheet", sheet: final.name });
      ops.push({ op: "renameSheet", sheet: backup.name, to: n.old?.name ?? n.final });
      if (n.old?.visibility === "VeryHidden")
        ops.push({ op: "visibility", sheet: n.old.name, visibility: "VeryHidden" });
    } else if (!n.old && final) {
      ops.push({ op: "deleteSheet", sheet: final.name });
    }
  }
  // Names: ours that did not exist before go; ours that existed and are gone come back.
  for (const [name] of now.metadata.anchors)
    if (!before.metadata.anchors.has(name)) ops.push({ op: "deleteName", name });
  for (const [name, anchor] of before.metadata.anchors)
    if (!now.metadata.anchors.has(name)) ops.push({ op: "restoreName", name, formula: anchor.formula });
  // Properties and the table: back to what they were, only where they changed.
  for (const [key, value] of Object.entries(now.metadata.properties)) {
    const old = before.metadata.properties[key];
    if (old === undefined) ops.push({ op: "deleteCustomProperty", key: PROPERTY_PREFIX + key });
    else if (old !== value) ops.push({ op: "customProperty", key: PROPERTY_PREFIX + key, value: old });
  }
  if (JSON.stringify(now.metadata.rows) !== JSON.stringify(before.metadata.rows))
    ops.push(...tableOperations(now.metadata, before.metadata.rows));
  return ops;
}
