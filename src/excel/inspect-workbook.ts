/**
 * The inspecting round trip before a write: every sheet's name, visibility and protection
 * state (protect() and unprotect() both fail when the sheet is already in that state, so the
 * host must know it), the stored metadata, the tables' names (workbook-wide, so a table built
 * beside the one it replaces needs another name first) and whether events are on. One collection load
 * answers for all sheets, whatever their number.
 */
import { apiSupported } from "./excel-context";
import type { StoredMetadata } from "./metadata-store";
import { META_SHEET, storedMetadata } from "./metadata-store";

export interface SheetState {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  position: number;
  protected: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  metadata: StoredMetadata;
  /** Runtime.enableEvents as found, to restore after a bulk write. */
  eventsEnabled: boolean;
  /** Names of the workbook's Excel tables (workbook-wide, case-insensitive in Excel). */
  tables: string[];
}

interface MetadataProxies {
  metaRange: Excel.Range;
  names: Excel.NamedItemCollection;
  properties: Excel.CustomPropertyCollection;
}

/** The loads for metadata, queued in the caller's batch (shared with readSheets). */
export function queueMetadataLoad(context: Excel.RequestContext): MetadataProxies {
  const metaRange = context.workbook.worksheets
    .getItemOrNullObject(META_SHEET)
    .getUsedRangeOrNullObject(true);
  metaRange.load("values");
  const names = context.workbook.names.load("items/name,items/formula");
  const properties = context.workbook.properties.custom.load("items/key,items/value");
  return { metaRange, names, properties };
}

/** What the loads of queueMetadataLoad answered; call after the sync. */
export function loadedMetadata(proxies: MetadataProxies): StoredMetadata {
  const { metaRange, names, properties } = proxies;
  return storedMetadata({
    metaValues: metaRange.isNullObject ? undefined : (metaRange.values as unknown[][]),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula as unknown) })),
    properties: properties.items.map((p) => ({ key: p.key, value: p.value as unknown })),
  });
}

/** Queues the inspection; call the result after the sync. */
export function queueInspection(context: Excel.RequestContext): () => WorkbookState {
  const sheets = context.workbook.worksheets.load(
    "items/name,items/visibility,items/position,items/protection/protected",
  );
  const metadata = queueMetadataLoad(context);
  const tables = context.workbook.tables.load("items/name");
  // Runtime.enableEvents is ExcelApi 1.8, the manifest's minimum; checked anyway so a test on
  // an older stand-in degrades instead of throwing.
  const events = apiSupported("1.8") ? context.runtime.load("enableEvents") : undefined;
  return () => ({
    sheets: sheets.items.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      position: s.position,
      protected: s.protection.protected,
    })),
    metadata: loadedMetadata(metadata),
    eventsEnabled: events?.enableEvents ?? true,
    tables: tables.items.map((t) => t.name),
  });
}

export function hasTable(state: WorkbookState, name: string): boolean {
  const lower = name.toLowerCase();
  return state.tables.some((t) => t.toLowerCase() === lower);
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}
