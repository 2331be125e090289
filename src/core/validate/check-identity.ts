/**
 * Is this the report we are consolidating? The period, the template and the unit it names
 * must be the ones expected. Codes are compared as written, after trimming, because a
 * clerk's file may carry stray spaces but a different code is a different report.
 *
 * - another period: error (its figures belong to another period);
 * - another template: error (its rows may not mean our indicators);
 * - another version of our template: warning (figures are read by indicator code, which
 *   is stable across versions; a row the version lacks shows up as its own finding);
 * - another unit than the one it was received for: error.
 */
import type { RawUnitReport } from "../report/unit-report";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import type { FindingCollector } from "./collector";
import { BUILT_IN_CHECKS } from "./finding";

export function checkIdentity(
  raw: RawUnitReport,
  expected: { template: Template; unit?: Unit; expectedPeriod: string },
  out: FindingCollector,
): void {
  const report = { kind: "report" } as const;
  const unitId = raw.unitId.trim();
  if (expected.unit && unitId !== expected.unit.id.trim()) {
    out.add(
      {
        rule: BUILT_IN_CHECKS.otherUnit,
        severity: "error",
        message: { messageKey: "otherUnit", params: { found: unitId, expected: expected.unit.id } },
      },
      report,
    );
  }
  const templateId = raw.templateId.trim();
  const version = raw.templateVersion.trim();
  if (templateId !== expected.template.id) {
    out.add(
      {
        rule: BUILT_IN_CHECKS.otherTemplate,
        severity: "error",
        message: {
          messageKey: "otherTemplate",
          params: {
            found: `${templateId} ${version}`.trim(),
            expected: `${expected.template.id} ${expected.template.version}`,
          },
        },
      },
      report,
    );
  } else if (version !== expected.template.version) {
    out.add(
      {
        rule: BUILT_IN_CHECKS.otherVersion,
        severity: "warning",
        message: {
          messageKey: "otherVersion",
          params: { found: version, expected: expected.template.version },
        },
      },
      report,
    );
  }
  const period = raw.period.trim();
  if (period !== expected.expectedPeriod.trim()) {
    out.add(
      {
        rule: BUILT_IN_CHECKS.otherPeriod,
        severity: "error",
        message: {
          messageKey: "otherPeriod",
          params: { found: period, expected: expected.expectedPeriod.trim() },
        },
      },
      report,
    );
  }
}
