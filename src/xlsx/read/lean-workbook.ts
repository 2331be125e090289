/**
 * The lean reader: an opened .xlsx package -> sheet snapshots, reading only the parts a
 * snapshot needs (workbook, its relationships, shared strings, the number formats of
 * styles.xml, each worksheet's cells, custom properties) with saxes, instead of building
 * ExcelJS's model of every cell and style. It gives what ExcelJS gave for the same file
 * (test/xlsx/lean-reader.test.ts compares the two); a part that is not well-formed XML, or a
 * workbook whose relationships are missing, makes the file damaged. How parts are unpacked is
 * the caller's choice (`unzip`: Node's zlib, or JSZip in the browser); nothing here needs Node.
 */
import type JSZip from "jszip";
import type { PartUnzip } from "../bytes/zip-entry";
import type { SheetSnapshot } from "../../core/sheets/snapshot";
import { CUSTOM_PROPERTIES_PART, customPropertiesFromXml } from "../custom-properties";
import { readErrors, type ReadError } from "../errors";
import { META_SHEET, findMetadata } from "../metadata-store";
import { parseDateStyles, parseRelationships, parseSharedStrings, parseWorkbookPart } from "./package-parts";
import type { ParsedSheet } from "./sheet-cells";
import { parseSheetCells } from "./sheet-cells";
import { sheetGrid, sheetSize } from "./sheet-grid";
import { partText } from "./part-text";

export type LeanReadResult =
  { ok: true; sheets: SheetSnapshot[]; metadata: Record<string, string> } | { ok: false; error: ReadError };

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/**
 * The date styles of styles.xml texts already read. Files written by one program from one
 * template carry the same styles.xml, byte for byte (all 608 files of a city run do): looking
 * the text up costs a hash of it, reading it again a parse. Bounded: emptied when full.
 */
const dateStylesOf = new Map<string, ReadonlySet<number>>();
const STYLES_REMEMBERED = 16;

function dateStyles(stylesXml: string): ReadonlySet<number> {
  let styles = dateStylesOf.get(stylesXml);
  if (styles === undefined) {
    styles = parseDateStyles(stylesXml);
    if (dateStylesOf.size >= STYLES_REMEMBERED) dateStylesOf.clear();
    dateStylesOf.set(stylesXml, styles);
  }
  return styles;
}

/** A part the workbook needs is missing: the package is damaged. */
class MissingPartError extends Error {
  override name = "MissingPartError";
}

/** The first range of a defined name: "'A, b'!$A$1,Sheet2!$B$2" -> "'A, b'!$A$1". */
export function firstRange(formula: string): string {
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) return formula.slice(0, i);
  }
  return formula;
}

/** The text of a plain cell (string, number, boolean), as metadata is read from the hidden sheet. */
function metadataRows(sheet: ParsedSheet | undefined): (string | undefined)[][] {
  if (!sheet) return [];
  const rows: (string | undefined)[][] = [];
  for (const [row, cells] of [...sheet.rows].sort(([a], [b]) => a - b)) {
    if (row === 1) continue;
    rows.push(
      [0, 1, 2].map((i) => {
        const value = cells[i]?.plain ? cells[i].value : undefined;
        return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? String(value)
          : undefined;
      }),
    );
  }
  return rows;
}

export async function readPackageLean(
  zip: JSZip,
  fileName: string,
  maxCells: number,
  unzip: PartUnzip,
): Promise<LeanReadResult> {
  const text = (path: string | undefined) => partText(zip, path, unzip);
  let parsed: { name: string; cells: ParsedSheet }[];
  let workbook: ReturnType<typeof parseWorkbookPart>;
  let customProperties: Record<string, string>;
  try {
    const [workbookXml, relsXml] = await Promise.all([text("xl/workbook.xml"), text(WORKBOOK_RELS)]);
    if (workbookXml === undefined || relsXml === undefined) throw new MissingPartError(WORKBOOK_RELS);
    workbook = parseWorkbookPart(workbookXml);
    const rels = parseRelationships(relsXml, "xl");
    const partOf = (type: string, fallback: string) =>
      [...rels.values()].find((r) => r.type === REL + type)?.path ?? fallback;
    const sheetParts = workbook.sheets.map((sheet) => {
      const rel = rels.get(sheet.relationshipId);
      return rel && rel.type === `${REL}worksheet` && zip.file(rel.path) ? rel.path : undefined;
    });
    const [stringsXml, stylesXml, properties, ...sheetXmls] = await Promise.all([
      text(partOf("sharedStrings", "xl/sharedStrings.xml")),
      text(partOf("styles", "xl/styles.xml")),
      text(CUSTOM_PROPERTIES_PART),
      ...sheetParts.map((path) => text(path)),
    ]);
    customProperties = customPropertiesFromXml(properties);
    const context = {
      sharedStrings: stringsXml === undefined ? [] : parseSharedStrings(stringsXml),
      dateStyles: stylesXml === undefined ? new Set<number>() : dateStyles(stylesXml),
      date1904: workbook.date1904,
    };
    // A sheet entry whose part is missing (or is a chart sheet) is left out, as ExcelJS did.
    parsed = workbook.sheets.flatMap((sheet, i) => {
      const xml = sheetXmls[i];
      return xml === undefined ? [] : [{ name: sheet.name, cells: parseSheetCells(xml, context) }];
    });
  } catch (error) {
    return {
      ok: false,
      error: readErrors.damaged(fileName, error instanceof Error ? error.message : String(error)),
    };
  }

  const data = parsed
    .filter((sheet) => sheet.name !== META_SHEET)
    .map((sheet) => ({ ...sheet, size: sheetSize(sheet.cells) }));
  const cells = data.reduce((sum, { size }) => sum + size.rows * size.columns, 0);
  if (cells > maxCells) return { ok: false, error: readErrors.tooManyCells(fileName, cells, maxCells) };

  const found = findMetadata({
    rows: metadataRows(parsed.find((sheet) => sheet.name === META_SHEET)?.cells),
    definedNames: workbook.definedNames.map((d) => ({ name: d.name, range: firstRange(d.formula) })),
    sheetNames: new Set(parsed.map((sheet) => sheet.name)),
    customProperties,
  });
  const sheets = data.map(({ name, cells: sheet, size }): SheetSnapshot => {
    const { values, formulas } = sheetGrid(sheet, size);
    const metadata = found.sheets.get(name);
    return { name, values, formulas, origin: "A1", ...(metadata ? { metadata } : {}) };
  });
  return { ok: true, sheets, metadata: found.workbook };
}
