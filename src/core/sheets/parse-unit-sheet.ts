/**
 * The one door through which a filled unit sheet enters: a SheetSnapshot (what a host read)
 * becomes a RawUnitReport (every cell of every indicator row, untrusted, with its address).
 *
 * What it relies on: the key row (a row holding the machine keys "code", "actual",
 * "cumulative"...), found by its content wherever it is; the code column, whose text names
 * each indicator row; identity from metadata, else from the hidden identity row.
 * What it repairs: nothing. Values are classified, never converted: text stays text (even
 * whitespace), so validation can name what was typed.
 * What it tolerates: moved, inserted, hidden or extra rows and columns (found by key and code),
 * a renamed sheet or file (identity is in metadata), repeated codes (kept for validation).
 * What it rejects, with a located message: a sheet with no key row, a key row with a key twice
 * (which column holds the figures would be a guess), a sheet of another template, a sheet
 * whose unit or period cannot be told. Never throws on any snapshot.
 */
import type { RawCell, RawRow, RawUnitReport, Reporter } from "../report/unit-report";
import { isColumnKey, type ColumnKey } from "../template/columns";
import type { Template } from "../template/schema";
import { cellAddress, parseAddress, type CellPosition } from "./a1";
import { METADATA_KEYS } from "./plan-types";
import { toRawValue, type SheetSnapshot } from "./snapshot";
import { IDENTITY_KEYS, TITLE_LABELS, normaliseLabel } from "./unit-sheet-layout";
import { readSheetDate } from "./sheet-date";

export type SheetProblemCode =
  | "not-a-grid"
  | "no-key-row"
  | "duplicate-column"
  | "missing-column"
  | "second-key-row"
  | "row-without-code"
  | "no-identity"
  | "other-template"
  | "template-version"
  | "template-unknown"
  | "identity-mismatch"
  | "date-unreadable";

export interface SheetProblem {
  code: SheetProblemCode;
  /** error: the figures it concerns cannot be trusted; warning: worth a look. */
  severity: "error" | "warning";
  sheet: string;
  /** A1 address on the sheet, where the problem has one. */
  address?: string;
  vi: string;
  en: string;
}

export interface ParseUnitSheetOptions {
  template: Template;
  /** Workbook-wide metadata the host found (custom properties). */
  workbookMetadata?: Record<string, string>;
  /** The file the sheet came from, kept as the report's source. */
  fileName?: string;
}

export type ParseUnitSheetResult =
  { ok: true; report: RawUnitReport; problems: SheetProblem[] } | { ok: false; problem: SheetProblem };

/** The keys that make a row the key row: the code column and at least one figure column. */
const KEY_ROW_NEEDS = ["code"] as const;
const KEY_ROW_ONE_OF = ["actual", "cumulative"] as const;
/** What a code looks like; other text in the code column of an empty row is a footnote. */
const CODE_LIKE = /^[A-Za-z][A-Za-z0-9_.-]{0,15}$/;

interface Grid {
  sheet: string;
  origin: CellPosition;
  values: unknown[][];
  formulas: unknown[][];
}

