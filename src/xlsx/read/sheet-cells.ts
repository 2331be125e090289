/**
 * One worksheet's XML -> its cells, read as ExcelJS (the reader before this one) reads them,
 * so a file gives the same snapshot:
 * - t="s" a shared string, "str" and "inlineStr" text, "b" a boolean, "e" an error
 *   ({ error: "#DIV/0!" }), anything else a number (parseFloat of <v>);
 * - a number whose style is a date format becomes ISO text (see number-formats.ts);
 * - a formula (<f>, or a shared formula's <f t="shared" si="n"/>) gives its cached result as
 *   the value (null without one) and its text, "=" first, as the formula; a shared formula's
 *   text is the master's, moved (shared-formula.ts);
 * - a cell with no value but a style (s="n", n > 0) is a blank that still counts towards the
 *   used area; one with neither is nothing at all;
 * - t="d" (ISO date text, written by a few programs, never by Excel) stays the text it is.
 * Merged ranges (<mergeCell ref>) are returned as they are; sheet-grid.ts applies them.
 * Hyperlinks, comments and styles other than number formats are not read.
 */
import type { CellRange } from "../../core/sheets/a1";
import { parseRange } from "../../core/sheets/a1";
import type { SnapshotValue } from "../../core/sheets/snapshot";
import { isoFromSerial } from "./number-formats";
import { decodeEscapes } from "./package-parts";
import { slideFormula } from "./shared-formula";
import { walkXmlAfresh } from "./xml-walk";

export interface ParsedCell {
  value: SnapshotValue;
  formula: string | null;
  /** A style but no value: empty, yet part of the used area. */
  blank: boolean;
  /** A constant string, number or boolean (no formula, no date, no error): metadata may be read from it. */
  plain: boolean;
}

export interface ParsedSheet {
  /** Cells by row number, each row's array indexed by column - 1 (sparse). */
  rows: Map<number, ParsedCell[]>;
  /** The highest <row r> seen: rows without cells count too. */
  lastRow: number;
  merges: CellRange[];
}

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** A shared string index that is not in the table: the file is damaged. */
export class BadSharedStringError extends Error {
  override name = "BadSharedStringError";
}

type Buffered = "f" | "v" | "t" | "run" | undefined;

const DOLLAR = 0x24;

/** The column of an address ("B7", "$AB$12": /^\$?([A-Za-z]{1,3})\$?\d/), read without a regex (one per cell). */
function columnOf(address: string | undefined): number | undefined {
  if (address === undefined) return undefined;
  let i = address.charCodeAt(0) === DOLLAR ? 1 : 0;
  let n = 0;
  const from = i;
  for (; i - from < 3; i++) {
    const lower = address.charCodeAt(i) | 0x20;
    if (lower < 0x61 || lower > 0x7a) break;
    n = n * 26 + (lower - 96);
  }
  if (i === from) return undefined;
  if (address.charCodeAt(i) === DOLLAR) i++;
  const digit = address.charCodeAt(i);
  return digit >= 0x30 && digit <= 0x39 ? n : undefined;
}

/** The elements whose attributes the reader uses. */
const READ_ATTRIBUTES: ReadonlySet<string> = new Set(["row", "c", "f", "mergeCell"]);

