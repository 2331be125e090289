/**
 * The summary sheet ("Tổng hợp"): a title with the level and the period, then every
 * indicator by group with its consolidated figures, percentages, coverage and a note.
 *
 * Figures are the core's numbers. Percentages, and the figures of derived rows, are
 * formulas over this sheet's own cells (summary-formulas.ts) that compute what the core
 * computed, so a reader can follow them in the workbook. Where the core's null comes from something
 * the sheet cannot see (two totals over different sets of units, "unit-sets-differ"), the
 * cell is left blank with no formula and the note says why: the core's null wins.
 *
 * Like the unit sheet, a hidden key row carries the machine keys (code, plan, actual...),
 * so the summary can later be read back as one unit's report one level up.
 */
import type { SummaryRow } from "../consolidate/summary-types";
import type { ColumnKey, ValueColumn } from "../template/columns";
import { isValueColumn } from "../template/columns";
import type { Indicator, ValueType } from "../template/schema";
import { cellAddress, columnLetters, formatRange, rowSpan } from "../sheets/a1";
import type { PlanCell, SheetPlan, StyleRange, NumberFormatRange } from "../sheets/plan-types";
import { METADATA_KEYS } from "../sheets/plan-types";
import { IDENTITY_MARKER, ROW_NUMBER_KEY } from "../sheets/unit-sheet-layout";
import { wrappedRowHeight } from "../sheets/wrapped-height";
import type { SummaryOutputInput } from "./summary-input";
import { ratioFormula } from "./summary-formulas";
import { SUMMARY_WORDS, type SummaryWords } from "./summary-words";
import { periodLabels } from "./period-text";
import { nameList, unitNamer, type UnitNamer } from "./unit-names";
import { romanNumeral } from "../numbers/roman";

/** Keys of the columns the summary adds after the figures; the parser ignores them. */
export const SUMMARY_EXTRA_KEYS = {
  pctPlan: "pct_plan",
  pctPlan2: "pct_plan2",
  pctSamePeriod: "pct_same_period",
  coverage: "coverage",
} as const;
type ExtraKey = (typeof SUMMARY_EXTRA_KEYS)[keyof typeof SUMMARY_EXTRA_KEYS];
export type SummaryColumnKey = ColumnKey | typeof ROW_NUMBER_KEY | ExtraKey;

/** Where things are on the summary sheet, for hosts and tests. */
export interface SummarySheetLayout {
  headerRow: number;
  keyRow: number;
  identityRow: number;
  /** Column letters by key. */
  columns: Partial<Record<SummaryColumnKey, string>>;
  /** Sheet row of each indicator by code. */
  indicatorRows: Record<string, number>;
  lastRow: number;
  lastColumn: string;
}

const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const RECEIVED_ROW = 3;
const GENERATED_ROW = 4;
const LEGEND_ROW = 5;
const IDENTITY_ROW = 6;
const HEADER_ROW = 7;
const KEY_ROW = 8;
/** Labels sit in A:B (merged), values in C. */
const VALUE_COLUMN = 3;

const COLOURS = {
  title: "#1F4E79",
  header: "#D9E1F2",
  group: "#DDEBF7",
  partial: "#FFF2CC",
  derived: "#F2F2F2",
} as const;

const NUMBER_FORMATS: Record<ValueType, string> = {
  money: "#,##0.0##",
  number: "#,##0.0##",
  count: "#,##0",
  percent: "0.0#",
};
const PERCENT_FORMAT = "0.0#";

const WIDTHS: Partial<Record<SummaryColumnKey, number>> = {
  no: 6,
  code: 9,
  name: 44,
  uom: 11,
  note: 44,
  coverage: 11,
};
const FIGURE_WIDTH = 15;

