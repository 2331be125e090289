/**
 * The last step of writing: ExcelJS's package (written stored, uncompressed, which costs it
 * nothing) -> the .xlsx we hand out: parts changed in place (`edit`, e.g. the tables of
 * tables.ts), the custom properties part added (ExcelJS writes none), the parts of plain
 * sheets written by us and compressed as they are written (`pack`, see plain-parts.ts), and
 * every other part compressed once, by Node's zlib (zip-pack.ts).
 */
import JSZip from "jszip";
import { CUSTOM_PROPERTIES_PART, customPropertiesXml, declareCustomProperties } from "../custom-properties";
import { partBytes } from "../read/zip-parts";
import { type PackedPart, type ZipPart, zipParts } from "./zip-pack";

const RELS = "_rels/.rels";
const TYPES = "[Content_Types].xml";

/** ExcelJS wrote a package without the parts every package has: a bug, not bad data. */
export class PackageError extends Error {
  override name = "PackageError";
}

/** Changes parts in place before they are packed. */
export type PartsEdit = (parts: ZipPart[]) => void;

/**
 * Runs last: writes some parts anew, already compressed, and returns them by name (they take
 * the place of the parts of that name); it may still change other parts in place.
 */
export type PartsPack = (parts: ZipPart[]) => Map<string, PackedPart>;

export async function packageXlsx(
  stored: Buffer,
  properties: Record<string, string>,
  edit?: PartsEdit,
  pack?: PartsPack,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(stored);
  const parts: ZipPart[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = await partBytes(zip, file.name);
    if (data) parts.push({ name: file.name, data });
  }
  edit?.(parts);
  if (Object.keys(properties).length > 0) addCustomProperties(parts, properties);
  const packed = pack?.(parts);
  return zipParts(packed ? parts.map((p) => packed.get(p.name) ?? p) : parts);
}

function addCustomProperties(parts: ZipPart[], properties: Record<string, string>): void {
  const rels = parts.find((p) => p.name === RELS);
  const types = parts.find((p) => p.name === TYPES);
  if (!rels || !types) throw new PackageError("ExcelJS wrote no package relationships");
  const declared = declareCustomProperties(rels.data.toString("utf8"), types.data.toString("utf8"));
  rels.data = Buffer.from(declared.rels, "utf8");
  types.data = Buffer.from(declared.types, "utf8");
  parts.push({ name: CUSTOM_PROPERTIES_PART, data: Buffer.from(customPropertiesXml(properties), "utf8") });
}
