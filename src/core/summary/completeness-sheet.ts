/**
 * The reporting-status sheet ("Tình hình gửi báo cáo"): one row per expected unit with its
 * status in words (never colour alone), when it sent, how far it filled the required cells,
 * its errors and warnings, whether its figures are in the summary, and the office's
 * acceptance with the reason; then the reporting rate and the on-time rate.
 */
import type { UnitCompleteness } from "../completeness/unit-completeness";
import { cellAddress, columnLetters, formatRange } from "../sheets/a1";
import type { PlanCell, SheetPlan } from "../sheets/plan-types";
import type { SummaryOutputInput } from "./summary-input";
import { SUMMARY_WORDS } from "./summary-words";

const HEADER_ROW = 1;
const PERCENT_FORMAT = '0.0#"%"';
const WIDTHS = [6, 36, 14, 24, 18, 14, 9, 11, 36, 40];

export function completenessSheetPlan(input: SummaryOutputInput, sheetName: string): SheetPlan {
  const words = SUMMARY_WORDS[input.lang ?? "vi"];
  const { completeness, summary } = input;
  const byId = new Map(input.units.map((u) => [u.id, u] as const));
  const excluded = new Map(summary.units.excluded.map((e) => [e.unitId, e.reason] as const));
  const counted = new Set(summary.units.submitted);
  const headers = words.completeness.headers;
  const lastColumn = headers.length;

  const inSummary = (u: UnitCompleteness): string => {
    if (counted.has(u.unitId)) return words.completeness.counted;
    const reason = excluded.get(u.unitId);
    if (reason !== undefined) return words.completeness.excluded(reason);
    return words.completeness.missing;
  };
  const rows: PlanCell[][] = completeness.units.map((u, i) => {
    const unit = byId.get(u.unitId);
    return [
      i + 1,
      unit?.name ?? u.unitId,
      unit ? words.completeness.kind[unit.kind] : null,
      words.status(u.status, u.submitted),
      u.submittedAt ?? null,
      `${u.requiredFilled}/${u.requiredTotal}`,
      u.errors,
      u.warnings,
      inSummary(u),
      u.accepted?.reason ?? null,
    ];
  });
  const tableEnd = HEADER_ROW + rows.length;
  const rateRow = tableEnd + 2;
  const rates: PlanCell[][] = [
    [null, words.completeness.reportingRate, null, completeness.reportingRate ?? null],
    [null, words.completeness.onTimeRate, null, completeness.onTimeRate ?? null],
    [null, words.completeness.counts(completeness.submitted, completeness.onTime, completeness.expected)],
  ];

  const table = formatRange({
    start: { row: HEADER_ROW, column: 1 },
    end: { row: tableEnd, column: lastColumn },
  });
  return {
    name: sheetName,
    blocks: [
      { at: cellAddress(HEADER_ROW, 1), rows: [[...headers], ...rows] },
      { at: cellAddress(rateRow, 1), rows: rates },
    ],
    styles: [
      { range: table, style: { border: "thin", vertical: "middle" } },
      {
        range: formatRange({
          start: { row: HEADER_ROW, column: 1 },
          end: { row: HEADER_ROW, column: lastColumn },
        }),
        style: { bold: true, wrap: true, horizontal: "center", fill: "#D9E1F2" },
      },
      { range: `B${rateRow}:D${rateRow + 2}`, style: { bold: true } },
    ],
    numberFormats: [{ range: `D${rateRow}:D${rateRow + 1}`, format: PERCENT_FORMAT }],
    merges: [`B${rateRow}:C${rateRow}`, `B${rateRow + 1}:C${rateRow + 1}`],
    columns: WIDTHS.map((width, i) => ({ column: columnLetters(i + 1), width })),
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { from: 1, to: 1 } },
    visibility: "visible",
  };
}
