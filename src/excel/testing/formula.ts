/**
 * The fake's small formula evaluator: numbers, cell references (optionally sheet-qualified,
 * with `$`), + - * / ^, unary signs, parentheses and SUM over references. That covers the
 * arithmetic the host writes (`=D5/C5*100`, `=SUM(D5:D9)`); anything else is "unsupported"
 * and the cell reads as its cached value, or "#FAKE!" without one. Errors follow Excel:
 * #DIV/0! on division by zero, #VALUE! for text in arithmetic, #REF! for a missing sheet.
 *
 * Also here: the rewriting Excel does to formulas when a sheet is renamed or deleted.
 */
import type { Rect } from "./a1";
import { parseRect, splitSheet } from "./a1";
import { ERROR_VALUES, UNEVALUATED } from "./cell-values";
import type { CellValue, SheetModel, WorkbookModel } from "./model";
import { cellAt, findSheet, keyColumn, keyRow, storedCellsIn } from "./model";

/** Thrown inside the parser when a formula leaves what the fake evaluates. */
class Unsupported extends Error {}
/** Thrown inside the parser to carry an Excel error value (#DIV/0!, #VALUE!) out. */
class ErrorValue extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Visiting = Set<string>;

/** The value a cell shows: its constant, or its formula's result. */
export function valueAt(
  workbook: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  visiting: Visiting = new Set(),
): CellValue {
  const cell = cellAt(sheet, row, column);
  if (!cell) return "";
  if (cell.formula === undefined) return cell.value;
  const key = `${sheet.id}:${row}:${column}`;
  if (visiting.has(key)) return 0; // a circular reference shows 0 in Excel
  visiting.add(key);
  try {
    const result = evaluate(workbook, sheet, cell.formula, visiting);
    if (result !== undefined) return result;
    return cell.value !== "" ? cell.value : UNEVALUATED;
  } finally {
    visiting.delete(key);
  }
}

/** Evaluates a formula ("=..."), or undefined when it is outside what the fake evaluates. */
export function evaluate(
  workbook: WorkbookModel,
  sheet: SheetModel,
  formula: string,
  visiting: Visiting = new Set(),
): CellValue | undefined {
  try {
    const parser = new Parser(formula.slice(1), workbook, sheet, visiting);
    const result = parser.expression();
    parser.end();
    return result;
  } catch (caught) {
    if (caught instanceof ErrorValue) return caught.code;
    if (caught instanceof Unsupported) return undefined;
    throw caught;
  }
}

const REFERENCE =
  /^(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\p{L}\p{N}_(])/u;

class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly workbook: WorkbookModel,
    private readonly sheet: SheetModel,
    private readonly visiting: Visiting,
  ) {}

  end(): void {
    this.space();
    if (this.at < this.text.length) throw new Unsupported();
  }

  expression(): number {
    let left = this.term();
    for (;;) {
      const op = this.peek("+") ?? this.peek("-");
      if (!op) return left;
      const right = this.term();
      left = op === "+" ? left + right : left - right;
    }
  }

  private term(): number {
    let left = this.power();
    for (;;) {
      const op = this.peek("*") ?? this.peek("/");
      if (!op) return left;
      const right = this.power();
      if (op === "/" && right === 0) throw new ErrorValue("#DIV/0!");
      left = op === "*" ? left * right : left / right;
    }
  }

  private power(): number {
    let left = this.unary();
    while (this.peek("^")) left = left ** this.unary();
    return left;
  }

  // Excel binds a leading sign tighter than ^ (=-2^2 is 4).
  private unary(): number {
    if (this.peek("-")) return -this.unary();
    if (this.peek("+")) return this.unary();
    return this.primary();
  }

  private primary(): number {
    this.space();
    const rest = this.text.slice(this.at);
    const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(rest);
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    if (this.peek("(")) {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (/^SUM\(/i.test(rest)) {
      this.at += 4;
      let total = 0;
      do total += this.sumArgument();
      while (this.peek(","));
      this.expect(")");
      return total;
    }
    const reference = this.reference();
    if (!reference) throw new Unsupported();
    if (reference.rect.rowCount !== 1 || reference.rect.columnCount !== 1) throw new ErrorValue("#VALUE!");
    return toNumber(
      valueAt(this.workbook, reference.sheet, reference.rect.row, reference.rect.column, this.visiting),
    );
  }

  // SUM adds the numbers in a reference and skips its text and booleans, as Excel does.
  private sumArgument(): number {
    this.space();
    const save = this.at;
    const reference = this.reference();
    if (reference && /^\s*[,)]/.test(this.text.slice(this.at))) {
      let total = 0;
      for (const [key] of storedCellsIn(reference.sheet, reference.rect)) {
        const value = valueAt(this.workbook, reference.sheet, keyRow(key), keyColumn(key), this.visiting);
        if (typeof value === "string" && ERROR_VALUES.has(value)) throw new ErrorValue(value);
        if (typeof value === "number") total += value;
      }
      return total;
    }
    this.at = save;
    return this.expression();
  }

  private reference(): { sheet: SheetModel; rect: Rect } | undefined {
    const m = REFERENCE.exec(this.text.slice(this.at));
    if (!m) return undefined;
    this.at += m[0].length;
    const { sheet: sheetName } = splitSheet(m[1] ? `${m[1]}!x` : "x");
    const sheet = sheetName === undefined ? this.sheet : findSheet(this.workbook, sheetName);
    if (!sheet) throw new ErrorValue("#REF!");
    const rect = parseRect(m[2]!);
    if (!rect) throw new Unsupported();
    return { sheet, rect };
  }

  private space(): void {
    while (this.text[this.at] === " ") this.at++;
  }

  private peek(token: string): string | undefined {
    this.space();
    if (this.text.startsWith(token, this.at)) {
      this.at += token.length;
      return token;
    }
    return undefined;
  }

  private expect(token: string): void {
    if (!this.peek(token)) throw new Unsupported();
  }
}

function toNumber(value: CellValue): number {
  if (value === "") return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (ERROR_VALUES.has(value)) throw new ErrorValue(value);
  const n = Number(value.trim());
  if (value.trim() !== "" && Number.isFinite(n)) return n;
  throw new ErrorValue("#VALUE!");
}

const QUALIFIED_REFERENCE =
  /('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/gu;

function sameSheet(written: string, name: string): boolean {
  const { sheet } = splitSheet(`${written}!x`);
  return sheet !== undefined && sheet.toLowerCase() === name.toLowerCase();
}

/** Renaming a sheet rewrites every reference to it (Excel keeps formulas pointing at it). */
export function renameSheetReferences(formula: string, oldName: string, quotedNewName: string): string {
  return formula.replace(QUALIFIED_REFERENCE, (whole: string, sheet: string, cells: string) =>
    sameSheet(sheet, oldName) ? `${quotedNewName}!${cells}` : whole,
  );
}

/** Deleting a sheet turns every reference to it into #REF!, as Excel does. */
export function breakSheetReferences(formula: string, deletedName: string): string {
  return formula.replace(QUALIFIED_REFERENCE, (whole: string, sheet: string) =>
    sameSheet(sheet, deletedName) ? "#REF!" : whole,
  );
}
