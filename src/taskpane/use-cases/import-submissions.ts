/**
 * Files units send back: each is read (the .xlsx reader loaded on demand), its sheet parsed
 * by the one unit-sheet parser, matched to its unit and checked, and shown before the office
 * accepts it into the unit's sheet. A submission that would replace typed figures needs a
 * confirmation, and the replaced figures are kept in a copy first.
 */
import type { Localized } from "../../core/i18n/message-params";
import type { RawUnitReport, RawValue } from "../../core/report/unit-report";
import { parseUnitSheet } from "../../core/sheets/parse-unit-sheet";
import type { CellBlock, PlanCell } from "../../core/sheets/plan-types";
import { unitSheetPlan } from "../../core/sheets/unit-sheet";
import { periodLabels } from "../../core/summary";
import { UNIT_VALUE_COLUMNS } from "../../core/template/columns";
import { validateAll } from "../../core/validate";
import { backupSheetPlan } from "./backup-sheet";
import { countFindings, type SeverityCounts } from "./findings";
import { shownDate } from "./set-up-workbook";
import { hasTypedFigures, readWorkbookState } from "./workbook-state";
import type { WorkbookPort } from "./workbook-port";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export type Submission =
  | { kind: "unreadable"; file: string; message: Localized }
  | {
      kind: "read";
      file: string;
      unitId: string;
      /** undefined when the unit is not on the workbook's list. */
      unitName: string | undefined;
      period: string;
      periodLabel: Localized;
      /** The period the workbook is set up for differs. */
      otherPeriod: boolean;
      /** The period the workbook is set up for. */
      expectedPeriodLabel: Localized;
      counts: SeverityCounts;
      /** The unit's sheet in this workbook, when there is one. */
      targetSheet: string | undefined;
      /** The unit's sheet already holds typed figures: accepting replaces them. */
      replaces: boolean;
      report: RawUnitReport;
    };

export type ImportResult = { kind: "not-set-up" } | { kind: "read"; submissions: Submission[] };

export async function importSubmissions(
  port: WorkbookPort,
  files: readonly PickedFile[],
): Promise<ImportResult> {
  const state = await readWorkbookState(port);
  const setup = state.setup;
  if (!setup) return { kind: "not-set-up" };
  const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx" */ "../files/xlsx-browser");
  const submissions: Submission[] = [];
  for (const file of files) {
    const read = await readWorkbookBytes(file.bytes, file.name);
    if (!read.ok) {
      submissions.push({
        kind: "unreadable",
        file: file.name,
        message: { vi: read.error.vi, en: read.error.en },
      });
      continue;
    }
    let found = false;
    for (const snapshot of read.sheets) {
      const parsed = parseUnitSheet(snapshot, {
        template: setup.template,
        workbookMetadata: read.metadata,
        fileName: file.name,
      });
      if (!parsed.ok) continue;
      found = true;
      const report = parsed.report;
      const unitId = report.unitId.trim();
      const unit = setup.units.find((u) => u.id === unitId);
      const validation = validateAll([report], {
        template: setup.template,
        units: setup.units,
        expectedPeriod: setup.period,
      });
      const target = state.unitSheets.find((u) => u.report.unitId.trim() === unitId);
      submissions.push({
        kind: "read",
        file: file.name,
        unitId,
        unitName: unit?.name,
        period: report.period,
        periodLabel: periodLabels(report.period),
        otherPeriod: report.period.trim() !== setup.period,
        expectedPeriodLabel: periodLabels(setup.period),
        counts: countFindings(
          validation.findings.map((f, i) => ({ id: String(i), severity: f.severity, message: f.message })),
        ),
        targetSheet: target?.snapshot.name,
        replaces: target !== undefined && hasTypedFigures(target.report),
        report,
      });
    }
    if (!found)
      submissions.push({
        kind: "unreadable",
        file: file.name,
        message: {
          vi: `Tệp "${file.name}" không có trang báo cáo của đơn vị theo biểu này.`,
          en: `The file "${file.name}" holds no unit report sheet of this template.`,
        },
      });
  }
  return { kind: "read", submissions };
}

export type AcceptSubmissionResult =
  | { kind: "needs-confirmation"; sheet: string }
  | { kind: "refused"; reason: Localized }
  | { kind: "accepted"; sheet: string; copy: string | undefined };

/** Writes a read submission's figures into its unit's sheet (after a copy, when it replaces). */
export async function acceptSubmission(
  port: WorkbookPort,
  submission: Extract<Submission, { kind: "read" }>,
  options: { confirmed: boolean },
): Promise<AcceptSubmissionResult> {
  const state = await readWorkbookState(port);
  const setup = state.setup;
  const unit = setup?.units.find((u) => u.id === submission.unitId);
  const target = state.unitSheets.find((u) => u.report.unitId.trim() === submission.unitId);
  if (!setup || !unit || !target)
    return {
      kind: "refused",
      reason: {
        vi: "Đơn vị này không có trang tính trong sổ: hãy thêm đơn vị vào danh sách rồi thiết lập lại.",
        en: "This unit has no sheet in the workbook: add it to the units list and set up again.",
      },
    };
  if (submission.otherPeriod)
    return {
      kind: "refused",
      reason: {
        vi: `Tệp là báo cáo ${submission.periodLabel.vi}, không phải kỳ đang tổng hợp.`,
        en: `The file is the report for ${submission.periodLabel.en}, not the period being consolidated.`,
      },
    };
  const replaces = hasTypedFigures(target.report);
  if (replaces && !options.confirmed) return { kind: "needs-confirmation", sheet: target.snapshot.name };

  let copy: string | undefined;
  if (replaces) {
    const plan = backupSheetPlan(
      target.snapshot,
      target.report.period,
      state.sheets.map((s) => s.name),
    );
    await port.applyWorkbookPlan({ sheets: [plan] });
    copy = plan.name;
  }
  // Where things are on the unit's sheet: the layout the set-up wrote it with.
  const { layout } = unitSheetPlan({
    template: setup.template,
    unit,
    period: { code: setup.period, label: periodLabels(setup.period).vi },
    ...(setup.deadline ? { deadline: shownDate(setup.deadline) } : {}),
  });
  const blocks: CellBlock[] = [];
  for (const row of submission.report.rows) {
    const sheetRow = layout.indicatorRows[row.code];
    if (sheetRow === undefined) continue;
    for (const key of [...UNIT_VALUE_COLUMNS, "note"] as const) {
      const column = layout.columns[key];
      const cell = row.cells[key];
      if (column === undefined || cell === undefined) continue;
      blocks.push({ at: `${column}${sheetRow}`, rows: [[cellOf(cell.value)]] });
    }
  }
  const reporter = submission.report.reporter;
  if (reporter?.name) blocks.push({ at: layout.inputs.reporter, rows: [[reporter.name]] });
  if (reporter?.phone) blocks.push({ at: layout.inputs.phone, rows: [[reporter.phone]] });
  if (submission.report.submittedAt)
    blocks.push({
      at: layout.inputs.sentDate,
      rows: [[shownDate(submission.report.submittedAt.slice(0, 10))]],
    });
  await port.writeCells(target.snapshot.name, blocks);
  return { kind: "accepted", sheet: target.snapshot.name, copy };
}

/** A submitted cell as written into the unit's sheet; text stays text (never a formula). */
function cellOf(value: RawValue): PlanCell {
  switch (value.kind) {
    case "number":
      return value.value;
    case "text":
      return value.text;
    case "boolean":
      return value.value;
    case "error":
      return value.error;
    case "blank":
      return "";
  }
}