export function parseUnitSheet(
  snapshot: SheetSnapshot,
  options: ParseUnitSheetOptions,
): ParseUnitSheetResult {
  const sheet = typeof snapshot?.name === "string" ? snapshot.name : "";
  const problem = located(sheet);
  const origin = parseAddress(typeof snapshot?.origin === "string" ? snapshot.origin : "A1");
  if (!Array.isArray(snapshot?.values) || !origin)
    return {
      ok: false,
      problem: problem(
        "not-a-grid",
        "error",
        undefined,
        "không đọc được dữ liệu của trang tính.",
        "the sheet's data could not be read.",
      ),
    };
  const grid: Grid = {
    sheet,
    origin,
    values: snapshot.values.map((row) => (Array.isArray(row) ? row : [])),
    formulas: Array.isArray(snapshot.formulas)
      ? snapshot.formulas.map((row) => (Array.isArray(row) ? (row as unknown[]) : []))
      : [],
  };
  const address = (r: number, c: number) => cellAddress(origin.row + r, origin.column + c);

  const keyRowIndex = grid.values.findIndex(isKeyRow);
  if (keyRowIndex < 0)
    return {
      ok: false,
      problem: problem(
        "no-key-row",
        "error",
        undefined,
        "không tìm thấy hàng mã cột (code, actual, cumulative...). Trang tính này không phải biểu do tonghop tạo, hoặc hàng mã cột đã bị xóa; hãy dùng biểu mẫu gốc.",
        "no key row (code, actual, cumulative...) was found. This sheet was not made from a tonghop template, or its key row was deleted; use the original form.",
      ),
    };

  // Columns by key, from the key row.
  const columns = new Map<ColumnKey, number>();
  const keyRow = grid.values[keyRowIndex]!;
  for (let c = 0; c < keyRow.length; c++) {
    const key = textOf(keyRow[c]);
    if (key === undefined || !isColumnKey(key)) continue;
    if (columns.has(key))
      return {
        ok: false,
        problem: problem(
          "duplicate-column",
          "error",
          address(keyRowIndex, c),
          `mã cột "${key}" xuất hiện hai lần (ô ${address(keyRowIndex, columns.get(key)!)} và ${address(keyRowIndex, c)}), không biết cột nào chứa số liệu. Hãy xóa cột thừa.`,
          `column key "${key}" appears twice (cells ${address(keyRowIndex, columns.get(key)!)} and ${address(keyRowIndex, c)}); which column holds the figures cannot be told. Delete the extra column.`,
        ),
      };
    columns.set(key, c);
  }

  const problems: ReturnType<typeof problem>[] = [];
  const requiredColumns = new Set(options.template.indicators.flatMap((i) => i.required));
  for (const column of options.template.columns) {
    if (columns.has(column.key)) continue;
    const required = (requiredColumns as Set<string>).has(column.key);
    problems.push(
      problem(
        "missing-column",
        required ? "error" : "warning",
        address(keyRowIndex, 0),
        `thiếu cột "${column.header.vi}" (mã ${column.key}) trong hàng mã cột; số liệu cột này coi như chưa báo cáo.`,
        `the "${column.header.en}" column (key ${column.key}) is missing from the key row; its figures count as not reported.`,
      ),
    );
  }

  // Indicator rows: every row below the key row with something in the code column.
  const codeColumn = columns.get("code")!;
  const figureColumns = [...columns].filter(([key]) => key !== "code" && key !== "name" && key !== "uom");
  const rows: RawRow[] = [];
  for (let r = keyRowIndex + 1; r < grid.values.length; r++) {
    const values = grid.values[r]!;
    if (isKeyRow(values)) {
      problems.push(
        problem(
          "second-key-row",
          "warning",
          address(r, codeColumn),
          "có hàng mã cột thứ hai; các hàng bên dưới không được đọc.",
          "a second key row was found; the rows below it were not read.",
        ),
      );
      break;
    }
    const codeValue = toRawValue(values[codeColumn]);
    const code = codeText(codeValue);
    const hasFigures = figureColumns.some(([, c]) => toRawValue(values[c]).kind !== "blank");
    if (code === undefined) {
      if (hasFigures)
        problems.push(
          problem(
            "row-without-code",
            "warning",
            address(r, codeColumn),
            "hàng có số liệu nhưng không có mã chỉ tiêu nên không được đọc.",
            "the row has figures but no indicator code, so it was not read.",
          ),
        );
      continue;
    }
    if (!hasFigures && !CODE_LIKE.test(code)) continue;
    const cells: RawRow["cells"] = {};
    for (const [key, c] of columns) cells[key] = rawCell(grid, r, c);
    rows.push({ code, row: origin.row + r, cells });
  }

  // Identity: metadata tied to the sheet, then the workbook's, then the hidden identity row.
  const above = grid.values.slice(0, keyRowIndex);
  const fromRow = (label: string) => {
    const found = findLabelled(above, label);
    return found && found.value.kind !== "blank" ? textOfRaw(found.value) : undefined;
  };
  const sources = [snapshot.metadata ?? {}, options.workbookMetadata ?? {}];
  const identity = (key: string): { value?: string; conflict?: string } => {
    const found = [...sources.map((s) => nonEmpty(s[key])), fromRow(key)].filter(
      (v): v is string => v !== undefined,
    );
    const value = found[0];
    const conflict = found.find((v) => v !== value);
    return { value, ...(conflict === undefined ? {} : { conflict }) };
  };
  const unitId = identity(METADATA_KEYS.unitId);
  const period = identity(METADATA_KEYS.period);
  const templateId = identity(METADATA_KEYS.templateId);
  const templateVersion = identity(METADATA_KEYS.templateVersion);

  if (unitId.value === undefined || period.value === undefined)
    return {
      ok: false,
      problem: problem(
        "no-identity",
        "error",
        undefined,
        "không xác định được đơn vị hoặc kỳ báo cáo (thiếu thông tin nhận dạng của biểu). Hãy dùng biểu mẫu gốc đã gửi cho đơn vị.",
        "the unit or the period cannot be told (the form's identity is missing). Use the original form sent to the unit.",
      ),
    };
  const { template } = options;
  if (templateId.value !== undefined && templateId.value !== template.id)
    return {
      ok: false,
      problem: problem(
        "other-template",
        "error",
        undefined,
        `biểu được tạo từ mẫu "${templateId.value}", không phải mẫu "${template.id}" đang dùng.`,
        `the form was made from template "${templateId.value}", not from "${template.id}" in use.`,
      ),
    };
  if (templateId.value === undefined)
    problems.push(
      problem(
        "template-unknown",
        "warning",
        undefined,
        `biểu không ghi mẫu biểu; đọc theo mẫu "${template.id}".`,
        `the form does not say its template; read as "${template.id}".`,
      ),
    );
  if (templateVersion.value !== undefined && templateVersion.value !== template.version)
    problems.push(
      problem(
        "template-version",
        "warning",
        undefined,
        `biểu theo mẫu phiên bản ${templateVersion.value}, mẫu đang dùng là ${template.version}; số liệu được đọc theo mã chỉ tiêu.`,
        `the form is of template version ${templateVersion.value}, the one in use is ${template.version}; figures are read by indicator code.`,
      ),
    );
  for (const [field, found] of [
    ["unit", unitId],
    ["period", period],
  ] as const) {
    if (found.conflict === undefined) continue;
    problems.push(
      problem(
        "identity-mismatch",
        "warning",
        undefined,
        `thông tin nhận dạng không khớp (${field === "unit" ? "đơn vị" : "kỳ"}: "${found.value}" và "${found.conflict}"); dùng "${found.value}" ghi trong thuộc tính của trang tính.`,
        `the form's identity disagrees (${field}: "${found.value}" and "${found.conflict}"); using "${found.value}" from the sheet's properties.`,
      ),
    );
  }

  // Reporter and date sent, from the title block.
  const reporter: Reporter = {};
  const name = findLabelled(above, TITLE_LABELS.reporter);
  if (name && name.value.kind !== "blank") reporter.name = textOfRaw(name.value);
  const phone = findLabelled(above, TITLE_LABELS.phone);
  if (phone && phone.value.kind !== "blank") reporter.phone = textOfRaw(phone.value);
  let submittedAt: string | undefined;
  const sent = findLabelled(above, TITLE_LABELS.sentDate);
  if (sent && sent.value.kind !== "blank") {
    submittedAt = readSheetDate(sent.value);
    if (submittedAt === undefined)
      problems.push(
        problem(
          "date-unreadable",
          "warning",
          sent.at === undefined ? undefined : address(sent.at.row, sent.at.column),
          `không đọc được ngày gửi "${textOfRaw(sent.value)}" (cần dạng ngày/tháng/năm).`,
          `the date sent "${textOfRaw(sent.value)}" cannot be read (expected day/month/year).`,
        ),
      );
  }

  const report: RawUnitReport = {
    unitId: unitId.value,
    period: period.value,
    templateId: templateId.value ?? template.id,
    templateVersion: templateVersion.value ?? template.version,
    ...(submittedAt === undefined ? {} : { submittedAt }),
    ...(reporter.name === undefined && reporter.phone === undefined ? {} : { reporter }),
    source: { ...(options.fileName === undefined ? {} : { file: options.fileName }), sheet },
    rows,
  };
  return { ok: true, report, problems };
}

