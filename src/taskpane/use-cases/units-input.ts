/**
 * Units the office gives by hand: a pasted list, one name a line, or pasted CSV text with a
 * header (then the CSV reader reads it). A name alone makes a ward (offices need their
 * office code, which only the CSV form carries); its id is the name without accents.
 * Never throws: problems come back with the line they are on.
 */
import { parseUnitsCsv, type UnitsCsvResult } from "../../core/units/units-csv";
import type { Unit } from "../../core/units/unit";

/** "Phường Khương Mai" -> "phuong-khuong-mai". */
export function unitIdFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function parsePastedUnits(text: string): UnitsCsvResult {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const first = lines[0];
  if (first === undefined)
    return {
      units: [],
      problems: [{ line: 0, vi: "Danh sách đơn vị trống.", en: "The units list is empty." }],
    };
  if (first.includes(",") || first.includes(";") || first.includes("\t"))
    return parseUnitsCsv(lines.join("\n"));
  const units: Unit[] = [];
  const problems: UnitsCsvResult["problems"] = [];
  const seen = new Set<string>();
  lines.forEach((name, i) => {
    const id = unitIdFromName(name);
    if (id === "" || seen.has(id)) {
      problems.push({
        line: i + 1,
        vi: `Dòng ${i + 1}: "${name}" trùng hoặc không có chữ; dòng này bị bỏ qua.`,
        en: `Line ${i + 1}: "${name}" is a duplicate or has no letters; it is skipped.`,
      });
      return;
    }
    seen.add(id);
    units.push({ id, name, kind: "ward" });
  });
  return { units, problems };
}