/** The columns, in order: STT, the template's columns but the note, percentages, coverage, note. */
function summaryColumns(input: SummaryOutputInput): SummaryColumnKey[] {
  const own = input.template.columns.map((c) => c.key);
  const has = (key: ColumnKey) => own.includes(key);
  const keys: SummaryColumnKey[] = [ROW_NUMBER_KEY, ...own.filter((k) => k !== "note")];
  if (has("cumulative")) {
    if (has("plan")) keys.push(SUMMARY_EXTRA_KEYS.pctPlan);
    if (has("plan2")) keys.push(SUMMARY_EXTRA_KEYS.pctPlan2);
    if (has("last_year")) keys.push(SUMMARY_EXTRA_KEYS.pctSamePeriod);
  }
  keys.push(SUMMARY_EXTRA_KEYS.coverage, "note");
  return keys;
}

export function summarySheetPlan(
  input: SummaryOutputInput,
  sheetName: string,
): { sheet: SheetPlan; layout: SummarySheetLayout } {
  const lang = input.lang ?? "vi";
  const words = SUMMARY_WORDS[lang];
  const { template, summary } = input;
  const name = unitNamer(input.units);
  const keys = summaryColumns(input);
  const col = new Map(keys.map((key, i) => [key, i + 1] as const));
  const letter = (key: SummaryColumnKey) => columnLetters(col.get(key)!);
  const lastColumn = keys.length;

  const blocks: SheetPlan["blocks"] = [];
  const styles: StyleRange[] = [];
  const numberFormats: NumberFormatRange[] = [];
  const merges: string[] = [];

  // Title block.
  const period = periodLabels(input.period)[lang];
  blocks.push({ at: cellAddress(TITLE_ROW, 1), rows: [[words.title(template.title[lang])]] });
  blocks.push({
    at: cellAddress(SUBTITLE_ROW, 1),
    rows: [[input.level ? `${input.level.name} - ${period}` : period]],
  });
  for (const row of [TITLE_ROW, SUBTITLE_ROW]) merges.push(rowSpan(row, 1, lastColumn));
  styles.push({
    range: rowSpan(TITLE_ROW, 1, lastColumn),
    style: { bold: true, fontSize: 14, fontColour: COLOURS.title, horizontal: "center", vertical: "middle" },
  });
  styles.push({ range: rowSpan(SUBTITLE_ROW, 1, lastColumn), style: { bold: true, horizontal: "center" } });
  const counted = summary.units.submitted.length;
  const fields: [number, string, PlanCell][] = [
    [RECEIVED_ROW, words.receivedLabel, words.received(counted, summary.units.expected)],
    [GENERATED_ROW, words.generatedLabel, input.generatedAt ?? null],
  ];
  for (const [row, label, value] of fields) {
    blocks.push({ at: cellAddress(row, 1), rows: [[label, null, value]] });
    merges.push(rowSpan(row, 1, VALUE_COLUMN - 1));
    styles.push({ range: rowSpan(row, 1, VALUE_COLUMN - 1), style: { bold: true } });
  }
  blocks.push({
    at: cellAddress(LEGEND_ROW, 1),
    rows: [[[words.legend, ...samePeriodWords(input, words)].join(" ")]],
  });
  merges.push(rowSpan(LEGEND_ROW, 1, lastColumn));
  styles.push({ range: rowSpan(LEGEND_ROW, 1, lastColumn), style: { italic: true, wrap: true } });

  // Identity row (hidden), as on the unit sheet; the unit id only when the level has one.
  const identity: PlanCell[] = [
    IDENTITY_MARKER,
    METADATA_KEYS.templateId,
    template.id,
    METADATA_KEYS.templateVersion,
    template.version,
    METADATA_KEYS.period,
    input.period,
  ];
  if (input.level?.unitId !== undefined) identity.push(METADATA_KEYS.unitId, input.level.unitId);
  blocks.push({ at: cellAddress(IDENTITY_ROW, 1), rows: [identity] });

  // Headers and keys.
  const headerOf = headerWords(input, words);
  blocks.push({ at: cellAddress(HEADER_ROW, 1), rows: [keys.map(headerOf), [...keys]] });
  styles.push({
    range: rowSpan(HEADER_ROW, 1, lastColumn),
    style: { bold: true, wrap: true, horizontal: "center", vertical: "middle", fill: COLOURS.header },
  });
  styles.push({ range: rowSpan(KEY_ROW, 1, lastColumn), style: { fontColour: "#808080", italic: true } });

  // Rows: first where each indicator goes (derived formulas refer to other rows), then the cells.
  const rowsByCode = new Map(summary.rows.map((r) => [r.code, r] as const));
  const indicatorRows: Record<string, number> = {};
  const plan: (
    { group: string; number: number } | { indicator: Indicator; row: SummaryRow; index: number }
  )[] = [];
  let sheetRow = KEY_ROW + 1;
  let groupNumber = 0;
  for (const group of template.groups) {
    const inGroup = template.indicators.filter((i) => i.group === group.id && rowsByCode.has(i.code));
    if (inGroup.length === 0) continue;
    plan.push({ group: group.name[lang], number: ++groupNumber });
    sheetRow++;
    inGroup.forEach((indicator, index) => {
      indicatorRows[indicator.code] = sheetRow++;
      plan.push({ indicator, row: rowsByCode.get(indicator.code)!, index });
    });
  }
  const firstRow = KEY_ROW + 1;
  const lastRow = sheetRow - 1;

  const notes = unitNotes(input, name, words);
  const cells: PlanCell[][] = [];
  const heights: { row: number; height: number }[] = [];
  let at = firstRow;
  for (const entry of plan) {
    if ("group" in entry) {
      cells.push(
        keys.map((key) =>
          key === ROW_NUMBER_KEY ? romanNumeral(entry.number) : key === "name" ? entry.group : null,
        ),
      );
      styles.push({ range: rowSpan(at, 1, lastColumn), style: { bold: true, fill: COLOURS.group } });
      at++;
      continue;
    }
    const { indicator, row, index } = entry;
    const address = (key: SummaryColumnKey, r = at) => `${letter(key)}${r}`;
    const cellFor = (key: SummaryColumnKey): PlanCell => {
      switch (key) {
        case ROW_NUMBER_KEY:
          return index + 1;
        case "code":
          return indicator.code;
        case "name":
          return indicator.name[lang];
        case "uom":
          return indicator.uom[lang];
        case "note":
          return rowNote(row, input, name, words, headerOf, notes.get(indicator.code)) || null;
        case SUMMARY_EXTRA_KEYS.coverage:
          return row.coverage.expected === 0 ? "-" : `${row.coverage.reported}/${row.coverage.expected}`;
        case SUMMARY_EXTRA_KEYS.pctPlan:
          return percentCell(row.completion.plan, address("cumulative"), address("plan"));
        case SUMMARY_EXTRA_KEYS.pctPlan2:
          return percentCell(row.completion.plan2, address("cumulative"), address("plan2"));
        case SUMMARY_EXTRA_KEYS.pctSamePeriod:
          return percentCell(row.samePeriod.ratio, address("cumulative"), address("last_year"));
        default:
          return isValueColumn(key) ? figureCell(row, key, indicatorRows, address) : null;
      }
    };
    const rowCells = keys.map(cellFor);
    cells.push(rowCells);
    // The name and the note wrap; a row whose text takes more than a line gets the height it needs.
    const height = wrappedRowHeight(
      (["name", "note"] as const).map((key) => {
        const value = rowCells[keys.indexOf(key)];
        return { text: typeof value === "string" ? value : null, width: WIDTHS[key]! };
      }),
    );
    if (height !== undefined) heights.push({ row: at, height });

    for (const key of keys) {
      if (isValueColumn(key))
        numberFormats.push({ range: address(key), format: NUMBER_FORMATS[indicator.valueType] });
      if (key.startsWith("pct_")) numberFormats.push({ range: address(key), format: PERCENT_FORMAT });
    }
    if (row.derived) {
      const figures = keys.filter(isValueColumn);
      if (figures.length > 0)
        styles.push({
          range: `${address(figures[0]!)}:${address(figures.at(-1)!)}`,
          style: { fill: COLOURS.derived },
        });
    }
    // Partial rows are marked by text ("Thiếu số liệu" in the note) and by style, never by colour alone.
    if (row.coverage.partial)
      styles.push({ range: rowSpan(at, 1, lastColumn), style: { italic: true, fill: COLOURS.partial } });
    at++;
  }
  if (cells.length > 0) blocks.push({ at: cellAddress(firstRow, 1), rows: cells });

  styles.unshift({
    range: formatRange({
      start: { row: HEADER_ROW, column: 1 },
      end: { row: Math.max(lastRow, KEY_ROW), column: lastColumn },
    }),
    style: { border: "thin", vertical: "middle" },
  });
  if (lastRow >= firstRow) {
    for (const key of ["name", "note"] as const)
      styles.push({ range: `${letter(key)}${firstRow}:${letter(key)}${lastRow}`, style: { wrap: true } });
    for (const key of [ROW_NUMBER_KEY, "code", SUMMARY_EXTRA_KEYS.coverage] as const)
      styles.push({
        range: `${letter(key)}${firstRow}:${letter(key)}${lastRow}`,
        style: { horizontal: "center" },
      });
  }

  const columns: SummarySheetLayout["columns"] = {};
  for (const key of keys) columns[key] = letter(key);
  const sheet: SheetPlan = {
    name: sheetName,
    blocks,
    numberFormats,
    styles,
    columns: keys.map((key, i) => ({ column: columnLetters(i + 1), width: WIDTHS[key] ?? FIGURE_WIDTH })),
    rows: [
      { row: TITLE_ROW, height: 24 },
      { row: LEGEND_ROW, height: input.samePeriod ? 48 : 30 },
      { row: IDENTITY_ROW, hidden: true },
      { row: HEADER_ROW, height: 48 },
      { row: KEY_ROW, hidden: true },
      ...heights,
    ],
    merges,
    freeze: { rows: KEY_ROW, columns: col.get("name") ?? 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { from: HEADER_ROW, to: KEY_ROW },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 },
      centerHorizontally: true,
    },
    tabColour: COLOURS.title,
    visibility: "visible",
  };
  return {
    sheet,
    layout: {
      headerRow: HEADER_ROW,
      keyRow: KEY_ROW,
      identityRow: IDENTITY_ROW,
      columns,
      indicatorRows,
      lastRow,
      lastColumn: columnLetters(lastColumn),
    },
  };
}