function located(sheet: string) {
  return (
    code: SheetProblemCode,
    severity: SheetProblem["severity"],
    address: string | undefined,
    vi: string,
    en: string,
  ): SheetProblem => ({
    code,
    severity,
    sheet,
    ...(address === undefined ? {} : { address }),
    vi: `Trang tính "${sheet}"${address === undefined ? "" : `, ô ${address}`}: ${vi}`,
    en: `Sheet "${sheet}"${address === undefined ? "" : `, cell ${address}`}: ${en}`,
  });
}

/** The keys a key row is told by, and their lengths: a cell of another length is none of them. */
const KEY_ROW_WORDS: ReadonlySet<string> = new Set([...KEY_ROW_NEEDS, ...KEY_ROW_ONE_OF]);
const KEY_ROW_LENGTHS: ReadonlySet<number> = new Set([...KEY_ROW_WORDS].map((word) => word.length));

/**
 * Every row of every sheet is asked this (the second key row is looked for too), so only
 * cells of a key's length are lower-cased. Lower-casing keeps the length of anything that
 * becomes ASCII (only "İ" grows, and it grows by a non-ASCII mark), so nothing is missed.
 */
function isKeyRow(row: unknown[] | undefined): boolean {
  if (!row) return false;
  let texts: Set<string> | undefined;
  for (const value of row) {
    if (typeof value !== "string") continue;
    const trimmed = value.trim();
    if (!KEY_ROW_LENGTHS.has(trimmed.length)) continue;
    const text = trimmed.toLowerCase();
    if (KEY_ROW_WORDS.has(text)) (texts ??= new Set()).add(text);
  }
  return (
    texts !== undefined &&
    KEY_ROW_NEEDS.every((k) => texts.has(k)) &&
    KEY_ROW_ONE_OF.some((k) => texts.has(k))
  );
}

