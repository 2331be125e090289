/**
 * The history as a CSV file the command line can keep beside its reports:
 *
 *   period,unit,indicator,column,value,source,time
 *   2024-09-30,*,NS01,cumulative,2345678,consolidated,2024-10-03T08:00:00.000Z
 *
 * Figures are written the way JavaScript writes numbers ("2345678.5", never "2.345.678,5"),
 * whatever the language of the screen, so the file reads back to exactly the same numbers.
 * parseHistoryCsv repairs only what is unambiguous (a byte-order mark, spaces around cells,
 * a blank unit meaning the consolidated level "*", a period code in lower case); any other
 * bad row is skipped and reported with its line number in Vietnamese and English. It never
 * throws.
 */
import Papa from "papaparse";
import { parsePeriod, periodCode } from "../periods";
import { isValueColumn } from "../template/columns";
import { CONSOLIDATED_UNIT, type HistoryRecord, isHistorySource } from "./history-record";

export const HISTORY_CSV_HEADER = [
  "period",
  "unit",
  "indicator",
  "column",
  "value",
  "source",
  "time",
] as const;
type Field = (typeof HISTORY_CSV_HEADER)[number];

/** A record that cannot be written (a figure that is not a finite number): a programming error. */
export class HistoryRecordError extends Error {
  override name = "HistoryRecordError";
}

export function serializeHistoryCsv(records: readonly HistoryRecord[]): string {
  const rows = records.map((record) => {
    if (!Number.isFinite(record.value)) {
      throw new HistoryRecordError(`history figure is not a finite number: ${JSON.stringify(record)}`);
    }
    return [
      record.period,
      record.unit,
      record.indicator,
      record.column,
      String(record.value),
      record.source,
      record.time,
    ];
  });
  return Papa.unparse({ fields: [...HISTORY_CSV_HEADER], data: rows }, { newline: "\n" }) + "\n";
}

export interface HistoryCsvProblem {
  /** 1-based line of the file; 0 for the file as a whole. */
  line: number;
  vi: string;
  en: string;
}

export interface HistoryCsvResult {
  records: HistoryRecord[];
  problems: HistoryCsvProblem[];
}

/** A number as JavaScript writes it: digits, an optional "." fraction and exponent. */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseHistoryCsv(text: string): HistoryCsvResult {
  const input = typeof text === "string" ? text.replace(/^\uFEFF/, "") : "";
  const rows = Papa.parse<string[]>(input, { skipEmptyLines: "greedy" }).data;
  const records: HistoryRecord[] = [];
  const problems: HistoryCsvProblem[] = [];
  const header = rows[0];
  if (!header)
    return { records, problems: [problem(0, "Tệp lịch sử số liệu trống.", "The history file is empty.")] };

  const position = new Map<Field, number>();
  header.forEach((cell, col) => {
    const name = cell.trim().toLowerCase();
    if ((HISTORY_CSV_HEADER as readonly string[]).includes(name)) position.set(name as Field, col);
  });
  const absent = HISTORY_CSV_HEADER.filter((field) => !position.has(field));
  if (absent.length > 0) {
    const list = absent.join(", ");
    return {
      records,
      problems: [
        problem(1, `Dòng tiêu đề thiếu cột: ${list}.`, `The header row lacks the columns: ${list}.`),
      ],
    };
  }

  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const cell = (field: Field) => (row[position.get(field)!] ?? "").trim();
    const read = readRecord(cell, line);
    if ("record" in read) records.push(read.record);
    else problems.push(read.problem);
  });
  return { records, problems };
}

function readRecord(
  cell: (field: Field) => string,
  line: number,
): { record: HistoryRecord } | { problem: HistoryCsvProblem } {
  const at = (vi: string, en: string) => ({
    problem: problem(line, `Dòng ${line}: ${vi}`, `Line ${line}: ${en}`),
  });

  const period = parsePeriod(cell("period"));
  if (!period.ok)
    return at(
      `kỳ báo cáo "${cell("period")}" không đọc được.`,
      `the period "${cell("period")}" cannot be read.`,
    );
  const indicator = cell("indicator");
  if (indicator === "") return at("thiếu mã chỉ tiêu.", "the indicator code is missing.");
  const column = cell("column");
  if (!isValueColumn(column))
    return at(`cột "${column}" không phải cột số liệu.`, `"${column}" is not a figure column.`);
  const valueText = cell("value");
  if (!PLAIN_NUMBER.test(valueText)) {
    return at(
      `số liệu "${valueText}" không phải số viết theo dạng máy (ví dụ 2345678.5).`,
      `the figure "${valueText}" is not a number in machine form (e.g. 2345678.5).`,
    );
  }
  const value = Number(valueText);
  if (!Number.isFinite(value))
    return at(`số liệu "${valueText}" quá lớn.`, `the figure "${valueText}" is too large.`);
  const source = cell("source");
  if (!isHistorySource(source))
    return at(`nguồn "${source}" không hợp lệ.`, `the source "${source}" is not valid.`);
  const time = cell("time");
  if (Number.isNaN(Date.parse(time)))
    return at(`thời điểm "${time}" không đọc được.`, `the time "${time}" cannot be read.`);

  const unit = cell("unit") === "" ? CONSOLIDATED_UNIT : cell("unit");
  return { record: { period: periodCode(period.period), unit, indicator, column, value, source, time } };
}

function problem(line: number, vi: string, en: string): HistoryCsvProblem {
  return { line, vi, en };
}