/**
 * A figure: the core's number for a summed row; for a derived row, the ratio formula over
 * the numerator's and denominator's rows (a level plan is the level's own number). Blank
 * where the core found the two operands over different units.
 */
function figureCell(
  row: SummaryRow,
  column: ValueColumn,
  indicatorRows: Record<string, number>,
  address: (key: SummaryColumnKey, r?: number) => string,
): PlanCell {
  const value = row.values[column];
  if (!row.derived) return value;
  if ((column === "plan" || column === "plan2") && row.planSource[column] === "level") return value;
  if (row.columns[column].reason === "unit-sets-differ") return null;
  const top = indicatorRows[row.derived.numerator];
  const bottom = indicatorRows[row.derived.denominator];
  // Both operands are rows of the template, so both are on the sheet.
  if (top === undefined || bottom === undefined) return value;
  return ratioFormula(address(column, top), address(column, bottom), row.derived.scale, value);
}

function percentCell(p: SummaryRow["completion"]["plan"], part: string, base: string): PlanCell {
  // The sheet cannot see which units are behind a total: there the core's blank wins.
  if (p.reason === "unit-sets-differ") return null;
  return ratioFormula(part, base, 100, p.value);
}

function headerWords(input: SummaryOutputInput, words: SummaryWords) {
  const lang = input.lang ?? "vi";
  const header = new Map(input.template.columns.map((c) => [c.key as string, c.header[lang]] as const));
  return (key: SummaryColumnKey): string => {
    switch (key) {
      case ROW_NUMBER_KEY:
        return words.rowNumber;
      case SUMMARY_EXTRA_KEYS.pctPlan:
        return words.percentOf(header.get("plan") ?? "plan");
      case SUMMARY_EXTRA_KEYS.pctPlan2:
        return words.percentOf(header.get("plan2") ?? "plan2");
      case SUMMARY_EXTRA_KEYS.pctSamePeriod:
        return words.percentOf(header.get("last_year") ?? "last_year");
      case SUMMARY_EXTRA_KEYS.coverage:
        return words.coverage;
      default:
        return header.get(key) ?? (key === "note" ? words.note : key);
    }
  };
}

