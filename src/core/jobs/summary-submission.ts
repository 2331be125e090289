/**
 * A summary as one unit's submission one level up (ward -> district -> city). A summary
 * workbook's summary sheet reads as a unit's report (it has the key row and, when made with
 * the level's unit id, the identity); what differs is said here:
 * - its other sheets (the report, the status, the figures by unit, the findings, the charts,
 *   the history) are the summary's own companions, not reports: they are passed over
 *   without a finding;
 * - its rates are its own formulas over its own sums: the level above never adds them, it
 *   recomputes each from the summed numerator and denominator (ratio of sums at every
 *   level), so the rows of derived indicators are dropped before validation;
 * - a summary made without the level's unit id cannot be told whose it is: the finding says
 *   how to make one that can.
 */
import type { RawUnitReport } from "../report/unit-report";
import type { SheetProblem } from "../sheets/parse-unit-sheet";
import { SUMMARY_KIND, SUMMARY_METADATA_KEYS, type SummaryFinding } from "../summary";
import type { Template } from "../template/schema";
import { describeSource, JOB_CHECKS, type Source } from "./job-findings";
import type { SubmittedSheet } from "./job-types";

export function isSummarySubmission(sheet: SubmittedSheet): boolean {
  const kind = SUMMARY_METADATA_KEYS.kind;
  return sheet.workbookMetadata?.[kind] === SUMMARY_KIND || sheet.snapshot?.metadata?.[kind] === SUMMARY_KIND;
}

/** A sheet of a summary workbook that is not its summary sheet. */
export function isCompanionSheet(problem: SheetProblem): boolean {
  return problem.code === "no-key-row";
}

export function withoutDerivedRows(raw: RawUnitReport, template: Template): RawUnitReport {
  const derived = new Set(template.indicators.filter((i) => i.kind === "derived").map((i) => i.code));
  return { ...raw, rows: raw.rows.filter((row) => !derived.has(row.code)) };
}

export function summaryWithoutUnitFinding(source: Source): SummaryFinding {
  const where = describeSource(source);
  return {
    rule: JOB_CHECKS.summaryWithoutUnit,
    severity: "error",
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    message: {
      vi: `Sổ tổng hợp ở ${where.vi} không ghi mã đơn vị của cấp tổng hợp ở cấp trên, nên không dùng được làm báo cáo của một đơn vị. Hãy tổng hợp lại với mã đơn vị (dòng lệnh: --as-unit MÃ_ĐƠN_VỊ).`,
      en: `The summary in ${where.en} does not carry its level's unit id one level up, so it cannot be read as a unit's report. Consolidate again with the unit id (command line: --as-unit UNIT_ID).`,
    },
  };
}
