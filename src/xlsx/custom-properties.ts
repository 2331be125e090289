/**
 * Workbook custom properties (docProps/custom.xml, what Excel shows under File > Info >
 * Properties > Custom). ExcelJS neither writes nor reads them, so this file adds the part to
 * the zip ExcelJS wrote and reads it back. Only string properties are written; any kind is read
 * as its text.
 */
import type JSZip from "jszip";

export const CUSTOM_PROPERTIES_PART = "docProps/custom.xml";
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

/**
 * The package's relationships and content types with the custom properties part declared
 * (ExcelJS writes neither): the texts of "_rels/.rels" and "[Content_Types].xml".
 */
export function declareCustomProperties(rels: string, types: string): { rels: string; types: string } {
  return {
    rels: rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdTonghopCustom" Type="${REL_TYPE}" Target="${CUSTOM_PROPERTIES_PART}"/></Relationships>`,
    ),
    types: types.replace(
      "</Types>",
      `<Override PartName="/${CUSTOM_PROPERTIES_PART}" ContentType="${CONTENT_TYPE}"/></Types>`,
    ),
  };
}

/** The custom properties of an opened package, by name; empty when it has none. */
export async function readCustomProperties(zip: JSZip): Promise<Record<string, string>> {
  return customPropertiesFromXml(await zip.file(CUSTOM_PROPERTIES_PART)?.async("string"));
}

/** The custom properties in the text of docProps/custom.xml (undefined: the package has none). */
export function customPropertiesFromXml(xml: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (xml === undefined) return out;
  const property = /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:(\w+)>([\s\S]*?)<\/vt:\2>\s*<\/property>/g;
  for (const match of xml.matchAll(property)) out[unescapeXml(match[1]!)] = unescapeXml(match[3]!);
  return out;
}