/** The units' own notes by indicator code, "Phường A: <note>", in the units' order. */
function unitNotes(input: SummaryOutputInput, name: UnitNamer, words: SummaryWords): Map<string, string[]> {
  const order = new Map(input.summary.unitIds.map((id, i) => [id, i] as const));
  const counted = new Set(input.summary.units.submitted);
  const reports = (input.reports ?? [])
    .filter((r) => counted.has(r.unitId))
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  const notes = new Map<string, string[]>();
  for (const report of reports) {
    for (const [code, note] of Object.entries(report.notes)) {
      if (note.trim() === "") continue;
      notes.set(code, [...(notes.get(code) ?? []), words.unitNote(name(report.unitId), note.trim())]);
    }
  }
  return notes;
}

/** What a reader needs to know about the row: who is missing, why a percentage is blank, units' notes. */
function rowNote(
  row: SummaryRow,
  input: SummaryOutputInput,
  name: UnitNamer,
  words: SummaryWords,
  headerOf: (key: SummaryColumnKey) => string,
  unitNoteTexts: string[] | undefined,
): string {
  const parts: string[] = [];
  const { coverage } = row;
  if (coverage.expected === 0) parts.push(words.noReporters);
  else if (coverage.reported === 0) parts.push(words.noneReported(coverage.expected));
  else if (coverage.partial)
    parts.push(words.partial(coverage.reported, coverage.expected, nameList(coverage.missing, name)));
  if (row.derived) {
    for (const column of Object.keys(row.columns) as ValueColumn[])
      if (row.columns[column].reason === "unit-sets-differ")
        parts.push(words.derivedUnlike(headerOf(column)));
  }
  const hasColumn = (key: ColumnKey) => input.template.columns.some((c) => c.key === key);
  if (row.samePeriod.ratio.reason === "unit-sets-differ" && hasColumn("last_year"))
    parts.push(words.notComparable(nameList(row.columns.last_year.missing, name)));
  for (const column of ["plan", "plan2"] as const)
    if (row.completion[column].reason === "zero-base" && hasColumn(column))
      parts.push(words.zeroBase(headerOf(column)));
  if (row.samePeriod.ratio.reason === "zero-base" && hasColumn("last_year"))
    parts.push(words.zeroBase(headerOf("last_year")));
  const marks = input.samePeriod?.notComparable.filter((m) => m.code === row.code || m.code === null) ?? [];
  if (marks.length > 0 && input.samePeriod?.basis) {
    const lang = input.lang ?? "vi";
    const list = marks.map((m) => `${name(m.unitId)} (${lowerFirst(m.why[lang])})`).join(", ");
    parts.push(words.samePeriod.notComparable(input.samePeriod.basis[lang], list));
  }
  parts.push(...(unitNoteTexts ?? []));
  return parts.join("; ");
}

/** Where the same-period figures came from, for the legend: history or sheets, and the basis. */
function samePeriodWords(input: SummaryOutputInput, words: SummaryWords): string[] {
  const use = input.samePeriod;
  if (!use) return [];
  const out: string[] = [];
  if (use.historyPeriod !== null) {
    const fromHistory = new Set<string>();
    const fromSheets = new Set<string>();
    for (const byUnit of Object.values(use.sources))
      for (const [unitId, source] of Object.entries(byUnit))
        (source === "sheet" ? fromSheets : fromHistory).add(unitId);
    const period = periodLabels(use.historyPeriod)[input.lang ?? "vi"];
    out.push(words.samePeriod.sources(period, fromHistory.size, fromSheets.size));
  }
  if (use.basis) out.push(words.samePeriod.basis(use.basis[input.lang ?? "vi"]));
  return out;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, "");
}
