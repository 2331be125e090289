/**
 * Where both hosts keep plan metadata in a workbook (src/xlsx/metadata-store.ts and
 * src/excel/metadata-store.ts): the names are a file format, so they live once, here, and a
 * workbook written by either host reads the same in the other.
 */

/** The very hidden sheet of (anchor, key, value) rows. */
export const META_SHEET = "tonghop_meta";
/** Custom document properties holding workbook entries: "tonghop.<key>". */
export const PROPERTY_PREFIX = "tonghop.";
/** Workbook names tying a sheet's rows to the sheet: "tonghop_sheet_<n>" -> 'Sheet'!$A$1. */
export const ANCHOR_PREFIX = "tonghop_sheet_";
/** The anchor of workbook-scoped rows. */
export const WORKBOOK_SCOPE = "workbook";
/** The row keeping the name a sheet had when written (for a copy that lost its anchor name). */
export const NAME_KEY = "_sheet_name";
/** The header row of the hidden sheet. */
export const META_HEADER = ["anchor", "key", "value"] as const;
