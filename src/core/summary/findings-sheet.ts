/**
 * The findings sheet ("Lỗi và cảnh báo"): every finding of the job, one row each, with
 * where it is (unit, file, sheet, cell, indicator, column), its severity in words, the rule
 * id, the message and the suggested value. Messages and names are copied as text.
 */
import { columnLetters } from "../sheets/a1";
import type { PlanCell, SheetPlan } from "../sheets/plan-types";
import { wrappedRowHeight } from "../sheets/wrapped-height";
import type { SummaryOutputInput } from "./summary-input";
import { SUMMARY_WORDS } from "./summary-words";
import { unitNamer } from "./unit-names";

const WIDTHS = [30, 24, 24, 8, 10, 20, 11, 26, 80, 14];
/** The message, in column I: the one that wraps. */
const MESSAGE = 8;

export function findingsSheetPlan(input: SummaryOutputInput, sheetName: string): SheetPlan {
  const lang = input.lang ?? "vi";
  const words = SUMMARY_WORDS[lang];
  const name = unitNamer(input.units);
  const headers = new Map(input.template.columns.map((c) => [c.key as string, c.header[lang]] as const));
  const rows: PlanCell[][] = input.findings.map((f) => [
    f.unitId === undefined ? null : name(f.unitId),
    f.file ?? null,
    f.sheet ?? null,
    f.address ?? null,
    f.code ?? null,
    f.column === undefined ? null : (headers.get(f.column) ?? f.column),
    words.findings.severity[f.severity],
    f.rule,
    f.message[lang],
    f.suggestion ?? null,
  ]);
  const lastColumn = columnLetters(WIDTHS.length);
  // A long message wraps: its row gets the height of its lines (row 1 is the header).
  const heights = rows.flatMap((row, i) => {
    const message = row[MESSAGE];
    const height = wrappedRowHeight([
      { text: typeof message === "string" ? message : null, width: WIDTHS[MESSAGE]! },
    ]);
    return height === undefined ? [] : [{ row: i + 2, height }];
  });
  return {
    name: sheetName,
    blocks: [
      {
        at: "A1",
        rows: [[...words.findings.headers], ...(rows.length > 0 ? rows : [[words.findings.none]])],
      },
    ],
    styles: [
      { range: `A1:${lastColumn}1`, style: { bold: true, fill: "#D9E1F2" } },
      ...(rows.length > 0 ? [{ range: `I2:I${rows.length + 1}`, style: { wrap: true } }] : []),
    ],
    columns: WIDTHS.map((width, i) => ({ column: columnLetters(i + 1), width })),
    ...(heights.length > 0 ? { rows: heights } : {}),
    freeze: { rows: 1, columns: 0 },
    visibility: "visible",
  };
}
