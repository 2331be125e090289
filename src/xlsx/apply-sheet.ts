/**
 * Applies one SheetPlan to an ExcelJS worksheet. No decisions are made here: every value,
 * style and rule comes from the plan. Strings are written as ExcelJS string values, which it
 * stores as text whatever they start with ("=1+1" stays text); only a plan formula becomes one.
 */
import type ExcelJS from "exceljs";
import { cellAddress, parseAddress, parseRange } from "../core/sheets/a1";
import type { CellStyle, PlanCell, SheetPlan } from "../core/sheets/plan-types";

/** "#1F4E79" -> "FF1F4E79" (ExcelJS wants ARGB). */
export function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}

function* positionsOf(range: string): Generator<[row: number, column: number]> {
  const r = parseRange(range)!;
  for (let row = r.start.row; row <= r.end.row; row++)
    for (let column = r.start.column; column <= r.end.column; column++) yield [row, column];
}

function* cellsOf(range: string): Generator<string> {
  for (const [row, column] of positionsOf(range)) yield cellAddress(row, column);
}

function toExcelValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  const formula = cell.formula.replace(/^=/, "");
  return cell.result === undefined
    ? { formula, date1904: false }
    : { formula, result: cell.result, date1904: false };
}

/** Everything a cell's style gets from the plan: its style entries merged, its number format, unlocked. */
interface CellLook {
  style?: CellStyle;
  numFmt?: string;
  unlocked?: boolean;
}

function excelStyle(look: CellLook): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const style = look.style ?? {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColour !== undefined) font.color = { argb: argb(style.fontColour) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill !== undefined)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border !== undefined) {
    const edge: Partial<ExcelJS.Border> = { style: style.border };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.indent !== undefined) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (look.numFmt !== undefined) out.numFmt = look.numFmt;
  if (look.unlocked) out.protection = { locked: false };
  return out;
}

const COLUMNS = 16_385;
const key = (row: number, column: number) => row * COLUMNS + column;

/**
 * Every cell's look, then one shared ExcelJS style object per distinct look. ExcelJS remembers
 * the style id of a style object it has seen (a WeakMap), so cells that share one are not
 * each turned into XML to find their duplicate: on a summary of 600 units (500,000 cells)
 * that was most of the writing time. A cell covered by a merge shares its top-left cell's
 * look, and unlocking any cell of a merge unlocks them all, as before, when a merge copied
 * the top-left cell's style object to the others and protection was then set on it.
 */
function applyLooks(ws: ExcelJS.Worksheet, sheet: SheetPlan, written: ReadonlySet<number>): void {
  const looks = new Map<number, CellLook>();
  const lookAt = (row: number, column: number): CellLook => {
    let look = looks.get(key(row, column));
    if (!look) looks.set(key(row, column), (look = {}));
    return look;
  };
  // Later style entries override only the fields they set.
  for (const { range, style } of sheet.styles ?? [])
    for (const [row, column] of positionsOf(range)) {
      const look = lookAt(row, column);
      look.style = { ...look.style, ...style };
    }
  for (const { range, format } of sheet.numberFormats ?? [])
    for (const [row, column] of positionsOf(range)) lookAt(row, column).numFmt = format;
  for (const range of sheet.merges ?? []) {
    const r = parseRange(range)!;
    const master = lookAt(r.start.row, r.start.column);
    for (const [row, column] of positionsOf(range)) looks.set(key(row, column), master);
  }
  for (const range of sheet.unlocked ?? [])
    for (const [row, column] of positionsOf(range)) lookAt(row, column).unlocked = true;

  const byId = new Map<string, Partial<ExcelJS.Style>>();
  const byLook = new Map<CellLook, Partial<ExcelJS.Style>>();
  const styleOf = (look: CellLook): Partial<ExcelJS.Style> => {
    let style = byLook.get(look);
    if (style) return style;
    const id = JSON.stringify([look.style, look.numFmt, look.unlocked]);
    style = byId.get(id);
    if (!style) byId.set(id, (style = excelStyle(look)));
    byLook.set(look, style);
    return style;
  };
  for (const [at, look] of looks) ws.getCell(Math.floor(at / COLUMNS), at % COLUMNS).style = styleOf(look);
  const plain: Partial<ExcelJS.Style> = {};
  for (const at of written)
    if (!looks.has(at)) ws.getCell(Math.floor(at / COLUMNS), at % COLUMNS).style = plain;
}

