/**
 * A workbook described as data: everything a host needs to build the sheets, complete before
 * the host starts, and plain JSON (no functions, no Dates, no class instances), so a plan can
 * be logged, compared in a test, sent to a worker, or applied by the .xlsx host (src/xlsx) and
 * by the Excel add-in alike. Addresses are A1-style on the plan's own sheet ("B7", "B7:K40").
 *
 * Formulas are never guessed from text: a `string` cell value is text and a host must write it
 * as text even when it starts with = + - @ (text from a unit must never become a formula); a
 * formula is a `{ formula }` object, which only the plan builder creates.
 */

/** A1 address of one cell ("B7"). */
export type A1 = string;
/** A1 range ("B7:K40") or a single cell ("B7"). */
export type A1Range = string;
/** Colour as "#RRGGBB". */
export type Colour = string;

/** A formula the plan builder wrote, with "=" ("=SUM(G11:G15)"); result: an optional cached value. */
export interface PlanFormula {
  formula: string;
  result?: number | string | boolean;
}

/** One cell of a block: a value (strings are always text), a formula, or null for an empty cell. */
export type PlanCell = string | number | boolean | null | PlanFormula;

/** A rectangle of cells written at once, its top-left at `at`; rows may differ in length. */
export interface CellBlock {
  at: A1;
  rows: PlanCell[][];
}

export type BorderWeight = "thin" | "medium" | "thick" | "hair";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  fontColour?: Colour;
  fill?: Colour;
  /** A border on every edge of every cell of the range. */
  border?: BorderWeight;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Indent level of the text (Excel's indent, about 3 characters each). */
  indent?: number;
}

/** Styles are applied in order; a later entry overrides only the fields it sets. */
export interface StyleRange {
  range: A1Range;
  style: CellStyle;
}

export interface NumberFormatRange {
  range: A1Range;
  /** Excel format code, locale independent: "#,##0", "#,##0.0##", "@" (text), "dd/mm/yyyy". */
  format: string;
}

export interface ColumnSetup {
  /** Column letters ("C"). */
  column: string;
  /** Width in characters of the default font. */
  width?: number;
  hidden?: boolean;
}

export interface RowSetup {
  /** 1-based row. */
  row: number;
  /** Height in points. */
  height?: number;
  hidden?: boolean;
}

/** Messages are shown by Excel as typed: one language (Vietnamese) for the people filling in. */
export interface PromptText {
  title: string;
  message: string;
}

/**
 * Data validation on a range: a whole number or a decimal within bounds. Excel does not
 * check pasted values, so the parser and validation check everything again.
 */
export interface DataValidation {
  range: A1Range;
  rule: { type: "whole" | "decimal"; min?: number; max?: number };
  /** Shown when the cell is selected. */
  input?: PromptText;
  /** Shown when a wrong value is typed; "stop" refuses it, "warning" asks. */
  error?: PromptText & { style: "stop" | "warning" };
  /** Blank is allowed (a blank is "not reported", checked later). Default true. */
  allowBlank?: boolean;
}

/**
 * A conditional format: a formula rule, written relative to the top-left cell of `range`
 * (as Excel does), with "=" omitted: "LEN(TRIM(G11))=0".
 */
export interface ConditionalFormat {
  range: A1Range;
  rule: { type: "formula"; formula: string };
  style: Pick<CellStyle, "fill" | "fontColour" | "bold">;
}

export interface SheetProtection {
  /** No password by default: protection guards against slips, not against people. */
  password?: string;
  /** What users may still do on the protected sheet. */
  allow?: {
    formatColumns?: boolean;
    formatRows?: boolean;
    selectLockedCells?: boolean;
  };
}

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Fit all columns on one page wide (as many pages tall as needed). */
  fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page, e.g. { from: 9, to: 10 }. */
  repeatRows?: { from: number; to: number };
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
  /** Centre the table horizontally on the page. */
  centerHorizontally?: boolean;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetPlan {
  /** A valid Excel sheet name (see safeSheetName). */
  name: string;
  blocks: CellBlock[];
  numberFormats?: NumberFormatRange[];
  styles?: StyleRange[];
  columns?: ColumnSetup[];
  rows?: RowSetup[];
  merges?: A1Range[];
  validations?: DataValidation[];
  conditionalFormats?: ConditionalFormat[];
  /**
   * Every cell is locked (Excel's default) except these; locking only matters once the sheet
   * is protected.
   */
  unlocked?: A1Range[];
  protection?: SheetProtection;
  /** Rows and columns kept in view: { rows: 10, columns: 3 } freezes above row 11, left of D. */
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  tabColour?: Colour;
  visibility?: SheetVisibility;
  /**
   * Excel tables (Insert > Table) over ranges of this sheet, the top row their header. Names
   * are workbook-wide in Excel: unique across the plan, letters, digits, "_" and ".", starting
   * with a letter or "_". Both hosts write them as Excel tables (the .xlsx host adds the table parts after packing).
   */
  tables?: TablePlan[];
}

export interface TablePlan {
  name: string;
  /** Header row included: "A2:G120". */
  range: A1Range;
  headerRow: true;
  /** A built-in table style ("TableStyleLight9"); Excel's default when absent. */
  style?: string;
}

/** A range on a named sheet of the plan. */
export interface ChartRange {
  sheet: string;
  /** A1 range ("B2:B9"). */
  range: A1Range;
}

/**
 * A chart described as data, for a host that can draw it (the Excel add-in draws native
 * charts; ExcelJS cannot write charts, so the .xlsx host leaves them out). The figures it draws
 * are cells of the plan either way, so nothing is lost in a file.
 */
export interface ChartPlan {
  /** Stable id, for a host that replaces the chart on the next run; the chart's name. */
  id: string;
  /** Horizontal bars or vertical columns, clustered. */
  type: "bar" | "column";
  title: string;
  /** The labels (indicator or unit names): one column, the one left of the values. */
  categories: ChartRange;
  /** One series: its values (one column, the same rows as the labels) and its name. */
  series: { name: string; values: ChartRange };
  /** The sheet the chart is placed on, and the top-left cell of its place. */
  placement: { sheet: string; at: A1 };
  /** Excel number format of the value axis ('0"%"' for percentages already x100). */
  valueFormat: string;
  /** Axis titles; none when absent. */
  axisTitles?: { category?: string; value?: string };
}

/**
 * Key/value facts (template id and version, unit id, period) that must survive a renamed
 * sheet or file. A host keeps them outside the cells people edit: in .xlsx, workbook custom
 * properties and a very hidden sheet whose rows are tied to their sheet by a defined name
 * (which Excel and LibreOffice update when the sheet is renamed); in Excel, custom properties
 * or named items.
 */
export interface MetadataPlan {
  scope: "workbook" | { sheet: string };
  entries: Record<string, string>;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  metadata?: MetadataPlan[];
  /** Document properties (File > Info). */
  properties?: { title?: string; subject?: string; creator?: string };
  /** Charts over the plan's cells, for a host that can draw them (the .xlsx host cannot). */
  charts?: ChartPlan[];
}

/** The metadata keys the unit sheet writes and the parser reads. */
export const METADATA_KEYS = {
  templateId: "template_id",
  templateVersion: "template_version",
  unitId: "unit_id",
  unitName: "unit_name",
  period: "period",
} as const;
