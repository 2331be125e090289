/**
 * The crosswalk as a CSV file the office writes once per reorganisation:
 *
 *   old_unit,new_unit,share
 *   khuong-mai,khuong-dinh-moi,1
 *   thanh-xuan-bac,thanh-xuan-moi,0.6        <- or "0,6" (quoted: the comma splits cells) or 60%
 *   nhan-chinh,yen-hoa-moi,không so sánh được
 *
 * Headers may be English (old_unit, new_unit, share) or Vietnamese ("đơn vị cũ",
 * "đơn vị mới", "tỷ lệ"). A share is a number from 0 (excluded) to 1, written either way
 * ("0.6", "0,6") or as a percentage ("60%"); "not comparable" / "không so sánh được" says
 * there is no sound basis. Any problem makes the whole crosswalk unusable (ok: false):
 * a crosswalk with one row dropped would give a new unit part of its figure posing as the
 * whole. Shares of one old unit summing under 1 are allowed (part of it left the area) and
 * reported as a warning. Nothing throws.
 */
import Papa from "papaparse";
import type { Crosswalk, CrosswalkRow } from "./crosswalk-types";
import { NOT_COMPARABLE } from "./crosswalk-types";

export interface CrosswalkProblem {
  /** 1-based line of the file (the first line of the old unit for a sum); 0 for the file. */
  line: number;
  severity: "error" | "warning";
  vi: string;
  en: string;
}

export type CrosswalkCsvResult =
  | { ok: true; crosswalk: Crosswalk; warnings: CrosswalkProblem[] }
  | { ok: false; problems: CrosswalkProblem[] };

/** The unit lists rows are checked against; without one, any id is taken. */
export interface CrosswalkCsvContext {
  /** Last year's units (those the history holds). */
  oldUnits?: readonly string[];
  /** This year's units. */
  newUnits?: readonly string[];
}

type Field = "oldUnit" | "newUnit" | "share";

const HEADER_ALIASES: Record<string, Field> = {
  old_unit: "oldUnit",
  "old unit": "oldUnit",
  "đơn vị cũ": "oldUnit",
  new_unit: "newUnit",
  "new unit": "newUnit",
  "đơn vị mới": "newUnit",
  share: "share",
  "tỷ lệ": "share",
  "tỉ lệ": "share",
};

const NOT_COMPARABLE_WORDS = new Set([NOT_COMPARABLE, "không so sánh được", "khong so sanh duoc"]);

/** A little slack for shares written to a few decimals (0.333 + 0.333 + 0.334). */
const SUM_TOLERANCE = 1e-9;

export function parseCrosswalkCsv(text: string, context: CrosswalkCsvContext = {}): CrosswalkCsvResult {
  const input = typeof text === "string" ? text.replace(/^\uFEFF/, "") : "";
  const rows = Papa.parse<string[]>(input, { skipEmptyLines: "greedy" }).data;
  const problems: CrosswalkProblem[] = [];
  const header = rows[0];
  if (!header)
    return { ok: false, problems: [error(0, "Tệp bảng chuyển đổi trống.", "The crosswalk file is empty.")] };

  const fields = header.map((cell) => HEADER_ALIASES[normalise(cell)]);
  const absent = (["oldUnit", "newUnit", "share"] as const).filter((f) => !fields.includes(f));
  if (absent.length > 0) {
    return {
      ok: false,
      problems: [
        error(
          1,
          "Dòng tiêu đề cần các cột đơn vị cũ, đơn vị mới, tỷ lệ (old_unit, new_unit, share).",
          "The header row needs the columns old_unit, new_unit, share.",
        ),
      ],
    };
  }

  const oldUnits = context.oldUnits ? new Set(context.oldUnits) : undefined;
  const newUnits = context.newUnits ? new Set(context.newUnits) : undefined;
  const crosswalk: CrosswalkRow[] = [];
  const lineOf = new Map<CrosswalkRow, number>();
  const pairs = new Map<string, number>();

  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const cell = (field: Field) => (row[fields.indexOf(field)] ?? "").trim();
    const at = (vi: string, en: string) =>
      problems.push(error(line, `Dòng ${line}: ${vi}`, `Line ${line}: ${en}`));
    const oldUnit = cell("oldUnit");
    const newUnit = cell("newUnit");
    if (oldUnit === "" || newUnit === "") {
      at("thiếu mã đơn vị cũ hoặc đơn vị mới.", "the old or the new unit is missing.");
      return;
    }
    if (oldUnits && !oldUnits.has(oldUnit)) {
      at(`không có đơn vị cũ mã "${oldUnit}".`, `there is no old unit "${oldUnit}".`);
      return;
    }
    if (newUnits && !newUnits.has(newUnit)) {
      at(`không có đơn vị mới mã "${newUnit}".`, `there is no new unit "${newUnit}".`);
      return;
    }
    const pair = `${oldUnit}\u0000${newUnit}`;
    const earlier = pairs.get(pair);
    if (earlier !== undefined) {
      at(
        `cặp ${oldUnit} → ${newUnit} đã có ở dòng ${earlier}.`,
        `the pair ${oldUnit} → ${newUnit} is already on line ${earlier}.`,
      );
      return;
    }
    pairs.set(pair, line);
    const share = readShare(cell("share"));
    if (share === undefined) {
      at(
        `tỷ lệ "${cell("share")}" phải là số lớn hơn 0 và không quá 1 (ví dụ 0,6 hoặc 60%), hoặc "không so sánh được".`,
        `the share "${cell("share")}" must be a number above 0 and at most 1 (e.g. 0.6 or 60%), or "not comparable".`,
      );
      return;
    }
    const entry: CrosswalkRow = { oldUnit, newUnit, share };
    crosswalk.push(entry);
    lineOf.set(entry, line);
  });

  const warnings = checkSums(crosswalk, lineOf, problems);
  if (problems.length > 0)
    return { ok: false, problems: [...problems, ...warnings].sort((a, b) => a.line - b.line) };
  return { ok: true, crosswalk, warnings };
}

