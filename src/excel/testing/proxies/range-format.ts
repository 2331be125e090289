/**
 * Range.format and what hangs off it: fill, font, borders, protection (locked), alignment,
 * column widths and row heights. A read over several cells answers the common value, or null
 * when they differ ("Blank and null values in Excel add-ins").
 */
import type { Rect } from "../a1";
import { MAX_COLUMNS, MAX_ROWS } from "../a1";
import { FakeClientObject } from "../client-object";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { SheetModel, WorkbookModel } from "../model";
import { BORDER_INDEXES, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, readStyle, writeStyle } from "../model";
import type { EditKind } from "../protection-rules";
import { assertMayEdit } from "../protection-rules";
import type { RangeTarget } from "../range-writes";
import type { FakeRequestContext } from "../request-context";
import type { Normalize } from "../style-values";
import {
  BORDER_STYLES,
  BORDER_WEIGHTS,
  HORIZONTAL_ALIGNMENTS,
  UNDERLINES,
  VERTICAL_ALIGNMENTS,
  bool,
  color,
  positiveNumber,
  text,
} from "../style-values";
import type { FakeRange } from "./range";

interface StyleField {
  key: string;
  kind: EditKind;
  normalize: Normalize;
}

/** A proxy whose scalar properties are style keys of the range's cells. */
abstract class FakeRangeStyleObject extends FakeClientObject<RangeTarget> {
  protected abstract readonly fields: Record<string, StyleField>;

  constructor(
    context: FakeRequestContext,
    path: string,
    entity: string,
    protected readonly range: FakeRange,
  ) {
    super(context, path, entity, range.nullable);
  }

  protected locate(workbook: WorkbookModel): RangeTarget | null {
    return this.range.tryResolve(workbook);
  }

  protected scalarNames(): readonly string[] {
    return Object.keys(this.fields);
  }

  protected readScalar(target: RangeTarget, name: string): unknown {
    return readStyle(target.sheet, target.rect, this.field(name).key);
  }

  protected override writeScalar(target: RangeTarget, name: string, value: unknown): void {
    const field = this.field(name);
    const location = `${this.entity}.${name}`;
    assertMayEdit(target.sheet, target.rect, field.kind, location);
    writeStyle(target.sheet, target.rect, field.key, field.normalize(value, location));
  }

  private field(name: string): StyleField {
    const field = this.fields[name];
    if (!field) throw new FakeExcelError(FakeErrorCode.invalidArgument, `${this.entity}.${name}`);
    return field;
  }
}

const cells = (key: string, normalize: Normalize): StyleField => ({ key, kind: "cells", normalize });

export class FakeRangeFill extends FakeRangeStyleObject {
  protected readonly fields = { color: cells("fill.color", color) };

  constructor(context: FakeRequestContext, path: string, range: FakeRange) {
    super(context, path, "RangeFill", range);
  }

  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueSet("color", value);
  }

  /** Removes the fill: the color reads back as white, Excel's "no fill". */
  clear(): void {
    this.queueMethod("clear", [], ({ sheet, rect }) => {
      assertMayEdit(sheet, rect, "cells", "RangeFill.clear");
      writeStyle(sheet, rect, "fill.color", undefined);
    });
  }
}

export class FakeRangeFont extends FakeRangeStyleObject {
  protected readonly fields = {
    name: cells("font.name", text),
    size: cells("font.size", positiveNumber),
    color: cells("font.color", color),
    bold: cells("font.bold", bool),
    italic: cells("font.italic", bool),
    underline: cells("font.underline", UNDERLINES),
    strikethrough: cells("font.strikethrough", bool),
  };

  constructor(context: FakeRequestContext, path: string, range: FakeRange) {
    super(context, path, "RangeFont", range);
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", value);
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(value: number) {
    this.queueSet("size", value);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueSet("color", value);
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.queueSet("bold", value);
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.queueSet("italic", value);
  }
  get underline(): string {
    return this.loaded("underline");
  }
  set underline(value: string) {
    this.queueSet("underline", value);
  }
  get strikethrough(): boolean {
    return this.loaded("strikethrough");
  }
  set strikethrough(value: boolean) {
    this.queueSet("strikethrough", value);
  }
}

/** Locking is refused on a protected sheet whatever its options: Excel has no permission for it. */
export class FakeFormatProtection extends FakeRangeStyleObject {
  protected readonly fields: Record<string, StyleField> = {
    locked: { key: "locked", kind: "structure", normalize: bool },
    formulaHidden: { key: "formulaHidden", kind: "structure", normalize: bool },
  };

