/**
 * The crosswalk sheet ("Chuyển đổi địa giới"): where an office working in Excel says how
 * last year's units map onto this year's after a reorganisation (domain.md §8), as the
 * command line's crosswalk file does (src/core/crosswalk/crosswalk-csv.ts); and the door
 * through which the filled sheet comes back as a Crosswalk.
 *
 * Layout: row 1 the title, row 2 how to fill it, row 3 the header, rows from 4 the office's
 * rows in A:C ("Đơn vị cũ", "Đơn vị mới", "Tỷ lệ": the file's own Vietnamese header names).
 * To the right, for reference: this year's units (code and name) and the units the history
 * holds that are no longer on the list, the codes to type in A and B.
 *
 * Reading finds the header row by its content, wherever it is, and takes only the three
 * columns under their names; each filled row is checked as a line of the file is, and a
 * problem names the sheet row. A crosswalk with any error is not used at all (a new unit
 * given part of an old one's figures would pose as the whole), as with the file.
 */
import {
  parseCrosswalkCsv,
  type Crosswalk,
  type CrosswalkCsvContext,
  type CrosswalkProblem,
} from "../crosswalk";
import type { Localized } from "../template/schema";
import type { Unit } from "../units/unit";
import type { PlanCell, SheetPlan } from "./plan-types";
import { cellCsvText, originRow, type SheetSnapshot } from "./snapshot";
import { normaliseLabel } from "./unit-sheet-layout";
import { wrappedRowHeight } from "./wrapped-height";

export const CROSSWALK_SHEET = "Chuyển đổi địa giới";

const HEADER = ["Đơn vị cũ", "Đơn vị mới", "Tỷ lệ"];
const HOW =
  'Mỗi dòng: mã đơn vị cũ (năm trước), mã đơn vị mới (năm nay) và tỷ lệ số liệu của đơn vị cũ thuộc về đơn vị mới (từ 0 đến 1, ví dụ 0,6 hoặc 60%), hoặc "không so sánh được". Đơn vị không thay đổi địa giới không cần dòng nào. Số cùng kỳ năm trước của đơn vị mới được tính lại từ lịch sử theo bảng này.';
/** A:C, where the office types, and where the how-to is merged. */
const INPUT_WIDTH = 22;
const HEADER_ROW = 3;
/** Empty rows laid out for the office to fill. */
const INPUT_ROWS = 40;

/**
 * The sheet, empty but for the reference lists. `goneUnits`: the codes the history holds that
 * are not among this year's units (the old units to map).
 */
