/**
 * Plan metadata in a workbook open in Excel, stored exactly as the .xlsx host stores it
 * (src/xlsx/metadata-store.ts), so a workbook made by either host reads the same in both:
 * - workbook entries: custom properties "tonghop.<key>" and rows of the very hidden sheet;
 * - sheet entries: rows (anchor, key, value) of the very hidden sheet "tonghop_meta", tied to
 *   their sheet by a workbook name "tonghop_sheet_<n>" -> 'Sheet'!$A$1, which Excel rewrites
 *   when the sheet is renamed; the name the sheet had when written is kept too.
 * Per-sheet custom properties (ExcelApi 1.12) are not used: a file written by the .xlsx host
 * has none, and names work from ExcelApi 1.4 on every client.
 * Pure: what was read in, what to write out.
 */
import {
  ANCHOR_PREFIX,
  META_HEADER,
  META_SHEET,
  NAME_KEY,
  PROPERTY_PREFIX,
  WORKBOOK_SCOPE,
} from "../core/sheets/metadata-keys";
import type { MetadataPlan } from "../core/sheets/plan-types";
import type { Operation } from "./operations";
import { excelTextInput } from "./text-cell";

// The names are shared with the .xlsx host (one file format); re-exported for this host's users.
export { ANCHOR_PREFIX, META_SHEET, PROPERTY_PREFIX };
const HEADER: MetaRow = [...META_HEADER];

export type MetaRow = [anchor: string, key: string, value: string];

/** What the workbook holds now, as read by the inspecting round trip. */
export interface StoredMetadata {
  /** Rows of the hidden sheet below its header; empty when there is no such sheet. */
  rows: MetaRow[];
  /** Whether the hidden sheet exists, and how many rows it uses (header included). */
  sheet: { exists: boolean; usedRows: number };
  /** Our anchor names: name -> { formula, the sheet it points at now }. */
  anchors: Map<string, { formula: string; sheet: string | undefined }>;
  /** Custom properties with our prefix, by key without it. */
  properties: Record<string, string>;
}

export function emptyStoredMetadata(): StoredMetadata {
  return { rows: [], sheet: { exists: false, usedRows: 0 }, anchors: new Map(), properties: {} };
}

