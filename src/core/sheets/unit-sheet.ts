/**
 * The sheet a reporting unit fills for one period, as a plan (docs/sheets.md shows it):
 * a title block, Vietnamese column headers, a row of machine keys (hidden), then the unit's
 * indicators by group. Everything is locked except what the unit types; the figure cells
 * carry Excel data validation and required blanks are highlighted, but the parser and
 * validation check every cell again (Excel does not check pasted values).
 */
import type { ColumnKey } from "../template/columns";
import type { Indicator, Template } from "../template/schema";
import { reportsIndicator, type Unit } from "../units/unit";
import { cellAddress, columnLetters, formatRange, rowSpan } from "./a1";
import type {
  ConditionalFormat,
  DataValidation,
  MetadataPlan,
  NumberFormatRange,
  PlanCell,
  SheetPlan,
  StyleRange,
  WorkbookPlan,
} from "./plan-types";
import { METADATA_KEYS } from "./plan-types";
import { safeSheetName } from "./sheet-name";
import { IDENTITY_MARKER, ROW_NUMBER_KEY, TITLE_LABELS } from "./unit-sheet-layout";
import { romanNumeral } from "../numbers/roman";
import { wrappedRowHeight } from "./wrapped-height";

export interface UnitSheetArgs {
  template: Template;
  unit: Unit;
  period: { code: string; label: string };
  /** Shown as given ("05/11/2024"). */
  deadline?: string;
  /** The office's plans by indicator code (locked for the unit). */
  plans?: Record<string, { plan?: number; plan2?: number }>;
  /** Same period last year by indicator code, from history: pre-filled and locked. */
  lastYear?: Record<string, number>;
  lang?: "vi";
  /** Sheet names the workbook already has, so the new name is unique. */
  takenSheetNames?: Iterable<string>;
  /** Sheet protection password; none by default. */
  password?: string;
}

/** Where things are on the sheet, for hosts and tests that fill or read cells. */
export interface UnitSheetLayout {
  headerRow: number;
  keyRow: number;
  identityRow: number;
  /** Column letters by key ("no" is the STT column). */
  columns: Partial<Record<ColumnKey | typeof ROW_NUMBER_KEY, string>>;
  /** Sheet row of each indicator by code. */
  indicatorRows: Record<string, number>;
  /** The title-block cells the unit fills. */
  inputs: { reporter: string; phone: string; sentDate: string };
  lastRow: number;
  lastColumn: string;
}

export interface UnitSheet {
  sheet: SheetPlan;
  metadata: MetadataPlan;
  layout: UnitSheetLayout;
}

const COLOURS = {
  title: "#1F4E79",
  header: "#D9E1F2",
  group: "#DDEBF7",
  input: "#FFF2CC",
  locked: "#F2F2F2",
  derived: "#D9D9D9",
  requiredBlank: "#F8CBAD",
  tabWard: "#2F75B5",
  tabOffice: "#548235",
} as const;

/** Widths in characters, wide enough for Vietnamese headers wrapped on two or three lines. */
const WIDTHS: Record<ColumnKey | typeof ROW_NUMBER_KEY, number> = {
  no: 6,
  code: 10,
  name: 46,
  uom: 12,
  plan: 15,
  plan2: 15,
  actual: 15,
  cumulative: 15,
  last_year: 15,
  estimate: 15,
  note: 30,
};

const NUMBER_FORMATS = { money: "#,##0.0##", number: "#,##0.0##", count: "#,##0", percent: "0.0" } as const;

/** Title block rows; the identity row is hidden, the header and key rows follow it. */
const TITLE_ROW = 1;
const FIELD_ROWS = { unit: 2, period: 3, deadline: 4, reporter: 5, phone: 6, sentDate: 7 } as const;
const LEGEND_ROW = 8;
const IDENTITY_ROW = 9;
const HEADER_ROW = 10;
const KEY_ROW = 11;
/** Labels sit in A:B (merged), values in C. */
const VALUE_COLUMN = 3;

/** The indicators a unit's sheet lists: those it reports, and rates computed from them. */
export function indicatorsForUnit(template: Template, unit: Unit): Indicator[] {
  const reported = new Set(template.indicators.filter((i) => reportsIndicator(unit, i)).map((i) => i.code));
  return template.indicators.filter(
    (i) =>
      reported.has(i.code) ||
      (i.derived !== undefined && reported.has(i.derived.numerator) && reported.has(i.derived.denominator)),
  );
}

