/**
 * Units from a CSV an office keeps: a header row naming the columns id, name, kind,
 * office (Vietnamese headers mã, tên, loại, mã phòng are accepted too). Bad rows are
 * reported with their line number and skipped; nothing throws.
 */
import Papa from "papaparse";
import type { Unit, UnitKind } from "./unit";

export interface UnitsProblem {
  /** 1-based line in the file; 0 for the file as a whole. */
  line: number;
  vi: string;
  en: string;
}

export interface UnitsCsvResult {
  units: Unit[];
  problems: UnitsProblem[];
}

const HEADER_ALIASES: Record<string, keyof Unit> = {
  id: "id",
  mã: "id",
  "mã đơn vị": "id",
  name: "name",
  tên: "name",
  "tên đơn vị": "name",
  kind: "kind",
  loại: "kind",
  office: "office",
  "mã phòng": "office",
};

const KIND_ALIASES: Record<string, UnitKind> = {
  ward: "ward",
  commune: "ward",
  phường: "ward",
  xã: "ward",
  "phường/xã": "ward",
  office: "office",
  phòng: "office",
  ban: "office",
};

export function parseUnitsCsv(text: string): UnitsCsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const rows = parsed.data;
  const problems: UnitsProblem[] = [];
  const units: Unit[] = [];
  const header = rows[0];
  if (!header) {
    return { units, problems: [{ line: 0, vi: "Tệp đơn vị trống.", en: "The units file is empty." }] };
  }
  const fields = header.map((cell) => HEADER_ALIASES[cell.trim().toLowerCase()]);
  for (const needed of ["id", "name"] as const) {
    if (!fields.includes(needed)) {
      problems.push({
        line: 1,
        vi: `Dòng tiêu đề thiếu cột "${needed}".`,
        en: `The header row has no "${needed}" column.`,
      });
    }
  }
  if (problems.length > 0) return { units, problems };

  const seen = new Set<string>();
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const record: Partial<Record<keyof Unit, string>> = {};
    fields.forEach((field, col) => {
      if (field) record[field] = (row[col] ?? "").trim();
    });
    const id = record.id ?? "";
    const name = record.name ?? "";
    if (!id || !name) {
      problems.push({
        line,
        vi: `Dòng ${line}: thiếu mã hoặc tên đơn vị.`,
        en: `Line ${line}: the unit id or name is missing.`,
      });
      return;
    }
    if (seen.has(id)) {
      problems.push({
        line,
        vi: `Dòng ${line}: mã đơn vị ${id} bị trùng.`,
        en: `Line ${line}: unit id ${id} is repeated.`,
      });
      return;
    }
    const kindText = (record.kind ?? "ward").toLowerCase();
    const kind = kindText === "" ? "ward" : KIND_ALIASES[kindText];
    if (!kind) {
      problems.push({
        line,
        vi: `Dòng ${line}: loại đơn vị "${record.kind ?? ""}" không hợp lệ (phường/xã hoặc phòng).`,
        en: `Line ${line}: unit kind "${record.kind ?? ""}" is not ward or office.`,
      });
      return;
    }
    seen.add(id);
    const unit: Unit = { id, name, kind };
    if (kind === "office") {
      if (!record.office) {
        problems.push({
          line,
          vi: `Dòng ${line}: phòng ${name} cần mã phòng (cột office).`,
          en: `Line ${line}: office ${name} needs an office code (office column).`,
        });
        return;
      }
      unit.office = record.office;
    }
    units.push(unit);
  });
  return { units, problems };
}