export function crosswalkSheetPlan(units: readonly Unit[], goneUnits: readonly string[]): SheetPlan {
  const reference: PlanCell[][] = [
    [null, "Mã đơn vị năm nay", "Tên đơn vị", null, "Mã đơn vị cũ (trong lịch sử)"],
  ];
  const length = Math.max(units.length, goneUnits.length);
  for (let i = 0; i < length; i++)
    reference.push([null, units[i]?.id ?? null, units[i]?.name ?? null, null, goneUnits[i] ?? null]);
  const lastInput = HEADER_ROW + INPUT_ROWS;
  return {
    name: CROSSWALK_SHEET,
    blocks: [
      {
        at: "A1",
        rows: [
          ["BẢNG CHUYỂN ĐỔI ĐỊA GIỚI: ĐƠN VỊ NĂM TRƯỚC → ĐƠN VỊ NĂM NAY (đơn vị tổng hợp điền)"],
          [HOW],
          HEADER,
        ],
      },
      { at: `D${HEADER_ROW}`, rows: reference },
    ],
    styles: [
      { range: "A1", style: { bold: true, fontSize: 13 } },
      { range: "A2", style: { wrap: true, vertical: "top" } },
      { range: `A${HEADER_ROW}:C${HEADER_ROW}`, style: { bold: true, fill: "#D9E1F2", border: "thin" } },
      { range: `A${HEADER_ROW + 1}:C${lastInput}`, style: { fill: "#FFF2CC", border: "thin" } },
      { range: `E${HEADER_ROW}:H${HEADER_ROW}`, style: { bold: true, italic: true } },
    ],
    // The codes are text, never numbers or dates; the share may be typed either way.
    numberFormats: [{ range: `A${HEADER_ROW + 1}:B${lastInput}`, format: "@" }],
    merges: ["A2:C2"],
    rows: [{ row: 2, height: wrappedRowHeight([{ text: HOW, width: 3 * INPUT_WIDTH }]) ?? 15 }],
    columns: [
      { column: "A", width: INPUT_WIDTH },
      { column: "B", width: INPUT_WIDTH },
      { column: "C", width: INPUT_WIDTH },
      { column: "D", width: 4 },
      { column: "E", width: 20 },
      { column: "F", width: 30 },
      { column: "G", width: 4 },
      { column: "H", width: 26 },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
  };
}

/** A problem of the filled sheet, at the row it concerns (0: the sheet as a whole). */
export interface CrosswalkSheetProblem {
  row: number;
  severity: "error" | "warning";
  message: Localized;
}

export type CrosswalkSheetResult =
  /** No row filled in: nothing was reorganised, or not yet said. */
  | { kind: "empty" }
  | { kind: "ok"; crosswalk: Crosswalk; warnings: CrosswalkSheetProblem[] }
  /** Any error: the crosswalk is not used. */
  | { kind: "unusable"; problems: CrosswalkSheetProblem[] };

const FIELDS: Readonly<Record<string, number>> = {
  "đơn vị cũ": 0,
  old_unit: 0,
  "đơn vị mới": 1,
  new_unit: 1,
  "tỷ lệ": 2,
  "tỉ lệ": 2,
  share: 2,
};

export function readCrosswalkSheet(
  snapshot: SheetSnapshot,
  context: CrosswalkCsvContext = {},
): CrosswalkSheetResult {
  const values = Array.isArray(snapshot?.values) ? snapshot.values : [];
  const origin = originRow(snapshot?.origin);
  const columnsOf = (row: unknown) => {
    const found: (number | undefined)[] = [undefined, undefined, undefined];
    if (Array.isArray(row))
      row.forEach((cell, index) => {
        const field = typeof cell === "string" ? FIELDS[normaliseLabel(cell)] : undefined;
        if (field !== undefined && found[field] === undefined) found[field] = index;
      });
    return found;
  };
  const headerIndex = values.findIndex((row) => columnsOf(row).every((c) => c !== undefined));
  if (headerIndex < 0)
    return {
      kind: "unusable",
      problems: [
        {
          row: 0,
          severity: "error",
          message: {
            vi: `Trang "${snapshot?.name ?? ""}" không có dòng tiêu đề "Đơn vị cũ", "Đơn vị mới", "Tỷ lệ".`,
            en: `The sheet "${snapshot?.name ?? ""}" has no header row "Đơn vị cũ", "Đơn vị mới", "Tỷ lệ".`,
          },
        },
      ],
    };
  const columns = columnsOf(values[headerIndex]) as number[];
  // The filled rows, each with its sheet row: line L of the CSV (1 = the header) is lines[L - 2].
  const lines: { row: number; cells: string[] }[] = [];
  values.slice(headerIndex + 1).forEach((row, i) => {
    const cells = columns.map((c) => (Array.isArray(row) ? cellCsvText(row[c]) : ""));
    if (cells.some((c) => c.trim() !== "")) lines.push({ row: origin + headerIndex + 1 + i, cells });
  });
  if (lines.length === 0) return { kind: "empty" };
  const csv = [["old_unit", "new_unit", "share"], ...lines.map((l) => l.cells)]
    .map((cells) => cells.map(quote).join(","))
    .join("\n");
  const parsed = parseCrosswalkCsv(csv, context);
  const rowOf = (line: number) => (line < 2 ? 0 : (lines[line - 2]?.row ?? 0));
  // The file's messages name its lines ("Dòng 3:", "(dòng 3, 5)"): the sheet's say its rows.
  const onSheet = (text: string, first: string, list: (many: boolean) => string) =>
    text
      .replace(/^(?:Dòng|Line) (\d+):/, (_, line: string) => `${first} ${rowOf(Number(line))}:`)
      .replace(/\((?:dòng|lines?) ([\d, ]+)\)/, (_, numbers: string) => {
        const rows = numbers.split(",").map((n) => rowOf(Number(n.trim())));
        return `(${list(rows.length > 1)} ${rows.join(", ")})`;
      });
  const located = (p: CrosswalkProblem): CrosswalkSheetProblem => ({
    row: rowOf(p.line),
    severity: p.severity,
    message: {
      vi: onSheet(p.vi, "Hàng", () => "hàng"),
      en: onSheet(p.en, "Row", (many) => (many ? "rows" : "row")),
    },
  });
  return parsed.ok
    ? { kind: "ok", crosswalk: parsed.crosswalk, warnings: parsed.warnings.map(located) }
    : { kind: "unusable", problems: parsed.problems.map(located) };
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