  constructor(context: FakeRequestContext, path: string, range: FakeRange) {
    super(context, path, "FormatProtection", range);
  }

  get locked(): boolean {
    return this.loaded("locked");
  }
  set locked(value: boolean) {
    this.queueSet("locked", value);
  }
  get formulaHidden(): boolean {
    return this.loaded("formulaHidden");
  }
  set formulaHidden(value: boolean) {
    this.queueSet("formulaHidden", value);
  }
}

/** The cell edges an Excel border index paints, each with its neighbour's matching edge. */
function edgesOf(index: string, rect: Rect): Array<{ rect: Rect; edge: string }> {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  const rows = (row: number, rowCount: number): Rect => ({ ...rect, row, rowCount });
  const columns = (column: number, columnCount: number): Rect => ({ ...rect, column, columnCount });
  const list: Array<{ rect: Rect; edge: string }> = [];
  const add = (r: Rect, edge: string): void => {
    if (
      r.rowCount > 0 &&
      r.columnCount > 0 &&
      r.row >= 0 &&
      r.column >= 0 &&
      r.row + r.rowCount <= MAX_ROWS &&
      r.column + r.columnCount <= MAX_COLUMNS
    ) {
      list.push({ rect: r, edge });
    }
  };
  switch (index) {
    case "EdgeTop":
      add(rows(rect.row, 1), "EdgeTop");
      add(rows(rect.row - 1, 1), "EdgeBottom");
      break;
    case "EdgeBottom":
      add(rows(lastRow, 1), "EdgeBottom");
      add(rows(lastRow + 1, 1), "EdgeTop");
      break;
    case "EdgeLeft":
      add(columns(rect.column, 1), "EdgeLeft");
      add(columns(rect.column - 1, 1), "EdgeRight");
      break;
    case "EdgeRight":
      add(columns(lastColumn, 1), "EdgeRight");
      add(columns(lastColumn + 1, 1), "EdgeLeft");
      break;
    case "InsideHorizontal":
      add(rows(rect.row, rect.rowCount - 1), "EdgeBottom");
      add(rows(rect.row + 1, rect.rowCount - 1), "EdgeTop");
      break;
    case "InsideVertical":
      add(columns(rect.column, rect.columnCount - 1), "EdgeRight");
      add(columns(rect.column + 1, rect.columnCount - 1), "EdgeLeft");
      break;
    default:
      add(rect, index);
  }
  return list;
}

export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  private static readonly normalizers: Record<string, Normalize> = {
    style: BORDER_STYLES,
    color,
    weight: BORDER_WEIGHTS,
  };

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly range: FakeRange,
    private readonly index: string,
  ) {
    super(context, path, "RangeBorder", range.nullable);
  }

  protected locate(workbook: WorkbookModel): RangeTarget | null {
    if (!BORDER_INDEXES.includes(this.index))
      throw new FakeExcelError(FakeErrorCode.invalidArgument, "RangeBorderCollection.getItem");
    return this.range.tryResolve(workbook);
  }

  protected scalarNames(): readonly string[] {
    return ["sideIndex", "style", "color", "weight"];
  }

  protected readScalar(target: RangeTarget, name: string): unknown {
    if (name === "sideIndex") return this.index;
    const [first] = edgesOf(this.index, target.rect);
    return first ? readStyle(target.sheet, first.rect, `border.${first.edge}.${name}`) : null;
  }

  protected override writeScalar(
    target: RangeTarget,
    name: string,
    value: unknown,
    workbook: WorkbookModel,
  ): void {
    const normalize = FakeRangeBorder.normalizers[name];
    if (!normalize) return super.writeScalar(target, name, value, workbook);
    const location = `RangeBorder.${name}`;
    assertMayEdit(target.sheet, target.rect, "cells", location);
    const normalized = normalize(value, location);
    for (const { rect, edge } of edgesOf(this.index, target.rect))
      writeStyle(target.sheet, rect, `border.${edge}.${name}`, normalized);
  }

  get sideIndex(): string {
    return this.loaded("sideIndex");
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(value: string) {
    this.queueSet("style", value);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueSet("color", value);
  }
  get weight(): string {
    return this.loaded("weight");
  }
  set weight(value: string) {
    this.queueSet("weight", value);
  }
}

