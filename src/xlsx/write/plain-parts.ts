/**
 * The package edit that puts our XML of the plain sheets in place of ExcelJS's skeletons
 * (plain-sheet.ts, splice-sheet.ts), and their strings after ExcelJS's shared strings.
 */
import type { PartsEdit } from "./package-xlsx";
import type { PlainSheet } from "./plain-sheet";
import { SharedStrings } from "./shared-strings";
import { spliceSheet } from "./splice-sheet";
import type { ZipPart } from "./zip-pack";

const SHARED_STRINGS = "xl/sharedStrings.xml";

/** ExcelJS wrote no part for a sheet it was given: a bug, not bad data. */
export class PlainPartsError extends Error {
  override name = "PlainPartsError";
}

/** `sheets`: each plain sheet with the part ExcelJS wrote its skeleton to. */
export function plainSheetsEdit(sheets: readonly { part: string; sheet: PlainSheet }[]): PartsEdit {
  return (parts: ZipPart[]) => {
    if (sheets.length === 0) return;
    const find = (name: string) => parts.find((p) => p.name === name);
    const table = find(SHARED_STRINGS);
    const tableXml = table?.data.toString("utf8");
    const strings = new SharedStrings();
    const offset = tableXml === undefined ? 0 : SharedStrings.itemsIn(tableXml);
    for (const { part, sheet } of sheets) {
      const target = find(part);
      if (!target) throw new PlainPartsError(`ExcelJS wrote no ${part}`);
      target.data = Buffer.from(spliceSheet(target.data.toString("utf8"), sheet, strings, offset), "utf8");
    }
    if (strings.size === 0) return;
    // The skeleton of a sheet with text holds one, so ExcelJS always wrote a table then.
    if (!table || tableXml === undefined) throw new PlainPartsError(`ExcelJS wrote no ${SHARED_STRINGS}`);
    table.data = Buffer.from(strings.appendTo(tableXml), "utf8");
  };
}
