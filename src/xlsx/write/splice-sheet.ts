/**
 * The sheet XML of a plain sheet: ExcelJS's XML of its skeleton (plain-sheet.ts), with the
 * cells written here in place of the skeleton's. Everything outside <sheetData> (columns,
 * panes, print setup) is ExcelJS's; only the used-area <dimension> is set again.
 * A cell is written as ExcelJS writes it: s="n" only when its format is not the default (0),
 * a styled empty cell as <c r s/>, an unstyled empty one not at all; strings go to the shared
 * string table; numbers as JavaScript prints them (the shortest text that reads back to the
 * same double: 15 digits, 1e-7 and -0 as "0" included).
 *
 * The XML goes straight into a part that is compressed as it is written (deflating-part.ts),
 * a row at a time: a row's cells are only references, numbers and indexes, so ASCII.
 */
import { columnLetters } from "../../core/sheets/a1";
import type { DeflatingPart } from "./deflating-part";
import type { PlainSheet } from "./plain-sheet";
import type { SharedStrings } from "./shared-strings";

/** ExcelJS wrote a sheet part without what every sheet has: a bug, not bad data. */
export class SheetSpliceError extends Error {
  override name = "SheetSpliceError";
}

/** The style index ExcelJS gave each look, read from the skeleton's cells. */
function styleIndexes(skeletonXml: string, looks: ReadonlyMap<number, string>): Map<number, number> {
  const byAddress = new Map<string, number>();
  for (const match of skeletonXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)) {
    const s = /\bs="(\d+)"/.exec(match[2]!);
    byAddress.set(match[1]!, s ? Number(s[1]) : 0);
  }
  const out = new Map<number, number>();
  for (const [key, address] of looks) {
    // An unstyled empty skeleton cell is not written at all: its look is the default.
    out.set(key, byAddress.get(address) ?? 0);
  }
  return out;
}

function rowOpen(row: number, setup: { height?: number; hidden?: boolean } | undefined): string {
  let attributes = ` r="${row}"`;
  if (setup?.height !== undefined) attributes += ` ht="${setup.height}" customHeight="1"`;
  if (setup?.hidden) attributes += ` hidden="1"`;
  return `<row${attributes}`;
}

/** Writes the sheet part: the skeleton's XML with our <sheetData> in place of its own. */
export function spliceSheet(
  skeletonXml: string,
  sheet: PlainSheet,
  strings: SharedStrings,
  stringsOffset: number,
  out: DeflatingPart,
): void {
  const start = skeletonXml.search(/<sheetData\b/);
  if (start < 0) throw new SheetSpliceError("the sheet part has no <sheetData>");
  const selfClosed = skeletonXml.startsWith("<sheetData/>", start);
  const closing = selfClosed ? start + "<sheetData/>".length : skeletonXml.indexOf("</sheetData>", start);
  if (closing < 0) throw new SheetSpliceError("the sheet part's <sheetData> is not closed");
  const end = selfClosed ? closing : closing + "</sheetData>".length;

  const styles = styleIndexes(skeletonXml.slice(start, end), sheet.looks);
  // ` s="21"` by look, and each column's letters, made once.
  const styleAttributes = new Map<number, string>();
  for (const [key, style] of styles) styleAttributes.set(key, style === 0 ? "" : ` s="${style}"`);
  const letters: string[] = [];

  let head = skeletonXml.slice(0, start);
  if (sheet.dimension !== undefined)
    head = head.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${sheet.dimension}"/>`);
  out.text(head);
  out.ascii("<sheetData>");
  sheet.forEachRow(({ row, count, columns, values, keys }) => {
    const open = rowOpen(row, sheet.setups.get(row));
    if (count === 0) {
      out.ascii(`${open}/>`);
      return;
    }
    let xml = `${open}>`;
    for (let i = 0; i < count; i++) {
      const value = values[i]!;
      const s = styleAttributes.get(keys[i]!) ?? "";
      const column = columns[i]!;
      const r = `${(letters[column] ??= columnLetters(column))}${row}`;
      if (value === null) {
        if (s !== "") xml += `<c r="${r}"${s}/>`;
      } else if (typeof value === "string")
        xml += `<c r="${r}"${s} t="s"><v>${stringsOffset + strings.add(value)}</v></c>`;
      else if (typeof value === "boolean") xml += `<c r="${r}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      else xml += `<c r="${r}"${s}><v>${String(value)}</v></c>`;
    }
    out.ascii(`${xml}</row>`);
  });
  out.ascii("</sheetData>");
  out.text(skeletonXml.slice(end));
}
