/**
 * The small parts of an .xlsx package the lean reader needs besides the sheets:
 * - xl/workbook.xml: the sheets in tab order (name, relationship id), the 1904 date system,
 *   and defined names;
 * - a part's relationships (xl/_rels/workbook.xml.rels): where each sheet's XML is;
 * - xl/sharedStrings.xml: the shared strings, rich text flattened to its plain text;
 * - xl/styles.xml: only the number formats and cellXfs, to know which styles are dates.
 */
import { isDateFormatId } from "./number-formats";
import { walkXmlAfresh } from "./xml-walk";

export interface SheetEntry {
  name: string;
  relationshipId: string;
}

export interface DefinedName {
  name: string;
  /** The text of the name: "'Phường Khương Mai'!$A$1". */
  formula: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  definedNames: DefinedName[];
}

const TRUE = new Set(["1", "true"]);

// The elements whose attributes each part's reader uses (the quick scanner builds only those).
const WORKBOOK_ATTRIBUTES: ReadonlySet<string> = new Set(["sheet", "workbookPr", "definedName"]);
const RELATIONSHIP_ATTRIBUTES: ReadonlySet<string> = new Set(["Relationship"]);
const STYLE_ATTRIBUTES: ReadonlySet<string> = new Set(["numFmt", "xf"]);
const NONE: ReadonlySet<string> = new Set();

export function parseWorkbookPart(xml: string): WorkbookPart {
  return walkXmlAfresh(xml, () => {
    const part: WorkbookPart = { sheets: [], date1904: false, definedNames: [] };
    let name: DefinedName | undefined;
    return {
      part,
      attributesOf: WORKBOOK_ATTRIBUTES,
      open(element: string, attributes: Record<string, string>) {
        if (element === "sheet") {
          const id = attributes["r:id"] ?? Object.entries(attributes).find(([k]) => k.endsWith(":id"))?.[1];
          part.sheets.push({ name: attributes.name ?? "", relationshipId: id ?? "" });
        } else if (element === "workbookPr") part.date1904 = TRUE.has(attributes.date1904 ?? "");
        else if (element === "definedName") {
          name = { name: attributes.name ?? "", formula: "" };
          part.definedNames.push(name);
        }
      },
      close(element: string) {
        if (element === "definedName") name = undefined;
      },
      wantsText: () => name !== undefined,
      text(text: string) {
        name!.formula += text;
      },
    };
  }).part;
}

export interface Relationship {
  type: string;
  /** The target as a path inside the package, without a leading "/". */
  path: string;
}

/** Relationships by id, their targets resolved against the folder of the part they belong to. */
export function parseRelationships(xml: string, folder: string): Map<string, Relationship> {
  return walkXmlAfresh(xml, () => {
    const out = new Map<string, Relationship>();
    return {
      out,
      attributesOf: RELATIONSHIP_ATTRIBUTES,
      open(element: string, attributes: Record<string, string>) {
        if (element !== "Relationship" || attributes.TargetMode === "External") return;
        const target = attributes.Target ?? "";
        out.set(attributes.Id ?? "", { type: attributes.Type ?? "", path: resolvePath(folder, target) });
      },
    };
  }).out;
}

export function resolvePath(folder: string, target: string): string {
  const parts = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

/**
 * Excel escapes characters XML cannot hold as _xHHHH_ in string text (ECMA-376 22.9.2.19);
 * ExcelJS decodes upper-case hex only, and so does this reader.
 */
export function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * Shared strings in order. An item is its <t>, or its rich-text runs' <t> joined; phonetic
 * guides (<rPh>) are not part of the text.
 */
export function parseSharedStrings(xml: string): string[] {
  return walkXmlAfresh(xml, () => {
    const strings: string[] = [];
    let item: string | undefined;
    let run: string | undefined;
    let phonetic = 0;
    let inText = false;
    return {
      strings,
      attributesOf: NONE,
      open(element: string) {
        if (element === "si") item = "";
        else if (element === "rPh") phonetic++;
        else if (element === "t" && phonetic === 0) {
          inText = true;
          run = "";
        }
      },
      close(element: string) {
        if (element === "t" && inText) {
          inText = false;
          item = (item ?? "") + decodeEscapes(run ?? "");
        } else if (element === "rPh") phonetic--;
        else if (element === "si") {
          strings.push(item ?? "");
          item = undefined;
        }
      },
      wantsText: () => inText,
      text(text: string) {
        run += text;
      },
    };
  }).strings;
}

/** The cellXfs indexes (the s="n" of a cell) whose number format is a date or time. */
export function parseDateStyles(xml: string): Set<number> {
  const { custom, formatOfXf } = walkXmlAfresh(xml, () => {
    const custom = new Map<number, string>();
    const formatOfXf: number[] = [];
    let inCellXfs = false;
    return {
      custom,
      formatOfXf,
      attributesOf: STYLE_ATTRIBUTES,
      open(element: string, attributes: Record<string, string>) {
        if (element === "numFmt")
          custom.set(
            parseInt(attributes.numFmtId ?? "", 10),
            (attributes.formatCode ?? "").replace(/\\(.)/g, "$1"),
          );
        else if (element === "cellXfs") inCellXfs = true;
        else if (element === "xf" && inCellXfs) formatOfXf.push(parseInt(attributes.numFmtId ?? "0", 10));
      },
      close(element: string) {
        if (element === "cellXfs") inCellXfs = false;
      },
    };
  });
  const dates = new Set<number>();
  formatOfXf.forEach((id, index) => {
    if (isDateFormatId(id, custom)) dates.add(index);
  });
  return dates;
}
