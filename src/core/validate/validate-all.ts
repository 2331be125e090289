/**
 * Validates the reports of many units for one period. Findings come sorted by unit id,
 * then in sheet order, so the same reports always give the same list. Each unit says
 * whether its errors keep its figures out of the summary; `admitted` holds the reports
 * whose figures may be summed (no error, or accepted by the office with a reason).
 */
import type { RawUnitReport, UnitReport } from "../report/unit-report";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { acceptanceFor, type Acceptance } from "./acceptance";
import { FindingCollector } from "./collector";
import { BUILT_IN_CHECKS, countBySeverity, type Finding, type Severity } from "./finding";
import { indexTemplate } from "./template-index";
import { validateReport } from "./validate-report";

export interface ValidateAllContext {
  template: Template;
  /** The units of the consolidation; a report from a unit not listed gets a finding. */
  units?: readonly Unit[];
  expectedPeriod: string;
  /** Each unit's report for the previous period of the same year, where there is one. */
  previous?: readonly UnitReport[];
  /** The office's acceptances of units with errors. */
  accepted?: readonly Acceptance[];
}

export interface UnitValidation {
  unitId: string;
  report: UnitReport;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** The office's acceptance, when it accepted this unit with a reason. */
  accepted?: Acceptance;
  /** Errors keep the figures out of the summary, unless accepted. */
  blocking: boolean;
}

export interface ValidateAllResult {
  /** Every finding, sorted by unit id then sheet order. */
  findings: Finding[];
  /** One entry per report, sorted by unit id (reports of one unit keep their input order). */
  units: UnitValidation[];
  /** The reports whose figures may enter the summary. */
  admitted: UnitReport[];
}

export function validateAll(raws: readonly RawUnitReport[], ctx: ValidateAllContext): ValidateAllResult {
  const unitsById = new Map(ctx.units?.map((u) => [u.id, u] as const));
  const previousById = new Map(ctx.previous?.map((r) => [r.unitId, r] as const));
  const order = raws
    .map((raw, i) => ({ raw, i, unitId: raw.unitId.trim() }))
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.i - b.i));

  const units: UnitValidation[] = order.map(({ raw, unitId }) => {
    const unit = unitsById.get(unitId);
    const previous = previousById.get(unitId);
    const result = validateReport(raw, {
      template: ctx.template,
      expectedPeriod: ctx.expectedPeriod,
      ...(unit ? { unit } : {}),
      ...(previous ? { previous } : {}),
    });
    const findings =
      ctx.units && !unit ? [unknownUnit(raw, ctx.template), ...result.findings] : result.findings;
    const counts = countBySeverity(findings);
    const accepted = acceptanceFor(unitId, ctx.accepted);
    const validation: UnitValidation = {
      unitId,
      report: result.report,
      findings,
      counts,
      blocking: counts.error > 0 && !accepted,
    };
    if (accepted) validation.accepted = accepted;
    return validation;
  });

  return {
    findings: units.flatMap((u) => u.findings),
    units,
    admitted: units.filter((u) => !u.blocking).map((u) => u.report),
  };
}

function unknownUnit(raw: RawUnitReport, template: Template): Finding {
  const out = new FindingCollector(indexTemplate(template), raw.unitId.trim(), 0, raw.source?.sheet);
  out.add(
    {
      rule: BUILT_IN_CHECKS.unknownUnit,
      severity: "error",
      message: { messageKey: "unknownUnit", params: { unitId: raw.unitId.trim() } },
    },
    { kind: "report" },
  );
  return out.sorted()[0]!;
}