/** A cell's text compared as a key: trimmed, lower case; undefined when not text. */
function textOf(value: unknown): string | undefined {
  return typeof value === "string" ? value.trim().toLowerCase() : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/** The code as written, trimmed; undefined for a blank (or whitespace-only) code cell. */
function codeText(value: RawCell["value"]): string | undefined {
  const text = value.kind === "blank" ? "" : textOfRaw(value).trim();
  return text === "" ? undefined : text;
}

function textOfRaw(value: RawCell["value"]): string {
  switch (value.kind) {
    case "blank":
      return "";
    case "text":
      return value.text;
    case "number":
      return String(value.value);
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    case "error":
      return value.error;
  }
}

function rawCell(grid: Grid, r: number, c: number): RawCell {
  const formula = grid.formulas[r]?.[c];
  return {
    value: toRawValue(grid.values[r]?.[c]),
    address: cellAddress(grid.origin.row + r, grid.origin.column + c),
    ...(typeof formula === "string" && formula !== "" ? { formula } : {}),
  };
}

/**
 * normaliseLabel of a cell's text, remembered: the same title block's texts recur in every
 * unit file (608 in a city run), and normalising them was a fifth of parsing a sheet. Bounded:
 * emptied when full.
 */
const normalised = new Map<string, string>();
const REMEMBERED = 10_000;

function labelOf(text: string): string {
  let label = normalised.get(text);
  if (label === undefined) {
    if (normalised.size >= REMEMBERED) normalised.clear();
    label = normaliseLabel(text);
    normalised.set(text, label);
  }
  return label;
}

/** Every label of the title block and identity row, so one is never read as another's value. */
const ALL_LABELS = new Set(
  [...Object.values(TITLE_LABELS), ...IDENTITY_KEYS, METADATA_KEYS.unitName].map(normaliseLabel),
);

/**
 * The value next to a label: the first cell whose text is the label (compared as people
 * retype it), and the first non-blank cell to its right in the same row, unless that cell is
 * the next label (a deleted column took the value with it).
 */
function findLabelled(
  rows: unknown[][],
  label: string,
): { value: RawCell["value"]; at?: { row: number; column: number } } | undefined {
  const wanted = normaliseLabel(label);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const c = row.findIndex((v) => typeof v === "string" && labelOf(v) === wanted);
    if (c < 0) continue;
    for (let k = c + 1; k < row.length; k++) {
      const value = toRawValue(row[k]);
      if (value.kind === "text" && ALL_LABELS.has(labelOf(value.text))) break;
      if (value.kind !== "blank") return { value, at: { row: r, column: k } };
    }
    return { value: { kind: "blank" } };
  }
  return undefined;
}
