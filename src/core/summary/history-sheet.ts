/**
 * The history sheet ("Lịch sử"): the history table in long format, one figure per row
 * (period, unit, indicator, column, value, source, time), under one header row and without
 * merged cells, so a PivotTable or a filter can use it as it is. A hidden row above the
 * header holds the machine keys (those of the history CSV), so the table is read back by
 * its keys, never by position: readHistorySheet() gives the same records that were written.
 * It shows this year's and last year's periods only (history/recent-history.ts says why);
 * the job still returns the whole history, which the command line writes to its file.
 */
import Papa from "papaparse";
import { HISTORY_CSV_HEADER, parseHistoryCsv, recentHistory, type HistoryRecord } from "../history";
import type { Localized } from "../i18n/message-params";
import type { PlanCell, SheetPlan } from "../sheets/plan-types";
import { cellCsvText, originRow, type SheetSnapshot } from "../sheets/snapshot";
import type { SummaryOutputInput } from "./summary-input";
import { SUMMARY_WORDS } from "./summary-words";

const KEY_ROW = 1;
const HEADER_ROW = 2;
const WIDTHS = [12, 22, 10, 12, 18, 14, 28];
const LETTERS = ["A", "B", "C", "D", "E", "F", "G"];
const VALUE_FORMAT = "#,##0.0##";

/** Where the table is, for hosts that make it an Excel table or a PivotTable source. */
export interface HistorySheetLayout {
  /** The header row and the data below it: "A2:G120". */
  table: string;
  headerRow: number;
  /** The figures the sheet shows (rows below the header). */
  records: number;
}

export function historySheetPlan(
  input: SummaryOutputInput,
  sheetName: string,
): { sheet: SheetPlan; layout: HistorySheetLayout } | null {
  if (!input.history) return null;
  const words = SUMMARY_WORDS[input.lang ?? "vi"];
  const rows: PlanCell[][] = recentHistory(input.history, input.period).map((r) => [
    r.period,
    r.unit,
    r.indicator,
    r.column,
    r.value,
    r.source,
    r.time,
  ]);
  const last = HEADER_ROW + rows.length;
  return {
    sheet: {
      name: sheetName,
      blocks: [{ at: "A1", rows: [[...HISTORY_CSV_HEADER], [...words.history.headers], ...rows] }],
      styles: [
        { range: "A1:G1", style: { fontColour: "#808080", italic: true } },
        { range: "A2:G2", style: { bold: true, fill: "#D9E1F2" } },
      ],
      // Codes such as "2024-10" stay text; a host must not read them as dates.
      numberFormats: [
        { range: `A${HEADER_ROW + 1}:D${Math.max(last, HEADER_ROW + 1)}`, format: "@" },
        ...(rows.length > 0 ? [{ range: `E${HEADER_ROW + 1}:E${last}`, format: VALUE_FORMAT }] : []),
      ],
      columns: WIDTHS.map((width, i) => ({ column: LETTERS[i]!, width })),
      rows: [{ row: KEY_ROW, hidden: true }],
      freeze: { rows: HEADER_ROW, columns: 0 },
      visibility: "visible",
    },
    layout: { table: `A${HEADER_ROW}:G${last}`, headerRow: HEADER_ROW, records: rows.length },
  };
}

export interface HistorySheetProblem {
  /** The sheet row (1-based); 0 for the sheet as a whole. */
  row: number;
  message: Localized;
}

/**
 * The history table read back from a snapshot of the sheet: found by its key row, each
 * row checked as a line of the history file is (parseHistoryCsv), a bad row skipped and
 * reported by its sheet row. Never throws.
 */
export function readHistorySheet(snapshot: SheetSnapshot): {
  records: HistoryRecord[];
  problems: HistorySheetProblem[];
} {
  const values = Array.isArray(snapshot?.values) ? snapshot.values : [];
  const keyIndex = values.findIndex(
    (row) => Array.isArray(row) && HISTORY_CSV_HEADER.every((key) => row.some((c) => keyOf(c) === key)),
  );
  if (keyIndex < 0)
    return {
      records: [],
      problems: [
        {
          row: 0,
          message: {
            vi: `Trang tính "${snapshot?.name ?? ""}" không có hàng mã cột của bảng lịch sử (period, unit, indicator...).`,
            en: `The sheet "${snapshot?.name ?? ""}" has no key row of the history table (period, unit, indicator...).`,
          },
        },
      ],
    };
  const keyRow = values[keyIndex]!;
  const origin = originRow(snapshot.origin);
  // The human header sits right below the keys; the figures start after it. Empty rows are
  // left out here (the CSV reader would skip them too), keeping each line's sheet row.
  // A figure in a sheet is a number cell: text such as "1.000" is refused here, before the
  // CSV reader, which would take it the machine way (1).
  const valueColumn = keyRow.findIndex((c) => keyOf(c) === "value");
  const lines: { row: number; cells: string[] }[] = [];
  const refused: HistorySheetProblem[] = [];
  values.slice(keyIndex + 2).forEach((row, i) => {
    const cells = Array.isArray(row) ? row : [];
    const texts = cells.map(cellCsvText);
    if (!texts.some((c) => c.trim() !== "")) return;
    const sheetRow = origin + keyIndex + 2 + i;
    const value = cells[valueColumn];
    if (typeof value !== "number") {
      refused.push(notANumber(sheetRow, texts[valueColumn] ?? ""));
      return;
    }
    lines.push({ row: sheetRow, cells: texts });
  });
  const csv = Papa.unparse({ fields: keyRow.map((c) => keyOf(c) ?? ""), data: lines.map((l) => l.cells) });
  const parsed = parseHistoryCsv(csv);
  // Line L of the CSV (1 = its header) is the (L - 1)th line kept.
  const sheetRow = (line: number) => (line < 2 ? 0 : (lines[line - 2]?.row ?? 0));
  const problems = parsed.problems.map((p) => {
    const row = sheetRow(p.line);
    return {
      row,
      message: {
        vi: p.vi.replace(/^Dòng \d+:/, `Hàng ${row}:`),
        en: p.en.replace(/^Line \d+:/, `Row ${row}:`),
      },
    };
  });
  return { records: parsed.records, problems: [...refused, ...problems].sort((a, b) => a.row - b.row) };
}

function notANumber(row: number, text: string): HistorySheetProblem {
  return {
    row,
    message: {
      vi: `Hàng ${row}: ô giá trị "${text}" không phải số; hàng này không được đọc.`,
      en: `Row ${row}: the value cell "${text}" is not a number; the row is not read.`,
    },
  };
}

function keyOf(cell: unknown): string | undefined {
  return typeof cell === "string" ? cell.trim().toLowerCase() : undefined;
}
