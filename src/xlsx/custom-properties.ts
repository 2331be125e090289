/**
 * Workbook custom properties (docProps/custom.xml, what Excel shows under File > Info >
 * Properties > Custom). ExcelJS neither writes nor reads them, so this file adds the part to
 * the zip ExcelJS wrote and reads it back. Only string properties are written; any kind is read
 * as its text.
 */
import JSZip from "jszip";

const PART = "docProps/custom.xml";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
/** The format id every custom property carries (Office's "user defined properties" set). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export function customPropertiesXml(properties: Record<string, string>): string {
  const items = Object.entries(properties).map(
    ([name, value], i) =>
      `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    items.join("") +
    "</Properties>"
  );
}

/** Add custom properties to an .xlsx written by ExcelJS (which has no custom.xml of its own). */
export async function addCustomProperties(xlsx: Buffer, properties: Record<string, string>): Promise<Buffer> {
  if (Object.keys(properties).length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(PART, customPropertiesXml(properties));
  const rels = await zip.file("_rels/.rels")?.async("string");
  const types = await zip.file("[Content_Types].xml")?.async("string");
  if (rels === undefined || types === undefined) throw new Error("ExcelJS wrote no package relationships");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdTonghopCustom" Type="${REL_TYPE}" Target="${PART}"/></Relationships>`,
    ),
  );
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${PART}" ContentType="${CONTENT_TYPE}"/></Types>`),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The custom properties of an opened package, by name; empty when it has none. */
export async function readCustomProperties(zip: JSZip): Promise<Record<string, string>> {
  const xml = await zip.file(PART)?.async("string");
  const out: Record<string, string> = {};
  if (xml === undefined) return out;
  const property = /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:(\w+)>([\s\S]*?)<\/vt:\2>\s*<\/property>/g;
  for (const match of xml.matchAll(property)) out[unescapeXml(match[1]!)] = unescapeXml(match[3]!);
  return out;
}