class SheetReader {
  readonly attributesOf = READ_ATTRIBUTES;
  readonly sheet: ParsedSheet = { rows: new Map(), lastRow: 0, merges: [] };
  private row = 0;
  private cells: ParsedCell[] = [];
  private column = 0;
  private type: string | undefined;
  private style = 0;
  private hasFormula = false;
  private formulaText = "";
  private shareType: string | undefined;
  private shareIndex: string | undefined;
  private shareRef: string | undefined;
  private valueText: string | undefined;
  private runText: string | undefined;
  private inInline = false;
  private phonetic = 0;
  private buffered: Buffered;
  /** Shared formula masters by si: their formula and position, for the cells that share them. */
  private readonly masters = new Map<string, { formula: string; row: number; column: number }>();

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case "row": {
        const r = parseInt(attributes.r ?? "", 10);
        this.row = r > 0 ? r : this.row + 1;
        if (this.row > this.sheet.lastRow) this.sheet.lastRow = this.row;
        let cells = this.sheet.rows.get(this.row);
        if (!cells) this.sheet.rows.set(this.row, (cells = []));
        this.cells = cells;
        this.column = 0;
        return;
      }
      case "c":
        this.column = columnOf(attributes.r) ?? this.column + 1;
        this.type = attributes.t;
        this.style = attributes.s === undefined ? 0 : parseInt(attributes.s, 10) || 0;
        this.hasFormula = false;
        this.formulaText = "";
        this.shareType = undefined;
        this.shareIndex = undefined;
        this.shareRef = undefined;
        this.valueText = undefined;
        this.runText = undefined;
        return;
      case "f":
        this.hasFormula = true;
        this.shareType = attributes.t;
        this.shareIndex = attributes.si;
        this.shareRef = attributes.ref;
        this.buffered = "f";
        return;
      case "v":
        this.buffered = "v";
        return;
      case "is":
        this.inInline = true;
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "r":
        if (this.inInline) this.runText ??= "";
        return;
      case "t":
        if (this.inInline && this.phonetic === 0) this.buffered = this.runText === undefined ? "t" : "run";
        return;
      case "mergeCell": {
        const range = parseRange(attributes.ref ?? "");
        if (range) this.sheet.merges.push(range);
        return;
      }
      default:
        return;
    }
  }

  wantsText(): boolean {
    return this.buffered !== undefined;
  }

  text(text: string): void {
    switch (this.buffered) {
      case "f":
        this.formulaText += text;
        return;
      case "v":
      case "t":
        this.valueText = (this.valueText ?? "") + text;
        return;
      case "run":
        this.runText += text;
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "f":
      case "v":
        this.buffered = undefined;
        return;
      case "t":
        if (this.buffered === "run") {
          // Rich text runs are flattened; their text is unescaped as shared strings are.
          this.valueText = (this.valueText ?? "") + decodeEscapes(this.runText ?? "");
          this.runText = "";
        }
        if (this.buffered === "t" || this.buffered === "run") this.buffered = undefined;
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "is":
        this.inInline = false;
        return;
      case "c":
        this.finishCell();
        return;
      default:
        return;
    }
  }

  private finishCell(): void {
    const { type, valueText } = this;
    const isFormula = this.formulaText !== "" || (this.hasFormula && this.shareType !== undefined);
    if (isFormula) {
      // A cached result; "" (an empty <v/>) means none.
      let value: SnapshotValue = null;
      if (valueText)
        value =
          type === "str"
            ? valueText
            : type === "b"
              ? parseInt(valueText, 10) !== 0
              : type === "e"
                ? { error: valueText }
                : this.number(parseFloat(valueText));
      this.cells[this.column - 1] = { value, formula: this.formulaOf(), blank: false, plain: false };
      return;
    }
    if (valueText === undefined) {
      if (this.style) this.cells[this.column - 1] = { value: null, formula: null, blank: true, plain: false };
      return;
    }
    let value: SnapshotValue;
    let plain = true;
    switch (type) {
      case "s": {
        const text = this.context.sharedStrings[parseInt(valueText, 10)];
        if (text === undefined) throw new BadSharedStringError(`shared string ${valueText} does not exist`);
        value = text;
        break;
      }
      case "str":
      case "inlineStr":
      case "d":
        value = valueText;
        break;
      case "b":
        value = parseInt(valueText, 10) !== 0;
        break;
      case "e":
        value = { error: valueText };
        plain = false;
        break;
      default: {
        const n = parseFloat(valueText);
        value = this.number(n);
        plain = typeof value === "number";
      }
    }
    this.cells[this.column - 1] = { value, formula: null, blank: false, plain };
  }

  private number(n: number): SnapshotValue {
    return this.style && this.context.dateStyles.has(this.style)
      ? isoFromSerial(n, this.context.date1904)
      : n;
  }

  private formulaOf(): string | null {
    const own = this.formulaText;
    if (this.shareType === "shared" && this.shareIndex !== undefined) {
      if (this.shareRef !== undefined) {
        this.masters.set(this.shareIndex, { formula: own, row: this.row, column: this.column });
      } else if (own === "") {
        const master = this.masters.get(this.shareIndex);
        if (!master || master.formula === "") return null;
        return `=${slideFormula(master.formula, master, { row: this.row, column: this.column })}`;
      }
    }
    return own === "" ? null : `=${own}`;
  }
}

export function parseSheetCells(xml: string, context: SheetContext): ParsedSheet {
  return walkXmlAfresh(xml, () => new SheetReader(context)).sheet;
}
