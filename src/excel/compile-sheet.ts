/**
 * One SheetPlan as operations, in the order Excel needs them: contents, formats and layout
 * while the sheet is unprotected, then locks, and protection last (a protected sheet refuses
 * most of the rest). Pure: the same plan always gives the same list.
 */
import { columnIndex, formatRange, parseAddress, parseRange } from "../core/sheets/a1";
import type { CellBlock, DataValidation, SheetPlan, SheetVisibility } from "../core/sheets/plan-types";
import { mergeConsecutiveRows, mergeRanges, numberFormatGrid } from "./coalesce";
import type { ExcelVisibility, Operation, ValidationSetup } from "./operations";
import { excelCellInput } from "./text-cell";

/** Excel's limits on data-validation texts; longer ones make the whole batch fail. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;

export interface CompileSheetOptions {
  /** The name the sheet has while it is written (a temporary name, or the plan's). */
  writeAs: string;
  /** The sheet exists and is protected now: it is unprotected first. */
  protectedNow?: { password?: string };
  /** The sheet must be created. */
  create: boolean;
  /** The name each table is added under (a build name while an old table holds its own). */
  tableName?: (name: string) => string;
}

/**
 * Column width in characters of the default font -> points, as Excel converts it for
 * Calibri 11 (7-pixel digits, 5 pixels of padding, 0.75 point per pixel).
 */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function visibilityOf(visibility: SheetVisibility): ExcelVisibility {
  return visibility === "veryHidden" ? "VeryHidden" : visibility === "hidden" ? "Hidden" : "Visible";
}

/** A block as one rectangle: rows padded with null (null leaves a cell as it is). */
export function blockOperation(sheet: string, block: CellBlock): Operation | undefined {
  const at = parseAddress(block.at)!;
  const width = Math.max(0, ...block.rows.map((row) => row.length));
  if (width === 0 || block.rows.length === 0) return undefined;
  const rows = block.rows.map((row) => Array.from({ length: width }, (_, c) => excelCellInput(row[c])));
  const range = formatRange({
    start: at,
    end: { row: at.row + block.rows.length - 1, column: at.column + width - 1 },
  });
  const formulas = block.rows.some((row) => row.some((cell) => cell !== null && typeof cell === "object"));
  return { op: "cells", sheet, range, rows, formulas };
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

export function validationSetup(v: DataValidation): ValidationSetup {
  const { min, max } = v.rule;
  const bounds: Pick<ValidationSetup, "operator" | "formula1" | "formula2"> =
    min !== undefined && max !== undefined
      ? { operator: "Between", formula1: min, formula2: max }
      : max !== undefined
        ? { operator: "LessThanOrEqual", formula1: max }
        : // No bound at all still needs a rule: any number of the type (Excel's smallest double).
          { operator: "GreaterThanOrEqual", formula1: min ?? -9.99e307 };
  return {
    type: v.rule.type === "whole" ? "wholeNumber" : "decimal",
    ...bounds,
    ...(v.input
      ? {
          prompt: {
            title: cut(v.input.title, PROMPT_TITLE_MAX),
            message: cut(v.input.message, PROMPT_MESSAGE_MAX),
          },
        }
      : {}),
    ...(v.error
      ? {
          errorAlert: {
            title: cut(v.error.title, PROMPT_TITLE_MAX),
            message: cut(v.error.message, PROMPT_MESSAGE_MAX),
            style: v.error.style === "stop" ? "Stop" : "Warning",
          },
        }
      : {}),
    ignoreBlanks: v.allowBlank ?? true,
  };
}

export function compileSheet(plan: SheetPlan, options: CompileSheetOptions): Operation[] {
  const sheet = options.writeAs;
  const ops: Operation[] = [];
  if (options.create) ops.push({ op: "addSheet", sheet });
  else if (options.protectedNow) ops.push({ op: "unprotect", sheet, ...options.protectedNow });

  for (const block of plan.blocks) {
    const op = blockOperation(sheet, block);
    if (op) ops.push(op);
  }
  const formats = numberFormatGrid(plan.numberFormats ?? []);
  if (formats) ops.push({ op: "numberFormat", sheet, range: formats.range, formats: formats.grid });
  const styles = mergeConsecutiveRows(
    plan.styles ?? [],
    (s) => s.range,
    (s) => JSON.stringify(s.style),
    (s, range) => ({ ...s, range }),
  );
  for (const { range, style } of styles) {
    const r = parseRange(range)!;
    ops.push({
      op: "style",
      sheet,
      range,
      style,
      inside: { rows: r.end.row > r.start.row, columns: r.end.column > r.start.column },
    });
  }
  for (const { column, width, hidden } of plan.columns ?? []) {
    const letters = column.toUpperCase();
    if (columnIndex(letters) === undefined) continue;
    const range = `${letters}:${letters}`;
    if (width !== undefined) ops.push({ op: "columnWidth", sheet, range, points: widthInPoints(width) });
    if (hidden !== undefined) ops.push({ op: "columnHidden", sheet, range, hidden });
  }
  for (const { row, height, hidden } of plan.rows ?? []) {
    const range = `${row}:${row}`;
    if (height !== undefined) ops.push({ op: "rowHeight", sheet, range, points: height });
    if (hidden !== undefined) ops.push({ op: "rowHidden", sheet, range, hidden });
  }
  for (const range of plan.merges ?? []) ops.push({ op: "merge", sheet, range });
  const validations = mergeConsecutiveRows(
    (plan.validations ?? []).map((v) => ({ range: v.range, setup: validationSetup(v) })),
    (v) => v.range,
    (v) => JSON.stringify(v.setup),
    (v, range) => ({ ...v, range }),
  );
  for (const v of validations) ops.push({ op: "validation", sheet, ...v });
  for (const cf of plan.conditionalFormats ?? [])
    ops.push({ op: "conditionalFormat", sheet, range: cf.range, formula: cf.rule.formula, style: cf.style });
  for (const t of plan.tables ?? [])
    ops.push({
      op: "table",
      sheet,
      range: t.range,
      name: options.tableName?.(t.name) ?? t.name,
      ...(t.style ? { style: t.style } : {}),
    });
  for (const range of mergeRanges(plan.unlocked ?? [])) ops.push({ op: "unlock", sheet, range });
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0))
    ops.push({ op: "freeze", sheet, rows: plan.freeze.rows, columns: plan.freeze.columns });
  if (plan.print) ops.push({ op: "print", sheet, setup: plan.print });
  if (plan.tabColour) ops.push({ op: "tabColor", sheet, colour: plan.tabColour });
  if (plan.protection) {
    const allow = plan.protection.allow ?? {};
    ops.push({
      op: "protect",
      sheet,
      options: {
        allowFormatColumns: allow.formatColumns ?? false,
        allowFormatRows: allow.formatRows ?? false,
        selectionMode: allow.selectLockedCells === false ? "Unlocked" : "Normal",
      },
      ...(plan.protection.password ? { password: plan.protection.password } : {}),
    });
  }
  if (plan.visibility && plan.visibility !== "visible")
    ops.push({ op: "visibility", sheet, visibility: visibilityOf(plan.visibility) });
  return ops;
}
