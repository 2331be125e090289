/**
 * What the host does to a workbook, as data: a list of operations compiled from a plan before
 * the first Excel.run (the core computes the plan; the host only applies it). Operations name
 * sheets by the name they have when the batch runs; a rename earlier in the same batch is
 * followed. Being plain data, a list can be measured (payload.ts) and cut into batches.
 */
import type { CellStyle, PrintSetup } from "../core/sheets/plan-types";

export type ExcelVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface ProtectOptions {
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  selectionMode: "Normal" | "Unlocked";
}

export interface ValidationSetup {
  type: "wholeNumber" | "decimal";
  operator: "Between" | "GreaterThanOrEqual" | "LessThanOrEqual";
  formula1: number;
  formula2?: number;
  prompt?: { title: string; message: string };
  errorAlert?: { title: string; message: string; style: "Stop" | "Warning" };
  ignoreBlanks: boolean;
}

/** A native chart, its source the block of labels and values (ChartCollection.add, ExcelApi 1.1). */
export interface ChartSetup {
  /** The chart's name (the plan's stable id). */
  name: string;
  type: "BarClustered" | "ColumnClustered";
  /** Labels in the first column, values in the second: one series, by columns. */
  source: { sheet: string; range: string };
  seriesName: string;
  title: string;
  /** The value axis's number format (ChartAxis.numberFormat, ExcelApi 1.8). */
  valueFormat: string;
  /** The top-left cell of the chart's place on its sheet. */
  at: string;
  axisTitles?: { category?: string; value?: string };
}

export type Operation =
  | { op: "addSheet"; sheet: string }
  | { op: "deleteSheet"; sheet: string }
  | { op: "renameSheet"; sheet: string; to: string }
  | { op: "visibility"; sheet: string; visibility: ExcelVisibility }
  | { op: "unprotect"; sheet: string; password?: string }
  | { op: "protect"; sheet: string; options: ProtectOptions; password?: string }
  /** A 2-D array exactly the shape of `range`; `formulas` when it holds formulas. */
  | {
      op: "cells";
      sheet: string;
      range: string;
      rows: (string | number | boolean | null)[][];
      formulas: boolean;
    }
  | { op: "clearContents"; sheet: string; range: string }
  /** Formats for each cell of `range`; null leaves a cell's format as it is. */
  | { op: "numberFormat"; sheet: string; range: string; formats: (string | null)[][] }
  | {
      op: "style";
      sheet: string;
      range: string;
      style: CellStyle;
      inside: { rows: boolean; columns: boolean };
    }
  /** `range` is whole columns ("C:C") or whole rows ("9:9"). */
  | { op: "columnWidth"; sheet: string; range: string; points: number }
  | { op: "rowHeight"; sheet: string; range: string; points: number }
  | { op: "columnHidden"; sheet: string; range: string; hidden: boolean }
  | { op: "rowHidden"; sheet: string; range: string; hidden: boolean }
  | { op: "merge"; sheet: string; range: string }
  | { op: "validation"; sheet: string; range: string; setup: ValidationSetup }
  | {
      op: "conditionalFormat";
      sheet: string;
      range: string;
      formula: string;
      style: Pick<CellStyle, "fill" | "fontColour" | "bold">;
    }
  | { op: "unlock"; sheet: string; range: string }
  | { op: "freeze"; sheet: string; rows: number; columns: number }
  | { op: "tabColor"; sheet: string; colour: string }
  | { op: "print"; sheet: string; setup: PrintSetup }
  | { op: "activate"; sheet: string }
  /** An Excel table over `range`, its top row the header (TableCollection.add, ExcelApi 1.1). */
  | { op: "table"; sheet: string; range: string; name: string; style?: string }
  /** Table names are workbook-wide: a table built beside the one it replaces takes its name last. */
  | { op: "renameTable"; name: string; to: string }
  | { op: "chart"; sheet: string; chart: ChartSetup }
  /** A workbook-scoped name pointing at A1 of `sheet` (it follows the sheet through renames). */
  | { op: "addName"; name: string; sheet: string }
  | { op: "restoreName"; name: string; formula: string }
  | { op: "deleteName"; name: string }
  | { op: "customProperty"; key: string; value: string }
  | { op: "deleteCustomProperty"; key: string };
