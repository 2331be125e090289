/**
 * Where an .xlsx keeps plan metadata so that renaming a sheet or the file cannot lose it:
 * - workbook entries: custom properties named "tonghop.<key>" (File > Info > Properties), and
 *   rows of a very hidden sheet;
 * - sheet entries: rows of the very hidden sheet, tied to their sheet by a defined name
 *   ("tonghop_sheet_1" -> 'Phường Khương Mai'!$A$1) that Excel and LibreOffice rewrite when
 *   the sheet is renamed. The sheet's name when written is kept too, for a copy that lost the name.
 * The unit sheet also repeats its identity in a hidden row (the parser's last fallback).
 */
import type ExcelJS from "exceljs";
import type { MetadataPlan } from "../core/sheets/plan-types";

import {
  ANCHOR_PREFIX,
  META_SHEET,
  NAME_KEY,
  PROPERTY_PREFIX,
  WORKBOOK_SCOPE,
} from "../core/sheets/metadata-keys";
export { META_SHEET, PROPERTY_PREFIX } from "../core/sheets/metadata-keys";

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet a defined name's range is on ("'A ''b'''!$A$1" -> "A 'b'"). */
export function sheetOfRange(range: string): string | undefined {
  const quoted = /^'((?:[^']|'')+)'!/.exec(range);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const plain = /^([^!'][^!]*)!/.exec(range);
  return plain?.[1];
}

/** Writes the hidden sheet and defined names; returns the custom properties to add. */
export function writeMetadata(
  wb: ExcelJS.Workbook,
  metadata: readonly MetadataPlan[],
): Record<string, string> {
  const properties: Record<string, string> = {};
  if (metadata.length === 0) return properties;
  const ws = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  ws.addRow(["anchor", "key", "value"]);
  metadata.forEach((meta, i) => {
    let anchor = WORKBOOK_SCOPE;
    if (meta.scope === "workbook") {
      for (const [key, value] of Object.entries(meta.entries)) properties[PROPERTY_PREFIX + key] = value;
    } else {
      anchor = `${ANCHOR_PREFIX}${i + 1}`;
      wb.definedNames.add(`${quoteSheet(meta.scope.sheet)}!$A$1`, anchor);
      ws.addRow([anchor, NAME_KEY, meta.scope.sheet]);
    }
    for (const [key, value] of Object.entries(meta.entries)) ws.addRow([anchor, key, value]);
  });
  return properties;
}

export interface FoundMetadata {
  workbook: Record<string, string>;
  /** Entries by the sheet's current name. */
  sheets: Map<string, Record<string, string>>;
}

function text(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return undefined;
}

/** What metadata is read from, whichever reader opened the file. */
export interface MetadataSources {
  /** The hidden sheet's rows after its header: [anchor, key, value], undefined where a cell holds no text. */
  rows: readonly (readonly (string | undefined)[])[];
  /** Defined names, each with the first range it refers to ("'Phường Khương Mai'!$A$1"). */
  definedNames: readonly { name: string; range: string | undefined }[];
  /** The names of the workbook's sheets now. */
  sheetNames: ReadonlySet<string>;
  customProperties: Record<string, string>;
}

/** Reads what writeMetadata wrote (and what LibreOffice or Excel kept of it). */
export function findMetadata(sources: MetadataSources): FoundMetadata {
  const workbook: Record<string, string> = {};
  const sheets = new Map<string, Record<string, string>>();
  const byAnchor = new Map<string, Record<string, string>>();
  for (const [anchor, key, value] of sources.rows) {
    if (anchor === undefined || key === undefined || value === undefined) continue;
    if (anchor === WORKBOOK_SCOPE) workbook[key] = value;
    else byAnchor.set(anchor, { ...byAnchor.get(anchor), [key]: value });
  }
  for (const [name, value] of Object.entries(sources.customProperties))
    if (name.startsWith(PROPERTY_PREFIX)) workbook[name.slice(PROPERTY_PREFIX.length)] = value;

  const names = new Map<string, string>();
  for (const defined of sources.definedNames) {
    const sheet = defined.range === undefined ? undefined : sheetOfRange(defined.range);
    if (defined.name.startsWith(ANCHOR_PREFIX) && sheet !== undefined) names.set(defined.name, sheet);
  }
  for (const [anchor, entries] of byAnchor) {
    const { [NAME_KEY]: writtenName, ...rest } = entries;
    const current = names.get(anchor) ?? writtenName;
    if (current !== undefined && sources.sheetNames.has(current)) sheets.set(current, rest);
  }
  return { workbook, sheets };
}

/** findMetadata over a workbook ExcelJS opened (the browser's reader, and the reference reader in tests). */
export function readMetadata(wb: ExcelJS.Workbook, customProperties: Record<string, string>): FoundMetadata {
  const rows: (string | undefined)[][] = [];
  wb.getWorksheet(META_SHEET)?.eachRow((row, n) => {
    if (n > 1) rows.push([1, 2, 3].map((c) => text(row.getCell(c).value)));
  });
  const definedNames = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((d) => ({
    name: d.name,
    range: d.ranges[0],
  }));
  const sheetNames = new Set(wb.worksheets.map((ws) => ws.name));
  return findMetadata({ rows, definedNames, sheetNames, customProperties });
}