/** Errors for an old unit whose shares add up to more than all of it; warnings under 1. */
function checkSums(
  crosswalk: readonly CrosswalkRow[],
  lineOf: ReadonlyMap<CrosswalkRow, number>,
  problems: CrosswalkProblem[],
): CrosswalkProblem[] {
  const warnings: CrosswalkProblem[] = [];
  const byOld = new Map<string, CrosswalkRow[]>();
  for (const row of crosswalk) byOld.set(row.oldUnit, [...(byOld.get(row.oldUnit) ?? []), row]);
  for (const [oldUnit, rows] of byOld) {
    const shares = rows.flatMap((row) => (typeof row.share === "number" ? [row.share] : []));
    if (shares.length === 0) continue;
    const sum = shares.reduce((a, b) => a + b, 0);
    const line = lineOf.get(rows[0]!) ?? 0;
    const lines = rows.map((row) => lineOf.get(row)).join(", ");
    const plural = rows.length > 1 ? "s" : "";
    const shown = Number(sum.toFixed(6));
    if (sum > 1 + SUM_TOLERANCE) {
      problems.push(
        error(
          line,
          `Các tỷ lệ của đơn vị cũ ${oldUnit} (dòng ${lines}) cộng lại bằng ${String(shown).replace(".", ",")}, vượt quá 1: một phần số liệu bị tính hai lần.`,
          `The shares of the old unit ${oldUnit} (line${plural} ${lines}) add up to ${shown}, more than 1: part of its figures would be counted twice.`,
        ),
      );
    } else if (sum < 1 - SUM_TOLERANCE && rows.every((row) => row.share !== NOT_COMPARABLE)) {
      warnings.push({
        line,
        severity: "warning",
        vi: `Các tỷ lệ của đơn vị cũ ${oldUnit} (dòng ${lines}) cộng lại bằng ${String(shown).replace(".", ",")}, dưới 1: phần còn lại không thuộc đơn vị mới nào trong bảng.`,
        en: `The shares of the old unit ${oldUnit} (line${plural} ${lines}) add up to ${shown}, under 1: the rest goes to no new unit in the table.`,
      });
    }
  }
  return warnings;
}

/** 1, 0.6, "0,6", 60%, or the words for "not comparable"; undefined for anything else. */
function readShare(text: string): number | typeof NOT_COMPARABLE | undefined {
  const lower = normalise(text);
  if (NOT_COMPARABLE_WORDS.has(lower)) return NOT_COMPARABLE;
  const match = /^(\d+(?:[.,]\d+)?)\s*(%?)$/.exec(lower);
  if (!match?.[1]) return undefined;
  const figure = Number(match[1].replace(",", "."));
  const share = match[2] === "%" ? figure / 100 : figure;
  return share > 0 && share <= 1 ? share : undefined;
}

function normalise(text: string): string {
  return text.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
}

function error(line: number, vi: string, en: string): CrosswalkProblem {
  return { line, severity: "error", vi, en };
}
