/**
 * Builders of raw unit reports with defaults: a report that passes every rule of the
 * built-in template, laid out like the unit sheet (STT in A, code in B, ..., cumulative in
 * H), which a test changes only where it matters:
 *   rawReport({ cells: { HC03: { cumulative: "1.250" } } })
 */
import type { RawCell, RawRow, RawUnitReport, RawValue, UnitReport } from "../../src/core/report/unit-report";
import type { ColumnKey, ValueColumn } from "../../src/core/template/columns";
import { builtinTemplate } from "../../src/core/template/load-template";
import type { Template } from "../../src/core/template/schema";
import { reportsIndicator, type Unit } from "../../src/core/units/unit";

export const ward: Unit = { id: "khuong-mai", name: "Phường Khương Mai", kind: "ward" };
export const financeOffice: Unit = {
  id: "tckh",
  name: "Phòng Tài chính - Kế hoạch",
  kind: "office",
  office: "TCKH",
};
export const economyOffice: Unit = { id: "kt", name: "Phòng Kinh tế", kind: "office", office: "KT" };

/** Column letters of the unit sheet: STT in A, then the template's columns. */
export const COLUMN_LETTERS: Record<ColumnKey, string> = {
  code: "B",
  name: "C",
  uom: "D",
  plan: "E",
  plan2: "F",
  actual: "G",
  cumulative: "H",
  last_year: "I",
  estimate: "J",
  note: "K",
};
/** The sheet row of the first indicator (title block and headers above it). */
export const FIRST_ROW = 8;

/**
 * Figures that pass every rule: cumulative >= actual, HC03 <= HC02 <= HC01, fines with
 * cases, cumulative between 50% and 200% of last year. Magnitudes as in domain.md §9.
 */
export const DEFAULT_FIGURES: Record<string, Partial<Record<ValueColumn, number>>> = {
  KT01: { plan: 100_000_000, actual: 8_300_000, cumulative: 82_500_000, last_year: 77_000_000 },
  KT02: { actual: 5_100_000, cumulative: 50_200_000, last_year: 46_800_000 },
  KT04: { plan: 500, actual: 45, cumulative: 430, last_year: 410 },
  KT05: { actual: 4, cumulative: 38, last_year: 35 },
  KT06: { actual: 62.5, cumulative: 540, last_year: 480 },
  NS01: { plan: 6_200_000, plan2: 6_500_000, actual: 520_000, cumulative: 4_850_000, last_year: 4_470_000 },
  NS02: { plan: 2_100_000, plan2: 2_150_000, actual: 180_000, cumulative: 1_650_000, last_year: 1_580_000 },
  NS03: { plan: 1_900_000, plan2: 1_950_000, actual: 150_000, cumulative: 1_420_000, last_year: 1_380_000 },
  NS04: { plan: 900_000, actual: 60_000, cumulative: 610_000, last_year: 540_000 },
  DT01: { actual: 1, cumulative: 9, last_year: 8 },
  DT02: { actual: 5, cumulative: 46, last_year: 41 },
  DT03: { actual: 12, cumulative: 118, last_year: 105 },
  DT04: { actual: 36.5, cumulative: 354, last_year: 310 },
  DT05: { actual: 2, cumulative: 15, last_year: 12 },
  XH01: { actual: 420, cumulative: 3980, last_year: 3650 },
  XH02: { actual: 0, cumulative: 250, last_year: 240 },
  XH03: { actual: 0, cumulative: 125, last_year: 120 },
  XH04: { plan: 400, actual: 35, cumulative: 310, last_year: 290 },
  XH05: { actual: 6, cumulative: 58, last_year: 61 },
  XH06: { actual: 9, cumulative: 84, last_year: 80 },
  XH07: { actual: 14, cumulative: 120, last_year: 110 },
  XH08: { actual: 3, cumulative: 21, last_year: 18 },
  XH09: { actual: 12.5, cumulative: 86.5, last_year: 70 },
  XH10: { cumulative: 42, last_year: 51 },
  HC01: { actual: 1250, cumulative: 12_340, last_year: 11_800 },
  HC02: { actual: 1180, cumulative: 11_960, last_year: 11_500 },
  HC03: { actual: 1150, cumulative: 11_800, last_year: 11_200 },
  HC05: { actual: 1, cumulative: 8, last_year: 7 },
  HC06: { actual: 7, cumulative: 72, last_year: 84 },
  AN01: { plan: 62, actual: 0, cumulative: 62, last_year: 60 },
  AN02: { plan: 8, actual: 0, cumulative: 8, last_year: 7 },
  AN03: { actual: 15, cumulative: 140, last_year: 132 },
  AN04: { actual: 2, cumulative: 17, last_year: 15 },
  AN05: { actual: 6, cumulative: 52, last_year: 45 },
  AN06: { actual: 0, cumulative: 3, last_year: 2 },
  AN07: { actual: 0, cumulative: 2, last_year: 2 },
  AN08: { actual: 1, cumulative: 6, last_year: 5 },
};

