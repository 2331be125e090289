/**
 * The consolidation use-case, the one the command line and the Excel task pane both call:
 * read every submitted sheet, keep one report per unit, validate them all, leave out the
 * units whose errors the office did not accept (saying why), consolidate, and build the
 * summary workbook plan and the JSON summary. Pure and synchronous; bad data never throws,
 * it becomes a finding.
 */
import { consolidationCompleteness } from "../completeness/consolidation-completeness";
import { parseInstant } from "../completeness/instant";
import { consolidate } from "../consolidate/consolidate";
import { parsePeriod } from "../periods";
import { summaryJson, summaryWorkbookPlan, type SummaryFinding, type SummaryOutputInput } from "../summary";
import { SUMMARY_WORDS } from "../summary/summary-words";
import type { Acceptance } from "../validate/acceptance";
import { validateAll } from "../validate/validate-all";
import { JOB_CHECKS, validationFinding } from "./job-findings";
import type { ConsolidationJobInput, ConsolidationJobResult, UnitResult } from "./job-types";
import { readSubmissions } from "./submissions";

export function runConsolidationJob(input: ConsolidationJobInput): ConsolidationJobResult {
  const { template, units } = input;
  const total = input.snapshots.length + 1;
  const findings: SummaryFinding[] = [...checkSettings(input)];
  const deadline = parseInstant(input.deadline) === undefined ? undefined : input.deadline;
  const asOf = parseInstant(input.generatedAt) === undefined ? undefined : input.generatedAt;

  const read = readSubmissions(input.snapshots, template, input.period, (done) =>
    input.onProgress?.(done, total),
  );
  findings.push(...read.findings);

  const accepted: Acceptance[] = Object.entries(input.accepted ?? {}).map(([unitId, reason]) => ({
    unitId,
    reason,
  }));
  const validation = validateAll(read.kept, {
    template,
    units,
    expectedPeriod: input.period.trim(),
    ...(input.previous ? { previous: input.previous } : {}),
    accepted,
  });
  const fileOf = new Map(read.kept.map((raw) => [raw.unitId.trim(), raw.source?.file] as const));
  findings.push(...validation.findings.map((f) => validationFinding(f, fileOf.get(f.unitId))));

  const words = SUMMARY_WORDS.vi;
  const excluded = new Map(
    validation.units
      .filter((u) => u.blocking)
      .map((u) => [u.unitId, words.excludedReason(u.counts.error)] as const),
  );
  const summary = consolidate({
    template,
    units,
    reports: validation.admitted,
    ...(input.plans ? { plans: input.plans } : {}),
    excluded,
  });
  const completeness = consolidationCompleteness({
    template,
    units,
    raws: read.kept,
    findings: validation.findings,
    ...(deadline === undefined ? {} : { deadline }),
    ...(asOf === undefined ? {} : { asOf }),
    accepted,
  });

  const output: SummaryOutputInput = {
    template,
    summary,
    units,
    period: input.period.trim(),
    findings,
    completeness,
    reports: validation.admitted,
    generatedAt: input.generatedAt,
    ...(input.level ? { level: input.level } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
  };
  const workbookPlan = summaryWorkbookPlan(output);
  const json = summaryJson(output);

  const byUnit = new Map(validation.units.map((u) => [u.unitId, u] as const));
  const listed = new Set(units.map((u) => u.id));
  const none = { error: 0, warning: 0, info: 0 };
  const unitResults = read.submissions.map((s): UnitResult => {
    const base = { source: s.source, submittedAt: s.raw?.submittedAt ?? null, acceptedReason: null };
    if (!s.raw) return { ...base, unitId: null, outcome: "unreadable", counts: { ...none } };
    const unitId = s.raw.unitId.trim();
    if (s.superseded) return { ...base, unitId, outcome: "superseded", counts: { ...none } };
    const v = byUnit.get(unitId);
    const counts = v ? { ...v.counts } : { ...none };
    if (!listed.has(unitId)) return { ...base, unitId, outcome: "unexpected", counts };
    if (!v || v.blocking) return { ...base, unitId, outcome: "excluded", counts };
    if (v.counts.error > 0 && v.accepted)
      return { ...base, unitId, outcome: "accepted", counts, acceptedReason: v.accepted.reason };
    return { ...base, unitId, outcome: "counted", counts };
  });

  input.onProgress?.(total, total);
  return { summary, findings, completeness, unitResults, workbookPlan, json };
}

/** The run's own settings: a period or deadline that cannot be read is said, not thrown. */
function checkSettings(input: ConsolidationJobInput): SummaryFinding[] {
  const out: SummaryFinding[] = [];
  const period = parsePeriod(input.period);
  if (!period.ok)
    out.push({
      rule: JOB_CHECKS.period,
      severity: "error",
      message: {
        vi: `Kỳ tổng hợp "${input.period}" không đọc được: ${period.reason.vi}`,
        en: `The period "${input.period}" cannot be read: ${period.reason.en}`,
      },
    });
  if (input.deadline !== undefined && parseInstant(input.deadline) === undefined)
    out.push({
      rule: JOB_CHECKS.deadline,
      severity: "warning",
      message: {
        vi: `Hạn gửi "${input.deadline}" không đọc được (cần dạng năm-tháng-ngày, ví dụ 2024-11-05); chưa xét gửi muộn.`,
        en: `The deadline "${input.deadline}" cannot be read (expected year-month-day, e.g. 2024-11-05); lateness is not judged.`,
      },
    });
  return out;
}