/** The sheet a name's formula points at ("='A ''b'''!$A$1" -> "A 'b'"); undefined for #REF! and others. */
export function sheetOfFormula(formula: string): string | undefined {
  const body = formula.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(body);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const plain = /^([^!'#][^!]*)!/.exec(body);
  return plain?.[1];
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
}

/** Builds the stored metadata from what Excel answered. */
export function storedMetadata(read: {
  metaValues: unknown[][] | undefined;
  names: ReadonlyArray<{ name: string; formula: string }>;
  properties: ReadonlyArray<{ key: string; value: unknown }>;
}): StoredMetadata {
  const rows: MetaRow[] = [];
  (read.metaValues ?? []).forEach((row, i) => {
    if (i === 0) return;
    const [anchor, key, value] = [0, 1, 2].map((c) => text(row[c]));
    if (anchor !== undefined && key !== undefined && value !== undefined) rows.push([anchor, key, value]);
  });
  const anchors = new Map<string, { formula: string; sheet: string | undefined }>();
  for (const { name, formula } of read.names)
    if (name.toLowerCase().startsWith(ANCHOR_PREFIX))
      anchors.set(name, { formula, sheet: sheetOfFormula(formula) });
  const properties: Record<string, string> = {};
  for (const { key, value } of read.properties) {
    const v = text(value);
    if (key.toLowerCase().startsWith(PROPERTY_PREFIX) && v !== undefined)
      properties[key.slice(PROPERTY_PREFIX.length)] = v;
  }
  return {
    rows,
    sheet: { exists: read.metaValues !== undefined, usedRows: read.metaValues?.length ?? 0 },
    anchors,
    properties,
  };
}

/** Metadata by scope, as the .xlsx host's readMetadata finds it. */
export function metadataBySheet(
  stored: StoredMetadata,
  sheetNames: readonly string[],
): { workbook: Record<string, string>; sheets: Map<string, Record<string, string>> } {
  const workbook: Record<string, string> = {};
  const byAnchor = new Map<string, Record<string, string>>();
  for (const [anchor, key, value] of stored.rows) {
    if (anchor === WORKBOOK_SCOPE) workbook[key] = value;
    else byAnchor.set(anchor, { ...byAnchor.get(anchor), [key]: value });
  }
  Object.assign(workbook, stored.properties);
  const existing = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const anchorsByLower = new Map([...stored.anchors].map(([name, a]) => [name.toLowerCase(), a]));
  const sheets = new Map<string, Record<string, string>>();
  for (const [anchor, entries] of byAnchor) {
    const { [NAME_KEY]: writtenName, ...rest } = entries;
    const named = anchorsByLower.get(anchor.toLowerCase());
    const current = named ? named.sheet : writtenName;
    const actual = current === undefined ? undefined : existing.get(current.toLowerCase());
    if (actual !== undefined) sheets.set(actual, rest);
  }
  return { workbook, sheets };
}

export interface MetadataWrite {
  /** Anchor names for the new sheets, added with their content (they follow the later rename). */
  build: Operation[];
  /** Properties, name removals and the rewritten table: what changes when the sheets take their final names. */
  commit: Operation[];
  /** The table as it will be after the commit. */
  rows: MetaRow[];
}

/**
 * Operations that store `plans` for sheets being written under `writeAs` names (final name ->
 * the name while written), dropping what was stored for the sheets they replace. Anchor
 * numbers continue after the highest one in use, so an old anchor is never reused.
 */
export function metadataWrite(
  stored: StoredMetadata,
  plans: readonly MetadataPlan[],
  writeAs: ReadonlyMap<string, string>,
  replaced: ReadonlySet<string>,
): MetadataWrite {
  const build: Operation[] = [];
  const commit: Operation[] = [];
  let next =
    Math.max(
      0,
      ...[...stored.anchors.keys(), ...stored.rows.map((r) => r[0])].map((name) =>
        name.toLowerCase().startsWith(ANCHOR_PREFIX) ? Number(name.slice(ANCHOR_PREFIX.length)) || 0 : 0,
      ),
    ) + 1;

  // Anchors that pointed at a replaced sheet (or at no sheet any more) are dropped with their rows.
  const dropped = new Set<string>();
  for (const [name, anchor] of stored.anchors) {
    if (anchor.sheet === undefined || replaced.has(anchor.sheet.toLowerCase())) {
      dropped.add(name.toLowerCase());
      commit.push({ op: "deleteName", name });
    }
  }
  const newWorkbookKeys = new Set(
    plans.flatMap((p) => (p.scope === "workbook" ? Object.keys(p.entries) : [])),
  );
  const rows: MetaRow[] = stored.rows.filter(
    ([anchor, key]) =>
      !dropped.has(anchor.toLowerCase()) && !(anchor === WORKBOOK_SCOPE && newWorkbookKeys.has(key)),
  );
  for (const plan of plans) {
    if (plan.scope === "workbook") {
      for (const [key, value] of Object.entries(plan.entries)) {
        rows.push([WORKBOOK_SCOPE, key, value]);
        commit.push({ op: "customProperty", key: PROPERTY_PREFIX + key, value });
      }
      continue;
    }
    const finalName = plan.scope.sheet;
    const anchor = `${ANCHOR_PREFIX}${next++}`;
    build.push({ op: "addName", name: anchor, sheet: writeAs.get(finalName) ?? finalName });
    rows.push([anchor, NAME_KEY, finalName]);
    for (const [key, value] of Object.entries(plan.entries)) rows.push([anchor, key, value]);
  }
  commit.push(...tableOperations(stored, rows));
  return { build, commit, rows };
}

/** Writes `rows` as the whole table (header first), clearing what an older, longer one left. */
export function tableOperations(stored: StoredMetadata, rows: readonly MetaRow[]): Operation[] {
  const ops: Operation[] = [];
  if (!stored.sheet.exists && rows.length === 0) return ops;
  if (!stored.sheet.exists) ops.push({ op: "addSheet", sheet: META_SHEET });
  const table = [HEADER, ...rows];
  ops.push({
    op: "cells",
    sheet: META_SHEET,
    range: `A1:C${table.length}`,
    rows: table.map((row) => row.map(excelTextInput)),
    formulas: false,
  });
  if (stored.sheet.usedRows > table.length)
    ops.push({
      op: "clearContents",
      sheet: META_SHEET,
      range: `A${table.length + 1}:C${stored.sheet.usedRows}`,
    });
  if (!stored.sheet.exists) ops.push({ op: "visibility", sheet: META_SHEET, visibility: "VeryHidden" });
  return ops;
}
