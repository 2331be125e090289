/**
 * Applies a WorkbookPlan to the open workbook: one round trip to inspect it (names, protection
 * states, stored metadata), then the writes in as few batches as the 5 MB request limit allows
 * (one for any plan under about 4.2 MB sent). Used to set up unit sheets; the summary goes through
 * writeSummaryAtomically, which builds under temporary names and swaps.
 */
import { checkWorkbookPlan } from "../core/sheets/check-plan";
import type { WorkbookPlan } from "../core/sheets/plan-types";
import type { HostNote } from "./capabilities";
import { detectCapabilities } from "./capabilities";
import { chartOperations, chartProblems, tableNaming } from "./compile-charts";
import { compileSheet } from "./compile-sheet";
import { runExcel } from "./excel-context";
import type { HostResult } from "./host-result";
import { HostMisuseError, hostFailure } from "./host-result";
import type { WorkbookState } from "./inspect-workbook";
import { findSheet, hasTable, queueInspection } from "./inspect-workbook";
import { META_SHEET, metadataWrite } from "./metadata-store";
import type { Operation, ProtectOptions } from "./operations";
import { BATCH_BUDGET, chunkOperations } from "./payload";
import { restoreEvents, sendBatches } from "./run-batches";

export type ExistingSheets =
  /** Fail, writing nothing, when a plan sheet's name is taken (the default). */
  | "refuse"
  /** Delete the sheet and create it again from the plan. */
  | "replace"
  /** Write the plan over the sheet as it is (unprotecting it first when it is protected). */
  | "update";

export interface ApplyOptions {
  existing?: ExistingSheets;
  /** Request budget per round trip, in estimated bytes; BATCH_BUDGET (4.75 MB) by default. */
  budget?: number;
}

export interface ApplyValue {
  /** Sheets written, by name. */
  sheets: string[];
  /** What this Excel could not do (print setup before ExcelApi 1.9...). */
  notes: HostNote[];
}

const DEFAULT_PROTECTION: ProtectOptions = {
  allowFormatColumns: false,
  allowFormatRows: false,
  selectionMode: "Normal",
};

/** Throws HostMisuseError for a plan no host could apply (a bug in its builder). */
export function assertApplicable(plan: WorkbookPlan): void {
  const problems = [...checkWorkbookPlan(plan), ...chartProblems(plan.charts ?? [])];
  if (plan.sheets.some((s) => s.name.toLowerCase() === META_SHEET))
    problems.push(`"${META_SHEET}" is reserved for metadata`);
  if (problems.length > 0) throw new HostMisuseError(problems.join("; "));
}

export async function inspectWorkbook(): Promise<WorkbookState> {
  return runExcel(async (context) => {
    const state = queueInspection(context);
    await context.sync();
    return state();
  });
}

/** A name no sheet has, for a sheet moved aside while its replacement is written. */
export function asideName(index: number, name: string, tag: string): string {
  return `~${tag}${index + 1} ${name}`.slice(0, 31).replace(/[\s']+$/, "");
}

export function compileApply(
  plan: WorkbookPlan,
  state: WorkbookState,
  existing: ExistingSheets,
): { operations: Operation[]; taken: string[] } {
  const operations: Operation[] = [];
  const tail: Operation[] = [];
  const taken: string[] = [];
  const replaced = new Set<string>();
  const metaSheet = findSheet(state, META_SHEET);
  const created = new Set<string>();
  // Updating: a table of that name is already there (ours, from the last run), and stays.
  const sheets = plan.sheets.map((sheet) =>
    existing === "update" && findSheet(state, sheet.name) && sheet.tables
      ? { ...sheet, tables: sheet.tables.filter((t) => !hasTable(state, t.name)) }
      : sheet,
  );
  const { tableName, renames } = tableNaming(sheets, (name) => hasTable(state, name));
  sheets.forEach((sheet, i) => {
    const now = findSheet(state, sheet.name);
    if (now) {
      taken.push(now.name);
      replaced.add(sheet.name.toLowerCase());
    }
    if (!now) {
      operations.push(...compileSheet(sheet, { writeAs: sheet.name, create: true, tableName }));
      created.add(sheet.name.toLowerCase());
    } else if (existing === "replace") {
      // Moved aside and deleted at the end: deleting first could remove the last visible sheet.
      const aside = asideName(i, sheet.name, "OLD");
      if (now.visibility === "VeryHidden")
        operations.push({ op: "visibility", sheet: now.name, visibility: "Hidden" });
      operations.push({ op: "renameSheet", sheet: now.name, to: aside });
      operations.push(...compileSheet(sheet, { writeAs: sheet.name, create: true, tableName }));
      created.add(sheet.name.toLowerCase());
      tail.push({ op: "deleteSheet", sheet: aside });
    } else {
      const password = sheet.protection?.password;
      operations.push(
        ...compileSheet(sheet, {
          writeAs: now.name,
          create: false,
          tableName,
          ...(now.protected ? { protectedNow: password ? { password } : {} } : {}),
        }),
      );
      if (now.protected && !sheet.protection)
        operations.push({ op: "protect", sheet: now.name, options: DEFAULT_PROTECTION });
    }
  });
  // Charts only on sheets this plan creates: an updated sheet keeps the charts it has.
  operations.push(
    ...chartOperations(
      (plan.charts ?? []).filter((c) => created.has(c.placement.sheet.toLowerCase())),
      (name) => name,
    ),
  );
  const identity = new Map(plan.sheets.map((s) => [s.name, s.name]));
  const metadata = metadataWrite(state.metadata, plan.metadata ?? [], identity, replaced);
  const metaProtected = metaSheet?.protected === true;
  if (metaProtected) operations.push({ op: "unprotect", sheet: META_SHEET });
  operations.push(...metadata.build, ...metadata.commit);
  if (metaProtected) operations.push({ op: "protect", sheet: META_SHEET, options: DEFAULT_PROTECTION });
  operations.push(...tail, ...renames);
  return { operations, taken };
}

export async function applyWorkbookPlan(
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<HostResult<ApplyValue>> {
  assertApplicable(plan);
  const existing = options.existing ?? "refuse";
  let state: WorkbookState;
  try {
    state = await inspectWorkbook();
  } catch (error) {
    return { ok: false, failure: hostFailure("inspect", error, nothingChanged) };
  }
  const { operations, taken } = compileApply(plan, state, existing);
  if (existing === "refuse" && taken.length > 0) {
    const list = taken.map((n) => `"${n}"`).join(", ");
    return {
      ok: false,
      failure: {
        stage: "write",
        vi: `Sổ làm việc đã có trang tính ${list}; chưa ghi gì.`,
        en: `The workbook already has the sheet(s) ${list}; nothing was written.`,
        cause: "ItemAlreadyExists",
      },
    };
  }
  const batches = chunkOperations(operations, options.budget ?? BATCH_BUDGET);
  try {
    const notes = await sendBatches(batches, {
      capabilities: detectCapabilities(),
      eventsWereOn: state.eventsEnabled,
    });
    return { ok: true, value: { sheets: plan.sheets.map((s) => s.name), notes } };
  } catch (error) {
    if (state.eventsEnabled) await restoreEvents().catch(() => undefined);
    return {
      ok: false,
      failure: hostFailure("write", error, {
        vi: "Một phần kế hoạch có thể đã được ghi; hãy chạy lại.",
        en: "Part of the plan may have been written; run it again.",
      }),
    };
  }
}

const nothingChanged = {
  vi: "Sổ làm việc không bị thay đổi.",
  en: "The workbook was not changed.",
};
