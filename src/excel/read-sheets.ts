/**
 * Reading sheets into snapshots. All named sheets go in one round trip: for each, the used
 * range (values only) with its address, values, formulas, value types and number formats, and
 * the stored metadata with them. Excel computes the used range of a not-yet-loaded sheet in
 * the same batch (proxies may chain and load before any sync), so no round trip is spent
 * learning the sheets' sizes.
 *
 * Excel on the web refuses a response over 5 MB. When the caller's size hint says the answer
 * will not fit, or Excel refused it, one round trip learns each sheet's size and the sheets
 * are read in groups of about 4 MB: one more round trip per 4 MB of answer, not per sheet.
 */
import { parseRange, formatAddress } from "../core/sheets/a1";
import type { SheetSnapshot } from "../core/sheets/snapshot";
import { runExcel } from "./excel-context";
import type { HostResult } from "./host-result";
import { errorCode, hostFailure } from "./host-result";
import { loadedMetadata, queueMetadataLoad } from "./inspect-workbook";
import type { StoredMetadata } from "./metadata-store";
import { emptyStoredMetadata, metadataBySheet } from "./metadata-store";
import { snapshotGrids } from "./snapshot-cells";

/**
 * Bytes of answer per cell read, for the four grids together: about 10 for a short value,
 * as much again for its formula (Excel repeats the value), 8 for its type, 10 for its format.
 * Measured on the fake for unit sheets: about 30 (test/excel/host/read-sheets.test.ts).
 */
export const READ_BYTES_PER_CELL = 40;
/** Answers are grouped to about 4 MB (estimated), well under the 5 MB limit. */
export const READ_BUDGET = 4 * 1024 * 1024;

export interface ReadSheetsOptions {
  /** Cells expected per sheet (e.g. the unit sheet's size): when all of them will not fit in one answer, sizes are read first. */
  expectedCellsPerSheet?: number;
  /** The answer budget per round trip; 4 MB by default. */
  budget?: number;
}

export interface ReadSheetsValue {
  /** The sheets found, in the order asked. */
  sheets: SheetSnapshot[];
  /** Names asked for that the workbook does not have. */
  missing: string[];
  /** Workbook-wide metadata (custom properties and the hidden sheet's workbook rows). */
  workbookMetadata: Record<string, string>;
}

interface SheetAnswer {
  name: string;
  found: boolean;
  snapshot?: Omit<SheetSnapshot, "metadata">;
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One round trip: the sheets' used ranges, and the metadata when asked. */
async function readGroup(
  names: readonly string[],
  withMetadata: boolean,
): Promise<{ answers: SheetAnswer[]; metadata?: StoredMetadata; sheetNames?: string[] }> {
  return runExcel(async (context) => {
    const queued = names.map((name) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address,values,formulas,valueTypes,numberFormat");
      return { name, sheet, used };
    });
    const metadata = withMetadata ? queueMetadataLoad(context) : undefined;
    const all = withMetadata ? context.workbook.worksheets.load("items/name") : undefined;
    await context.sync();
    const answers = queued.map(({ name, sheet, used }): SheetAnswer => {
      if (sheet.isNullObject) return { name, found: false };
      if (used.isNullObject)
        return {
          name: sheet.name,
          found: true,
          snapshot: { name: sheet.name, values: [], formulas: [], origin: "A1" },
        };
      const grids = snapshotGrids(used);
      const cells = used.address.slice(used.address.lastIndexOf("!") + 1);
      const origin = parseRange(cells.replace(/\$/g, ""))?.start;
      return {
        name: sheet.name,
        found: true,
        snapshot: { name: sheet.name, ...grids, origin: origin ? formatAddress(origin) : "A1" },
      };
    });
    return {
      answers,
      ...(metadata ? { metadata: loadedMetadata(metadata) } : {}),
      ...(all ? { sheetNames: all.items.map((s) => s.name) } : {}),
    };
  });
}

/** One round trip: how many cells each sheet's used range holds (0 for a missing or blank sheet). */
async function readSizes(names: readonly string[]): Promise<number[]> {
  return runExcel(async (context) => {
    const ranges = names.map((name) => {
      const used = context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
      used.load("rowCount,columnCount");
      return used;
    });
    await context.sync();
    return ranges.map((r) => (r.isNullObject ? 0 : r.rowCount * r.columnCount));
  });
}

/** Sheets in order, packed into groups whose estimated answer stays within the budget. */
function pack(names: readonly string[], cells: readonly number[], budget: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let size = 0;
  names.forEach((name, i) => {
    const bytes = (cells[i] ?? 0) * READ_BYTES_PER_CELL + 200;
    if (current.length > 0 && size + bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(name);
    size += bytes;
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

function tooLarge(error: unknown): boolean {
  return errorCode(error) === "ResponsePayloadSizeLimitExceeded";
}

export async function readSheets(
  names: readonly string[],
  options: ReadSheetsOptions = {},
): Promise<HostResult<ReadSheetsValue>> {
  const wanted = unique(names);
  const budget = options.budget ?? READ_BUDGET;
  const expected = options.expectedCellsPerSheet;
  const fitsInOne = expected === undefined || expected * READ_BYTES_PER_CELL * wanted.length <= budget;
  try {
    if (fitsInOne) {
      try {
        return { ok: true, value: assemble([await readGroup(wanted, true)]) };
      } catch (error) {
        if (!tooLarge(error)) throw error;
      }
    }
    const queue = pack(wanted, await readSizes(wanted), budget);
    const parts: Awaited<ReturnType<typeof readGroup>>[] = [];
    while (queue.length > 0) {
      const group = queue.shift()!;
      try {
        parts.push(await readGroup(group, parts.length === 0));
      } catch (error) {
        // The estimate was short (long texts): halve the group and go on.
        if (!tooLarge(error) || group.length === 1) throw error;
        const half = Math.ceil(group.length / 2);
        queue.unshift(group.slice(0, half), group.slice(half));
      }
    }
    return { ok: true, value: assemble(parts) };
  } catch (error) {
    return {
      ok: false,
      failure: hostFailure("read", error, {
        vi: "Chưa đọc được trang nào; sổ làm việc không bị thay đổi.",
        en: "No sheet was read; the workbook was not changed.",
      }),
    };
  }
}

function assemble(parts: Awaited<ReturnType<typeof readGroup>>[]): ReadSheetsValue {
  const withMetadata = parts.find((p) => p.metadata !== undefined);
  const found = metadataBySheet(
    withMetadata?.metadata ?? emptyStoredMetadata(),
    withMetadata?.sheetNames ?? [],
  );
  const sheets: SheetSnapshot[] = [];
  const missing: string[] = [];
  for (const answer of parts.flatMap((p) => p.answers)) {
    if (!answer.found || !answer.snapshot) {
      missing.push(answer.name);
      continue;
    }
    const metadata = found.sheets.get(answer.snapshot.name);
    sheets.push({ ...answer.snapshot, ...(metadata ? { metadata } : {}) });
  }
  return { sheets, missing, workbookMetadata: found.workbook };
}
