/**
 * The package edit that adds the plan's Excel tables (SheetPlan.tables), which ExcelJS's
 * writer cannot be given for sheets we write ourselves: done on the final sheet XML, so it is
 * the same for plain sheets (plain-parts.ts) and ExcelJS's. Each table is a part
 * xl/tables/tableN.xml, tied to its sheet by a relationship and a <tableParts> entry and
 * declared in [Content_Types].xml. A sheet-level <autoFilter> over a table's cells goes: a
 * table brings its own, and Excel refuses the file when both cover the same cells.
 */
import { formatRange, parseRange, rangesOverlap, type CellRange } from "../../core/sheets/a1";
import type { SheetPlan } from "../../core/sheets/plan-types";
import type { PartsEdit } from "./package-xlsx";
import { tableColumnNames } from "./table-columns";
import { escapeText } from "./xml-text";
import type { ZipPart } from "./zip-pack";

const TYPES = "[Content_Types].xml";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TABLE_REL = `${REL_NS}/table`;
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const DEFAULT_STYLE = "TableStyleMedium2";
const TABLE_PART = /^xl\/tables\/table(\d+)\.xml$/;

/** A sheet part or plan that cannot take its tables: a bug in the writer or the plan's check. */
export class TablesError extends Error {
  override name = "TablesError";
}

/** Text in an attribute value: as in a cell (xml-text.ts), plus quotes and kept line breaks. */
function attribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function tableXml(id: number, sheet: SheetPlan, name: string, ref: string, range: CellRange, style: string) {
  const names = tableColumnNames(sheet, range);
  const columns = names.map((n, i) => `<tableColumn id="${i + 1}" name="${attribute(n)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${attribute(name)}" displayName="${attribute(name)}" ref="${ref}">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${attribute(style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

/** xl/worksheets/sheet3.xml -> xl/worksheets/_rels/sheet3.xml.rels */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds relationships to a rels part (created when absent); returns the ids given, in order. */
function addRelationships(parts: ZipPart[], relsName: string, targets: readonly string[]): string[] {
  let rels = parts.find((p) => p.name === relsName);
  if (!rels) {
    rels = {
      name: relsName,
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
        "utf8",
      ),
    };
    parts.push(rels);
  }
  let xml = rels.data
    .toString("utf8")
    .replace(/<Relationships([^>]*)\/>/, "<Relationships$1></Relationships>");
  const used = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]!));
  const ids: string[] = [];
  let next = 1;
  for (const target of targets) {
    while (used.has(`rId${next}`)) next++;
    const id = `rId${next}`;
    used.add(id);
    ids.push(id);
    xml = xml.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${TABLE_REL}" Target="${target}"/></Relationships>`,
    );
  }
  rels.data = Buffer.from(xml, "utf8");
  return ids;
}

/** The sheet XML with its tables' <tableParts>, the r prefix declared, an overlapped <autoFilter> gone. */
function sheetWithTables(xml: string, ids: readonly string[], ranges: readonly CellRange[]): string {
  if (/<tableParts\b/.test(xml)) throw new TablesError("the sheet part already has <tableParts>");
  const open = /<worksheet\b[^>]*>/.exec(xml);
  if (!open) throw new TablesError("the sheet part has no <worksheet>");
  let out = xml;
  if (!/\sxmlns:r="/.test(open[0])) {
    const declared = open[0].replace(/^<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
    out = out.replace(open[0], declared);
  }
  out = out.replace(/<autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/autoFilter>)/, (filter) => {
    const ref = /\bref="([^"]*)"/.exec(filter)?.[1];
    const range = ref === undefined ? undefined : parseRange(ref);
    return range && ranges.some((r) => rangesOverlap(r, range)) ? "" : filter;
  });
  const tableParts =
    `<tableParts count="${ids.length}">` +
    ids.map((id) => `<tablePart r:id="${id}"/>`).join("") +
    `</tableParts>`;
  // <tableParts> is the last child of <worksheet> but <extLst> (ECMA-376 18.3.1.99).
  const at = out.search(/<extLst\b/) >= 0 ? out.search(/<extLst\b/) : out.lastIndexOf("</worksheet>");
  if (at < 0) throw new TablesError("the sheet part's <worksheet> is not closed");
  return out.slice(0, at) + tableParts + out.slice(at);
}

/** `sheets`: each sheet with tables and the part its XML is in. */
export function tablesEdit(sheets: readonly { part: string; sheet: SheetPlan }[]): PartsEdit {
  return (parts: ZipPart[]) => {
    const withTables = sheets.filter((s) => (s.sheet.tables?.length ?? 0) > 0);
    if (withTables.length === 0) return;
    const types = parts.find((p) => p.name === TYPES);
    if (!types) throw new TablesError(`the package has no ${TYPES}`);
    // Part numbers and table ids follow any tables already in the package.
    let last = 0;
    for (const part of parts) {
      const n = TABLE_PART.exec(part.name)?.[1];
      if (n !== undefined) last = Math.max(last, Number(n));
      const id =
        n === undefined ? undefined : /<table\b[^>]*\bid="(\d+)"/.exec(part.data.toString("utf8"))?.[1];
      if (id !== undefined) last = Math.max(last, Number(id));
    }
    const overrides: string[] = [];
    for (const { part, sheet } of withTables) {
      const target = parts.find((p) => p.name === part);
      if (!target) throw new TablesError(`the package has no ${part}`);
      const ranges: CellRange[] = [];
      const files: string[] = [];
      for (const table of sheet.tables ?? []) {
        const range = parseRange(table.range);
        if (!range) throw new TablesError(`table "${table.name}": range "${table.range}" does not parse`);
        const n = ++last;
        const ref = formatRange(range);
        const xml = tableXml(n, sheet, table.name, ref, range, table.style ?? DEFAULT_STYLE);
        parts.push({ name: `xl/tables/table${n}.xml`, data: Buffer.from(xml, "utf8") });
        overrides.push(`<Override PartName="/xl/tables/table${n}.xml" ContentType="${TABLE_TYPE}"/>`);
        ranges.push(range);
        files.push(`../tables/table${n}.xml`);
      }
      const ids = addRelationships(parts, relsPartOf(part), files);
      target.data = Buffer.from(sheetWithTables(target.data.toString("utf8"), ids, ranges), "utf8");
    }
    types.data = Buffer.from(
      types.data.toString("utf8").replace("</Types>", `${overrides.join("")}</Types>`),
      "utf8",
    );
  };
}
