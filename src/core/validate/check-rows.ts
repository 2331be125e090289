/**
 * Reads the indicator rows of one report into clean figures, with a finding for each row or
 * cell that cannot be taken as it is. What it repairs: stray spaces and lower case in a
 * code, spaces-only cells (blank). What it rejects (the figure stays out of the report):
 * unknown codes, repeated rows (the first is read), rows of indicators the unit does not
 * report, figures in computed rows or in columns the indicator has no figure for, and every
 * cell that fails a per-figure check. A cell with an error is remembered as broken, so the
 * rules between figures stay silent about it rather than raising a second alarm.
 */
import type { IndicatorValues, RawCell, RawRow, RawUnitReport, RawValue } from "../report/unit-report";
import {
  PLAN_COLUMNS,
  VALUE_COLUMNS,
  type ColumnKey,
  type PlanColumn,
  type ValueColumn,
} from "../template/columns";
import type { Indicator } from "../template/schema";
import { reportsIndicator, type Unit } from "../units/unit";
import type { FindingCollector, SortPlace } from "./collector";
import { BUILT_IN_CHECKS } from "./finding";
import { figureProblem, isBlank, readFigureCell } from "./read-cell";
import { normaliseCode, rowHasContent, rowHasUnitFigures } from "./report-content";
import type { TemplateIndex } from "./template-index";

export interface ReadRows {
  values: Record<string, IndicatorValues>;
  notes: Record<string, string>;
  /** "CODE|column" of cells that already have an error finding. */
  broken: Set<string>;
  /** The row each indicator was read from (the first, when repeated). */
  rowOf: Map<string, RawRow>;
  /** Whether the unit is expected to report the indicator. */
  expects(code: string): boolean;
}

export const cellKey = (code: string, column: ColumnKey) => `${code}|${column}`;

export function checkRows(
  raw: RawUnitReport,
  index: TemplateIndex,
  unit: Unit | undefined,
  out: FindingCollector,
): ReadRows {
  const read: ReadRows = {
    values: {},
    notes: {},
    broken: new Set(),
    rowOf: new Map(),
    expects: () => false,
  };
  const filled = new Set<string>();

  raw.rows.forEach((row, i) => {
    const place: SortPlace = { kind: "row", index: i };
    const code = normaliseCode(row.code, index);
    const indicator = index.byCode.get(code);
    const at = () => ({ code: code || row.code, ...(row.row === undefined ? {} : { row: row.row }) });
    if (!indicator) {
      if (rowHasContent(row))
        out.add(
          {
            rule: BUILT_IN_CHECKS.unknownCode,
            severity: "warning",
            message: { messageKey: "unknownCode", params: { code: row.code.trim() } },
            ...at(),
          },
          place,
        );
      return;
    }
    const first = read.rowOf.get(code);
    if (first) {
      const differs = !sameCells(first, row);
      out.add(
        {
          rule: BUILT_IN_CHECKS.duplicateRow,
          // Two copies of one row are harmless; two different rows leave us not knowing which is right.
          severity: differs ? "error" : "warning",
          message: {
            messageKey: "duplicateRow",
            params: first.row === undefined ? { code, differs } : { code, firstRow: first.row, differs },
          },
          ...at(),
        },
        place,
      );
      return;
    }
    read.rowOf.set(code, row);

    if (indicator.kind === "derived") {
      flagDerivedCells(row, indicator, out, place);
      return;
    }
    if (unit && !reportsIndicator(unit, indicator)) {
      if (rowHasUnitFigures(row, index))
        out.add(
          {
            rule: BUILT_IN_CHECKS.notExpected,
            severity: "warning",
            message: { messageKey: "notExpected", params: { name: indicator.name } },
            ...at(),
          },
          place,
        );
      return;
    }
    // Without the unit, a row it left blank is taken as a row it does not report.
    if (!unit && !rowHasUnitFigures(row, index)) return;
    filled.add(code);
    readRowCells(row, code, indicator, index, read, out, place);
  });

  if (unit) {
    const reported = reportedCodes(unit, index);
    read.expects = (code) => reported.has(code);
  } else {
    read.expects = (code) => filled.has(code);
  }

  if (unit) {
    for (const indicator of index.template.indicators) {
      if (indicator.kind === "derived" || indicator.required.length === 0) continue;
      if (read.rowOf.has(indicator.code) || !reportsIndicator(unit, indicator)) continue;
      out.add(
        {
          rule: BUILT_IN_CHECKS.missingRow,
          severity: "error",
          message: { messageKey: "missingRow", params: { name: indicator.name } },
          code: indicator.code,
        },
        { kind: "absent", code: indicator.code },
      );
    }
  }
  return read;
}