export function unitSheetPlan(args: UnitSheetArgs): UnitSheet {
  const { template, unit, period } = args;
  const name = safeSheetName(unit.name, args.takenSheetNames ?? []);

  const keys: (ColumnKey | typeof ROW_NUMBER_KEY)[] = [ROW_NUMBER_KEY, ...template.columns.map((c) => c.key)];
  const col = new Map(keys.map((key, i) => [key, i + 1]));
  const lastColumn = keys.length;
  const at = (row: number, column: number) => cellAddress(row, column);

  const blocks: SheetPlan["blocks"] = [];
  const styles: StyleRange[] = [];
  const numberFormats: NumberFormatRange[] = [];
  const validations: DataValidation[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const unlocked: string[] = [];
  const merges: string[] = [];

  // Title block.
  blocks.push({ at: at(TITLE_ROW, 1), rows: [[template.title.vi]] });
  merges.push(rowSpan(TITLE_ROW, 1, lastColumn));
  styles.push({
    range: rowSpan(TITLE_ROW, 1, lastColumn),
    style: { bold: true, fontSize: 14, fontColour: COLOURS.title, horizontal: "center", vertical: "middle" },
  });
  const fieldValues: Record<keyof typeof FIELD_ROWS, PlanCell> = {
    unit: unit.name,
    period: period.label,
    deadline: args.deadline ?? null,
    reporter: null,
    phone: null,
    sentDate: null,
  };
  for (const [field, row] of Object.entries(FIELD_ROWS) as [keyof typeof FIELD_ROWS, number][]) {
    blocks.push({ at: at(row, 1), rows: [[TITLE_LABELS[field], null, fieldValues[field]]] });
    merges.push(rowSpan(row, 1, VALUE_COLUMN - 1));
    styles.push({ range: rowSpan(row, 1, VALUE_COLUMN - 1), style: { bold: true } });
  }
  const inputs = {
    reporter: at(FIELD_ROWS.reporter, VALUE_COLUMN),
    phone: at(FIELD_ROWS.phone, VALUE_COLUMN),
    sentDate: at(FIELD_ROWS.sentDate, VALUE_COLUMN),
  };
  for (const address of Object.values(inputs)) {
    unlocked.push(address);
    styles.push({ range: address, style: { fill: COLOURS.input, border: "thin" } });
  }
  styles.push({ range: at(FIELD_ROWS.unit, VALUE_COLUMN), style: { bold: true } });
  // A phone number typed as digits keeps its leading zero only as text.
  numberFormats.push({ range: inputs.phone, format: "@" });
  numberFormats.push({ range: inputs.reporter, format: "@" });
  numberFormats.push({ range: inputs.sentDate, format: "dd/mm/yyyy" });
  styles.push({ range: inputs.sentDate, style: { horizontal: "left" } });

  blocks.push({
    at: at(LEGEND_ROW, 1),
    rows: [
      [
        "Ô nền vàng: đơn vị nhập số liệu (để trống nếu chưa có số liệu, nhập 0 nếu bằng 0). " +
          "Ô tô đỏ: bắt buộc nhập. Ô nền xám: không sửa.",
      ],
    ],
  });
  merges.push(rowSpan(LEGEND_ROW, 1, lastColumn));
  styles.push({ range: rowSpan(LEGEND_ROW, 1, lastColumn), style: { italic: true, wrap: true } });

  // Identity row (hidden): the fallback when a copy of the sheet has lost its metadata.
  blocks.push({
    at: at(IDENTITY_ROW, 1),
    rows: [
      [
        IDENTITY_MARKER,
        METADATA_KEYS.templateId,
        template.id,
        METADATA_KEYS.templateVersion,
        template.version,
        METADATA_KEYS.unitId,
        unit.id,
        METADATA_KEYS.period,
        period.code,
      ],
    ],
  });

  // Header row and key row.
  const headers = ["STT", ...template.columns.map((c) => c.header.vi)];
  blocks.push({ at: at(HEADER_ROW, 1), rows: [headers, [...keys]] });
  styles.push({
    range: rowSpan(HEADER_ROW, 1, lastColumn),
    style: { bold: true, wrap: true, horizontal: "center", vertical: "middle", fill: COLOURS.header },
  });
  styles.push({ range: rowSpan(KEY_ROW, 1, lastColumn), style: { fontColour: "#808080", italic: true } });

  // Indicators by group.
  const listed = indicatorsForUnit(template, unit);
  const rows: PlanCell[][] = [];
  const heights: { row: number; height: number }[] = [];
  const indicatorRows: Record<string, number> = {};
  let row = KEY_ROW + 1;
  const firstRow = row;
  let groupNumber = 0;
  const requiredRuns = new Map<ColumnKey, { from: number; to: number }[]>();
  const noteRequired = (key: ColumnKey, r: number) => {
    const runs = requiredRuns.get(key) ?? [];
    const last = runs.at(-1);
    if (last && last.to === r - 1) last.to = r;
    else runs.push({ from: r, to: r });
    requiredRuns.set(key, runs);
  };

  for (const group of template.groups) {
    const inGroup = listed.filter((i) => i.group === group.id);
    if (inGroup.length === 0) continue;
    groupNumber++;
    const heading: PlanCell[] = keys.map((key) =>
      key === ROW_NUMBER_KEY ? romanNumeral(groupNumber) : key === "name" ? group.name.vi : null,
    );
    rows.push(heading);
    styles.push({ range: rowSpan(row, 1, lastColumn), style: { bold: true, fill: COLOURS.group } });
    row++;

    inGroup.forEach((indicator, index) => {
      indicatorRows[indicator.code] = row;
      const plans = args.plans?.[indicator.code];
      const history = args.lastYear?.[indicator.code];
      const derived = indicator.kind === "derived";
      const cells: PlanCell[] = keys.map((key) => {
        switch (key) {
          case ROW_NUMBER_KEY:
            return index + 1;
          case "code":
            return indicator.code;
          case "name":
            return indicator.name.vi;
          case "uom":
            return indicator.uom.vi;
          case "plan":
            return plans?.plan ?? null;
          case "plan2":
            return plans?.plan2 ?? null;
          case "last_year":
            return derived ? null : (history ?? null);
          default:
            return null;
        }
      });
      rows.push(cells);
      // A long indicator name wraps: its row gets the height of its lines (wrapped-height.ts).
      const height = wrappedRowHeight([{ text: indicator.name.vi, width: WIDTHS.name }]);
      if (height !== undefined) heights.push({ row, height });

      const inputColumns: number[] = [];
      for (const column of template.columns) {
        const index = col.get(column.key)!;
        const address = at(row, index);
        const isFigure = column.key !== "note" && column.filledBy !== "template";
        if (isFigure) numberFormats.push({ range: address, format: NUMBER_FORMATS[indicator.valueType] });
        if (derived) {
          if (column.filledBy !== "template")
            styles.push({ range: address, style: { fill: COLOURS.derived } });
          continue;
        }
        const unitFills =
          column.filledBy === "unit" || (column.filledBy === "history" && history === undefined);
        if (unitFills) inputColumns.push(index);
        else if (column.filledBy !== "template")
          styles.push({ range: address, style: { fill: COLOURS.locked } });
      }
      for (const run of runsOf(inputColumns)) {
        const range = formatRange({ start: { row, column: run.from }, end: { row, column: run.to } });
        unlocked.push(range);
        styles.push({ range, style: { fill: COLOURS.input } });
      }
      const noteColumn = col.get("note");
      const figureColumns = inputColumns.filter((c) => c !== noteColumn);
      for (const run of runsOf(figureColumns)) {
        const range = formatRange({ start: { row, column: run.from }, end: { row, column: run.to } });
        validations.push(figureValidation(range, indicator));
      }
      if (noteColumn !== undefined) numberFormats.push({ range: at(row, noteColumn), format: "@" });
      if (!derived) for (const key of indicator.required) if (col.has(key)) noteRequired(key, row);
      row++;
    });
  }
  blocks.push({ at: at(firstRow, 1), rows });
  const lastRow = row - 1;

  for (const [key, runs] of requiredRuns) {
    const index = col.get(key)!;
    for (const run of runs) {
      conditionalFormats.push({
        range: formatRange({ start: { row: run.from, column: index }, end: { row: run.to, column: index } }),
        rule: { type: "formula", formula: `LEN(TRIM(${at(run.from, index)}))=0` },
        style: { fill: COLOURS.requiredBlank },
      });
    }
  }

  const table = formatRange({
    start: { row: HEADER_ROW, column: 1 },
    end: { row: lastRow, column: lastColumn },
  });
  styles.unshift({ range: table, style: { border: "thin", vertical: "middle" } });
  const nameIndex = col.get("name");
  const noteIndex = col.get("note");
  for (const index of [nameIndex, noteIndex]) {
    if (index !== undefined && lastRow > KEY_ROW)
      styles.push({
        range: formatRange({
          start: { row: KEY_ROW + 1, column: index },
          end: { row: lastRow, column: index },
        }),
        style: { wrap: true },
      });
  }
  styles.push({
    range: formatRange({ start: { row: KEY_ROW + 1, column: 1 }, end: { row: lastRow, column: 2 } }),
    style: { horizontal: "center" },
  });

  const sheet: SheetPlan = {
    name,
    blocks,
    numberFormats,
    styles,
    columns: keys.map((key, i) => ({ column: columnLetters(i + 1), width: WIDTHS[key] })),
    rows: [
      { row: TITLE_ROW, height: 24 },
      { row: LEGEND_ROW, height: 30 },
      { row: IDENTITY_ROW, hidden: true },
      { row: HEADER_ROW, height: 48 },
      { row: KEY_ROW, hidden: true },
      ...heights,
    ],
    merges,
    validations,
    conditionalFormats,
    unlocked,
    protection: {
      ...(args.password ? { password: args.password } : {}),
      allow: { formatColumns: true, formatRows: true, selectLockedCells: true },
    },
    freeze: { rows: KEY_ROW, columns: nameIndex ?? 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { from: HEADER_ROW, to: KEY_ROW },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 },
      centerHorizontally: true,
    },
    tabColour: unit.kind === "ward" ? COLOURS.tabWard : COLOURS.tabOffice,
    visibility: "visible",
  };

  const metadata: MetadataPlan = {
    scope: { sheet: name },
    entries: {
      [METADATA_KEYS.templateId]: template.id,
      [METADATA_KEYS.templateVersion]: template.version,
      [METADATA_KEYS.unitId]: unit.id,
      [METADATA_KEYS.unitName]: unit.name,
      [METADATA_KEYS.period]: period.code,
    },
  };

  const columns: UnitSheetLayout["columns"] = {};
  for (const key of keys) columns[key] = columnLetters(col.get(key)!);
  return {
    sheet,
    metadata,
    layout: {
      headerRow: HEADER_ROW,
      keyRow: KEY_ROW,
      identityRow: IDENTITY_ROW,
      columns,
      indicatorRows,
      inputs,
      lastRow,
      lastColumn: columnLetters(lastColumn),
    },
  };
}