export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(context, path, "RangeBorderCollection", range.nullable);
  }

  protected locate(workbook: WorkbookModel): RangeTarget | null {
    return this.range.tryResolve(workbook);
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(
      this.context,
      `${this.path}.getItem(${JSON.stringify(index)})`,
      this.range,
      index,
    );
  }
}

type Dimension = "columns" | "rows";

function sizeOf(sheet: SheetModel, rect: Rect, dimension: Dimension): number | null {
  const sizes = dimension === "columns" ? sheet.columnWidths : sheet.rowHeights;
  const fallback = dimension === "columns" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
  const start = dimension === "columns" ? rect.column : rect.row;
  const count = dimension === "columns" ? rect.columnCount : rect.rowCount;
  const first = sizes.get(start) ?? fallback;
  for (let i = start + 1; i < start + count; i++) if ((sizes.get(i) ?? fallback) !== first) return null;
  return first;
}

export class FakeRangeFormat extends FakeRangeStyleObject {
  protected readonly fields = {
    horizontalAlignment: cells("horizontalAlignment", HORIZONTAL_ALIGNMENTS),
    verticalAlignment: cells("verticalAlignment", VERTICAL_ALIGNMENTS),
    wrapText: cells("wrapText", bool),
    indentLevel: cells("indentLevel", positiveNumber),
  };
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;
  readonly protection: FakeFormatProtection;

  constructor(context: FakeRequestContext, path: string, range: FakeRange) {
    super(context, path, "RangeFormat", range);
    this.fill = new FakeRangeFill(context, `${path}.fill`, range);
    this.font = new FakeRangeFont(context, `${path}.font`, range);
    this.borders = new FakeRangeBorderCollection(context, `${path}.borders`, range);
    this.protection = new FakeFormatProtection(context, `${path}.protection`, range);
  }

  protected override scalarNames(): readonly string[] {
    return [...Object.keys(this.fields), "columnWidth", "rowHeight"];
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    if (name === "borders") return this.borders;
    if (name === "protection") return this.protection;
    return undefined;
  }

  protected override readScalar(target: RangeTarget, name: string): unknown {
    if (name === "columnWidth") return sizeOf(target.sheet, target.rect, "columns");
    if (name === "rowHeight") return sizeOf(target.sheet, target.rect, "rows");
    return super.readScalar(target, name);
  }

  protected override writeScalar(target: RangeTarget, name: string, value: unknown): void {
    if (name !== "columnWidth" && name !== "rowHeight") return super.writeScalar(target, name, value);
    const location = `RangeFormat.${name}`;
    const dimension: Dimension = name === "columnWidth" ? "columns" : "rows";
    assertMayEdit(target.sheet, target.rect, dimension, location);
    const size = positiveNumber(value, location) as number;
    const sizes = dimension === "columns" ? target.sheet.columnWidths : target.sheet.rowHeights;
    const start = dimension === "columns" ? target.rect.column : target.rect.row;
    const count = dimension === "columns" ? target.rect.columnCount : target.rect.rowCount;
    for (let i = start; i < start + count; i++) sizes.set(i, size);
  }

  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.queueSet("horizontalAlignment", value);
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.queueSet("verticalAlignment", value);
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.queueSet("wrapText", value);
  }
  get indentLevel(): number {
    return this.loaded("indentLevel");
  }
  set indentLevel(value: number) {
    this.queueSet("indentLevel", value);
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(value: number) {
    this.queueSet("columnWidth", value);
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  set rowHeight(value: number) {
    this.queueSet("rowHeight", value);
  }

  /** The fake has no fonts to measure: autofit keeps the widths and heights as they are. */
  autofitColumns(): void {
    this.queueMethod("autofitColumns", [], ({ sheet, rect }) =>
      assertMayEdit(sheet, rect, "columns", "RangeFormat.autofitColumns"),
    );
  }

  autofitRows(): void {
    this.queueMethod("autofitRows", [], ({ sheet, rect }) =>
      assertMayEdit(sheet, rect, "rows", "RangeFormat.autofitRows"),
    );
  }
}