function readRowCells(
  row: RawRow,
  code: string,
  indicator: Indicator,
  index: TemplateIndex,
  read: ReadRows,
  out: FindingCollector,
  place: SortPlace,
): void {
  const values: IndicatorValues = {};
  for (const column of index.valueColumns) {
    const cell = row.cells[column];
    if (isPlanColumn(column) && !indicator.plans[column]) {
      if (!isBlank(cell?.value))
        out.add(
          {
            rule: BUILT_IN_CHECKS.wrongColumn,
            severity: "warning",
            message: { messageKey: "noSuchPlan", params: { value: shown(cell!.value) } },
            ...cellPlace(code, column, row, cell),
          },
          place,
        );
      continue;
    }
    // The common case first: a plain number that passes its checks.
    if (cell?.value.kind === "number" && figureProblem(cell.value.value, indicator) === undefined) {
      values[column] = cell.value.value;
      continue;
    }
    const reading = readFigureCell(cell, indicator);
    if (reading.kind === "number") {
      values[column] = reading.value;
    } else if (reading.kind === "problem") {
      read.broken.add(cellKey(code, column));
      out.add(
        {
          rule: reading.check,
          severity: "error",
          message: reading.message,
          ...cellPlace(code, column, row, cell),
          ...(reading.suggestion === undefined ? {} : { suggestion: reading.suggestion }),
        },
        place,
      );
    } else if (indicator.required.includes(column)) {
      out.add(
        {
          rule: BUILT_IN_CHECKS.required,
          severity: "error",
          message: { messageKey: "required", params: {} },
          ...cellPlace(code, column, row, cell),
        },
        place,
      );
    }
  }
  // A figure in a column the template does not have (a report made from another version).
  for (const column of index.absentValueColumns) {
    const cell = row.cells[column];
    if (isBlank(cell?.value)) continue;
    out.add(
      {
        rule: BUILT_IN_CHECKS.wrongColumn,
        severity: "warning",
        message: { messageKey: "columnNotInTemplate", params: { value: shown(cell!.value) } },
        ...cellPlace(code, column, row, cell),
      },
      place,
    );
  }
  read.values[code] = values;

  const note = row.cells.note;
  if (note?.value.kind === "number") {
    out.add(
      {
        rule: BUILT_IN_CHECKS.noteNumber,
        severity: "warning",
        message: { messageKey: "numberInNote", params: { value: note.value.value } },
        ...cellPlace(code, "note", row, note),
      },
      place,
    );
  } else if (note?.value.kind === "text" && note.value.text.trim() !== "") {
    read.notes[code] = note.value.text.trim();
  }
}

function flagDerivedCells(row: RawRow, indicator: Indicator, out: FindingCollector, place: SortPlace): void {
  if (!indicator.derived) return;
  for (const column of VALUE_COLUMNS) {
    const cell = row.cells[column];
    if (isBlank(cell?.value)) continue;
    // The office's plan for a rate is not the unit's typing; only the unit's own columns are flagged.
    if (isPlanColumn(column)) continue;
    out.add(
      {
        rule: BUILT_IN_CHECKS.derived,
        severity: "warning",
        message: {
          messageKey: "derivedTyped",
          params: { numerator: indicator.derived.numerator, denominator: indicator.derived.denominator },
        },
        ...cellPlace(indicator.code, column, row, cell),
      },
      place,
    );
  }
}

/** The codes a unit reports, worked out once per kind of unit (wards alike, each office). */
const reportedByUnitKind = new WeakMap<TemplateIndex, Map<string, Set<string>>>();

function reportedCodes(unit: Unit, index: TemplateIndex): Set<string> {
  let byKind = reportedByUnitKind.get(index);
  if (!byKind) {
    byKind = new Map<string, Set<string>>();
    reportedByUnitKind.set(index, byKind);
  }
  const key = unit.kind === "ward" ? "ward" : `office:${unit.office ?? ""}`;
  let codes = byKind.get(key);
  if (!codes) {
    codes = new Set(
      index.template.indicators
        .filter((i) => i.kind !== "derived" && reportsIndicator(unit, i))
        .map((i) => i.code),
    );
    byKind.set(key, codes);
  }
  return codes;
}

function cellPlace(code: string, column: ColumnKey, row: RawRow, cell: RawCell | undefined) {
  return {
    code,
    column,
    ...(cell?.address === undefined ? {} : { address: cell.address }),
    ...(row.row === undefined ? {} : { row: row.row }),
    ...(cell === undefined ? {} : { seen: cell.value }),
  };
}

function isPlanColumn(column: ValueColumn): column is PlanColumn {
  return column === PLAN_COLUMNS[0] || column === PLAN_COLUMNS[1];
}

/** A cell's value as a message shows it. */
function shown(value: RawValue): number | string {
  switch (value.kind) {
    case "number":
      return value.value;
    case "text":
      return value.text;
    case "error":
      return value.error;
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    default:
      return "";
  }
}

/** Two rows hold the same figures and note (a harmless copy), whatever their names say. */
function sameCells(a: RawRow, b: RawRow): boolean {
  for (const key of [...VALUE_COLUMNS, "note"] as const) {
    const x = a.cells[key]?.value;
    const y = b.cells[key]?.value;
    if (isBlank(x) && isBlank(y)) continue;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}
