/**
 * The text of a cell that shares another cell's formula (<f t="shared" si="0"/>): the master's
 * formula with its relative references moved by the distance between the two cells, as
 * ExcelJS (the reader before this one) computes it: "B1*2" shared from C1 to C3 is "B3*2";
 * "$B$1" stays; a name followed by "(" is a function and stays.
 */
import { columnIndex, columnLetters } from "../../core/sheets/a1";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(
  formula: string,
  from: { row: number; column: number },
  to: { row: number; column: number },
): string {
  return formula.replace(
    CANDIDATE,
    (match, sheet: string | undefined, _sheetName: string | undefined, part: string, paren?: string) => {
      if (paren) return match;
      const ref = REFERENCE.exec(part);
      if (!ref) return match;
      const [, columnDollar = "", letters = "", rowDollar = "", rowText = ""] = ref;
      const upper = letters.toUpperCase();
      // More than three letters, or past XFD, is a name, not a column.
      if (upper.length > 3 || (upper.length === 3 && upper > "XFD")) return match;
      const column = (columnIndex(upper) ?? 0) + (columnDollar ? 0 : to.column - from.column);
      const row = parseInt(rowText, 10) + (rowDollar ? 0 : to.row - from.row);
      if (column < 1 || column > 16_384 || row < 1) return "#REF!";
      return `${sheet ?? ""}${columnDollar}${columnLetters(column)}${rowDollar}${row}`;
    },
  );
}