/** The workbook a unit receives as a file: its one sheet, with the identity also workbook-wide. */
export function unitWorkbookPlan(args: UnitSheetArgs): { plan: WorkbookPlan; layout: UnitSheetLayout } {
  return unitWorkbookOf(unitSheetPlan(args), args);
}

/** unitWorkbookPlan for a unit sheet already made (with last year's note, say). */
export function unitWorkbookOf(
  { sheet, metadata, layout }: UnitSheet,
  args: Pick<UnitSheetArgs, "template" | "unit" | "period">,
): { plan: WorkbookPlan; layout: UnitSheetLayout } {
  const workbook: MetadataPlan = { scope: "workbook", entries: { ...metadata.entries } };
  return {
    plan: {
      sheets: [sheet],
      metadata: [workbook, metadata],
      properties: {
        title: `${args.template.title.vi} - ${args.unit.name} - ${args.period.label}`,
        creator: "tonghop",
      },
    },
    layout,
  };
}

function figureValidation(range: string, indicator: Indicator): DataValidation {
  const whole = indicator.valueType === "count";
  const uom = indicator.uom.vi;
  const bounds =
    indicator.max === undefined
      ? `lớn hơn hoặc bằng ${indicator.min}`
      : `từ ${indicator.min} đến ${indicator.max}`;
  const kind = whole ? "số nguyên" : "số";
  return {
    range,
    rule: {
      type: whole ? "whole" : "decimal",
      min: indicator.min,
      ...(indicator.max === undefined ? {} : { max: indicator.max }),
    },
    input: {
      title: "Nhập số liệu",
      message: `Nhập ${kind} ${bounds}, đơn vị tính: ${uom}. Để trống nếu chưa có số liệu, nhập 0 nếu bằng 0.`,
    },
    error: {
      title: "Số liệu không hợp lệ",
      message: `Ô này chỉ nhận ${kind} ${bounds} (đơn vị tính: ${uom}), không nhận chữ hay số âm.`,
      style: "stop",
    },
    allowBlank: true,
  };
}

/** Sorted column indexes -> runs of consecutive ones. */
function runsOf(indexes: number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.to === index - 1) last.to = index;
    else runs.push({ from: index, to: index });
  }
  return runs;
}