/**
 * A cell as a test writes it: a number, a text, null for blank, true/false, an Excel error
 * `{ error: "#REF!" }`, or a formula `{ formula: "=G20+G21", value: 1250 }`.
 */
export type CellInput =
  number | string | boolean | null | { error: string } | { formula: string; value: number | string };

export function rawValue(input: CellInput): RawValue {
  if (input === null) return { kind: "blank" };
  if (typeof input === "number") return { kind: "number", value: input };
  if (typeof input === "string") return { kind: "text", text: input };
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  if ("error" in input) return { kind: "error", error: input.error };
  return rawValue(input.value);
}

export function rawCell(input: CellInput, address?: string): RawCell {
  const cell: RawCell = { value: rawValue(input) };
  if (address !== undefined) cell.address = address;
  if (input !== null && typeof input === "object" && "formula" in input) cell.formula = input.formula;
  return cell;
}

export type CellsByCode = Record<string, Partial<Record<ColumnKey, CellInput>>>;

export interface RawReportOptions {
  unit?: Unit;
  unitId?: string;
  period?: string;
  template?: Template;
  templateId?: string;
  templateVersion?: string;
  submittedAt?: string;
  sheet?: string;
  /** Cells to change, by indicator code and column (they replace the defaults). */
  cells?: CellsByCode;
  /** Indicator rows to leave out of the sheet. */
  dropRows?: string[];
  /** Rows added after the template's rows (repeated or unknown codes). */
  extraRows?: Array<{ code: string; cells: Partial<Record<ColumnKey, CellInput>> }>;
  /** Leave out every figure: the sheet as the office sent it. */
  blank?: boolean;
  /** No rows at all. */
  noRows?: boolean;
}

/** One unit's sheet for a period, filled with DEFAULT_FIGURES for what the unit reports. */
export function rawReport(options: RawReportOptions = {}): RawUnitReport {
  const template = options.template ?? builtinTemplate;
  const unit = options.unit ?? ward;
  const dropped = new Set(options.dropRows ?? []);
  const rows: RawRow[] = [];
  if (!options.noRows) {
    for (const indicator of template.indicators) {
      if (dropped.has(indicator.code)) continue;
      const reports = indicator.kind !== "derived" && reportsIndicator(unit, indicator);
      const figures = reports && !options.blank ? (DEFAULT_FIGURES[indicator.code] ?? {}) : {};
      const inputs: Partial<Record<ColumnKey, CellInput>> = {
        code: indicator.code,
        name: indicator.name.vi,
        uom: indicator.uom.vi,
        ...figures,
        ...options.cells?.[indicator.code],
      };
      rows.push(row(indicator.code, FIRST_ROW + rows.length, template, inputs));
    }
    for (const extra of options.extraRows ?? []) {
      rows.push(row(extra.code, FIRST_ROW + rows.length, template, { code: extra.code, ...extra.cells }));
    }
  }
  const report: RawUnitReport = {
    unitId: options.unitId ?? unit.id,
    period: options.period ?? "2024-10",
    templateId: options.templateId ?? template.id,
    templateVersion: options.templateVersion ?? template.version,
    rows,
  };
  if (options.submittedAt !== undefined) report.submittedAt = options.submittedAt;
  if (options.sheet !== undefined) report.source = { sheet: options.sheet };
  return report;
}

function row(
  code: string,
  sheetRow: number,
  template: Template,
  inputs: Partial<Record<ColumnKey, CellInput>>,
): RawRow {
  const cells: RawRow["cells"] = {};
  const keys = new Set<ColumnKey>([
    ...template.columns.map((c) => c.key),
    ...(Object.keys(inputs) as ColumnKey[]),
  ]);
  for (const key of keys) {
    cells[key] = rawCell(inputs[key] ?? null, `${COLUMN_LETTERS[key]}${sheetRow}`);
  }
  return { code, row: sheetRow, cells };
}

/**
 * The same unit's clean report for the previous period (September when the default is
 * October): cumulative = this period's cumulative - this period's actual, unless given.
 */
export function previousReport(
  options: { unit?: Unit; period?: string; cumulative?: Record<string, number> } = {},
): UnitReport {
  const unit = options.unit ?? ward;
  const values: UnitReport["values"] = {};
  for (const indicator of builtinTemplate.indicators) {
    if (indicator.kind === "derived" || !reportsIndicator(unit, indicator)) continue;
    const figures = DEFAULT_FIGURES[indicator.code] ?? {};
    const cumulative = (figures.cumulative ?? 0) - (figures.actual ?? 0);
    values[indicator.code] = { cumulative: options.cumulative?.[indicator.code] ?? cumulative };
  }
  return {
    unitId: unit.id,
    period: options.period ?? "2024-09",
    templateId: builtinTemplate.id,
    templateVersion: builtinTemplate.version,
    values,
    notes: {},
  };
}