export async function applySheet(ws: ExcelJS.Worksheet, sheet: SheetPlan): Promise<void> {
  const written = new Set<number>();
  for (const block of sheet.blocks) {
    const at = parseAddress(block.at)!;
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        ws.getCell(at.row + r, at.column + c).value = toExcelValue(value);
        written.add(key(at.row + r, at.column + c));
      }),
    );
  }
  applyLooks(ws, sheet, written);

  for (const { column, width, hidden } of sheet.columns ?? []) {
    const col = ws.getColumn(column);
    if (width !== undefined) col.width = width;
    if (hidden !== undefined) col.hidden = hidden;
  }
  for (const { row, height, hidden } of sheet.rows ?? []) {
    const r = ws.getRow(row);
    if (height !== undefined) r.height = height;
    if (hidden !== undefined) r.hidden = hidden;
  }
  for (const range of sheet.merges ?? []) ws.mergeCells(range);

  for (const v of sheet.validations ?? []) {
    const { min, max } = v.rule;
    const between = min !== undefined && max !== undefined;
    const validation: ExcelJS.DataValidation = {
      type: v.rule.type,
      operator: between ? "between" : min !== undefined ? "greaterThanOrEqual" : "lessThanOrEqual",
      formulae: between ? [min, max] : [min ?? max ?? 0],
      allowBlank: v.allowBlank ?? true,
      ...(v.input ? { showInputMessage: true, promptTitle: v.input.title, prompt: v.input.message } : {}),
      ...(v.error
        ? {
            showErrorMessage: true,
            // OOXML allows stop, warning or information (ST_DataValidationErrorStyle): not "error".
            errorStyle: v.error.style,
            errorTitle: v.error.title,
            error: v.error.message,
          }
        : {}),
    };
    for (const address of cellsOf(v.range)) ws.getCell(address).dataValidation = validation;
  }

  (sheet.conditionalFormats ?? []).forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {};
    if (cf.style.fill !== undefined)
      style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } };
    if (cf.style.fontColour !== undefined || cf.style.bold !== undefined)
      style.font = {
        ...(cf.style.bold !== undefined ? { bold: cf.style.bold } : {}),
        ...(cf.style.fontColour !== undefined ? { color: { argb: argb(cf.style.fontColour) } } : {}),
      };
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.rule.formula], style }],
    });
  });

  if (sheet.protection) {
    const allow = sheet.protection.allow ?? {};
    await ws.protect(sheet.protection.password ?? "", {
      selectLockedCells: allow.selectLockedCells ?? true,
      selectUnlockedCells: true,
      formatColumns: allow.formatColumns ?? false,
      formatRows: allow.formatRows ?? false,
    });
  }

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0))
    ws.views = [
      {
        state: "frozen",
        xSplit: sheet.freeze.columns,
        ySplit: sheet.freeze.rows,
        topLeftCell: cellAddress(sheet.freeze.rows + 1, sheet.freeze.columns + 1),
      },
    ];

  if (sheet.print) {
    const p = sheet.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(p.centerHorizontally ? { horizontalCentered: true } : {}),
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.from}:${p.repeatRows.to}` } : {}),
    };
  }
  if (sheet.tabColour) ws.properties.tabColor = { argb: argb(sheet.tabColour) };
  if (sheet.visibility) ws.state = sheet.visibility;
}
