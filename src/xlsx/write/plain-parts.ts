/**
 * The last package step: our XML of the plain sheets in place of ExcelJS's skeletons
 * (plain-sheet.ts, splice-sheet.ts), compressed as it is written, and their strings after
 * ExcelJS's shared strings. It runs after every edit of the skeletons' XML (tables.ts).
 */
import { DeflatingPart } from "./deflating-part";
import type { PartsPack } from "./package-xlsx";
import type { PlainSheet } from "./plain-sheet";
import { SharedStrings } from "./shared-strings";
import { spliceSheet } from "./splice-sheet";
import type { PackedPart, ZipPart } from "./zip-pack";

const SHARED_STRINGS = "xl/sharedStrings.xml";

/** ExcelJS wrote no part for a sheet it was given: a bug, not bad data. */
export class PlainPartsError extends Error {
  override name = "PlainPartsError";
}

/** `sheets`: each plain sheet with the part ExcelJS wrote its skeleton to. */
export function plainSheetsPack(sheets: readonly { part: string; sheet: PlainSheet }[]): PartsPack {
  return (parts: ZipPart[]) => {
    const packed = new Map<string, PackedPart>();
    if (sheets.length === 0) return packed;
    const find = (name: string) => parts.find((p) => p.name === name);
    const table = find(SHARED_STRINGS);
    const tableXml = table?.data.toString("utf8");
    const strings = new SharedStrings();
    const offset = tableXml === undefined ? 0 : SharedStrings.itemsIn(tableXml);
    for (const { part, sheet } of sheets) {
      const target = find(part);
      if (!target) throw new PlainPartsError(`ExcelJS wrote no ${part}`);
      const out = new DeflatingPart();
      spliceSheet(target.data.toString("utf8"), sheet, strings, offset, out);
      packed.set(part, { name: part, packed: out.finish() });
    }
    if (strings.size === 0) return packed;
    // The skeleton of a sheet with text holds one, so ExcelJS always wrote a table then.
    if (!table || tableXml === undefined) throw new PlainPartsError(`ExcelJS wrote no ${SHARED_STRINGS}`);
    table.data = Buffer.from(strings.appendTo(tableXml), "utf8");
    return packed;
  };
}
