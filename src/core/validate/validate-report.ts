/**
 * Validates one unit's report against the template: whether it is the report expected
 * (unit, template, period), every row and cell, then every rule between figures. Returns
 * the findings in sheet order and the clean figures. Bad input is never thrown: it becomes
 * a finding. Only a caller's mistake throws (ValidateMisuseError).
 */
import type { RawUnitReport, UnitReport } from "../report/unit-report";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { checkIdentity } from "./check-identity";
import { checkRows } from "./check-rows";
import { FindingCollector } from "./collector";
import { BUILT_IN_CHECKS, type Finding } from "./finding";
import { hasUnitFigures } from "./report-content";
import { runRules } from "./rules/run-rules";
import type { RuleContext } from "./rules/rule-context";
import { indexTemplate } from "./template-index";

export interface ValidateContext {
  template: Template;
  /** The unit the report was received for; without it, blank rows are taken as not the unit's. */
  unit?: Unit;
  /** The period being consolidated, e.g. "2024-10". */
  expectedPeriod: string;
  /** The same unit's report for the previous period of the same year, when there is one. */
  previous?: UnitReport;
}

export interface ValidateResult {
  findings: Finding[];
  /** The clean figures: a blank cell, or a cell with an error, is absent (never zero). */
  report: UnitReport;
  /** Whether an error keeps the figures out of the summary (unless the office accepts the unit). */
  blocking: boolean;
}

/** A programming error of the caller, not bad data. */
export class ValidateMisuseError extends Error {
  override name = "ValidateMisuseError";
}

export function validateReport(raw: RawUnitReport, ctx: ValidateContext): ValidateResult {
  const unitId = ctx.unit?.id ?? raw.unitId.trim();
  if (ctx.previous && ctx.previous.unitId !== unitId) {
    throw new ValidateMisuseError(
      `previous report is for unit ${ctx.previous.unitId}, not ${unitId}: pass the same unit's previous period`,
    );
  }
  const index = indexTemplate(ctx.template);
  const out = new FindingCollector(index, unitId, raw.rows.length, raw.source?.sheet);
  checkIdentity(raw, ctx, out);

  const report = emptyReport(raw);
  if (!hasUnitFigures(raw, index)) {
    // One finding says it all; a required-cell error for every row would drown it.
    out.add(
      {
        rule: BUILT_IN_CHECKS.reportEmpty,
        severity: "error",
        message: { messageKey: "emptyReport", params: {} },
      },
      { kind: "report" },
    );
    return { findings: out.sorted(), report, blocking: true };
  }

  const read = checkRows(raw, index, ctx.unit, out);
  report.values = read.values;
  report.notes = read.notes;

  const ruleContext: RuleContext = {
    index,
    read,
    emit(rule, code, column, message) {
      const row = read.rowOf.get(code);
      const cell = row?.cells[column];
      out.add(
        {
          rule: rule.id,
          severity: rule.severity,
          message,
          code,
          column,
          ...(cell?.address === undefined ? {} : { address: cell.address }),
          ...(row?.row === undefined ? {} : { row: row.row }),
          ...(cell === undefined ? {} : { seen: cell.value }),
        },
        row ? { kind: "row", index: raw.rows.indexOf(row) } : { kind: "absent", code },
      );
    },
  };
  if (ctx.previous) ruleContext.previous = ctx.previous;
  runRules(ctx.template.rules, ruleContext);

  return { findings: out.sorted(), report, blocking: out.hasError };
}

/** The report's identity, copied (never shared) so the caller's input stays as it was. */
function emptyReport(raw: RawUnitReport): UnitReport {
  const report: UnitReport = {
    unitId: raw.unitId.trim(),
    period: raw.period.trim(),
    templateId: raw.templateId.trim(),
    templateVersion: raw.templateVersion.trim(),
    values: {},
    notes: {},
  };
  if (raw.submittedAt !== undefined) report.submittedAt = raw.submittedAt;
  if (raw.reporter) report.reporter = { ...raw.reporter };
  if (raw.source) report.source = { ...raw.source };
  return report;
}
