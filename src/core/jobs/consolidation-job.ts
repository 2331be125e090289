/**
 * The consolidation use-case, the one the command line and the Excel task pane both call:
 * read every submitted sheet (a summary one level down is a submission too), keep one
 * report per unit, validate them all (cumulatives against the previous report of the year,
 * from the history where the caller has none), leave out the units whose errors the office
 * did not accept (saying why), take the same period last year from the history where it
 * holds it, consolidate, write the report in both languages, add this run's figures to the
 * history, and build the summary workbook plan and the JSON summary. Pure and synchronous;
 * bad data never throws, it becomes a finding.
 */
import { consolidationCompleteness } from "../completeness/consolidation-completeness";
import { parseInstant } from "../completeness/instant";
import { consolidate } from "../consolidate/consolidate";
import { historyFromSummary, mergeHistory, type HistoryRecord } from "../history";
import { parsePeriod, type Period } from "../periods";
import { planDifferences } from "../plans/plan-differences";
import { summaryJson, summaryWorkbook, type SummaryFinding, type SummaryOutputInput } from "../summary";
import { SUMMARY_WORDS } from "../summary/summary-words";
import type { Acceptance } from "../validate/acceptance";
import { validateAll } from "../validate/validate-all";
import { hasUnitFigures } from "../validate/report-content";
import { indexTemplate } from "../validate/template-index";
import { JOB_CHECKS, notStartedFinding, planDifferenceFinding, validationFinding } from "./job-findings";
import type { ConsolidationJobInput, ConsolidationJobResult, UnitResult } from "./job-types";
import { asLevels, everyUnitReportsAll } from "./level-units";
import { writeNarratives } from "./narratives";
import { previousReports } from "./previous-reports";
import { samePeriodFigures, withSamePeriod } from "./same-period";
import { readSubmissions } from "./submissions";

export function runConsolidationJob(input: ConsolidationJobInput): ConsolidationJobResult {
  const { units } = input;
  // One level up, each unit (a district) reports what all its own units report.
  const template = input.unitsAreLevels ? everyUnitReportsAll(input.template) : input.template;
  const total = input.snapshots.length + 1;
  const findings: SummaryFinding[] = [...checkSettings(input)];
  const deadline = parseInstant(input.deadline) === undefined ? undefined : input.deadline;
  const asOf = parseInstant(input.generatedAt) === undefined ? undefined : input.generatedAt;
  const parsedPeriod = parsePeriod(input.period);
  const period: Period | null = parsedPeriod.ok ? parsedPeriod.period : null;

  const read = readSubmissions(input.snapshots, template, input.period, (done) =>
    input.onProgress?.(done, total),
  );
  findings.push(...read.findings);
  // A sheet nobody has typed into yet is a unit that has not reported, not one with errors.
  const index = indexTemplate(template);
  const started = read.kept.filter((raw) => hasUnitFigures(raw, index));
  const notStarted = new Set(
    read.kept.filter((raw) => !started.includes(raw)).map((raw) => raw.unitId.trim()),
  );
  for (const raw of read.kept)
    if (notStarted.has(raw.unitId.trim()))
      findings.push(notStartedFinding(raw.unitId.trim(), raw.source ?? {}));
  if (input.plans) {
    const plans = input.plans;
    findings.push(
      ...started.flatMap((raw) => planDifferences(raw, plans, template).map(planDifferenceFinding)),
    );
  }

  const accepted: Acceptance[] = Object.entries(input.accepted ?? {}).map(([unitId, reason]) => ({
    unitId,
    reason,
  }));
  const previous = period
    ? previousReports(template, units, period, input.history, input.previous)
    : input.previous;
  const validation = validateAll(started, {
    template,
    units,
    expectedPeriod: input.period.trim(),
    ...(previous ? { previous } : {}),
    accepted,
  });
  const fileOf = new Map(started.map((raw) => [raw.unitId.trim(), raw.source?.file] as const));
  findings.push(...validation.findings.map((f) => validationFinding(f, fileOf.get(f.unitId))));

  const figures = period
    ? samePeriodFigures({
        template,
        units,
        period,
        ...(input.history ? { history: input.history } : {}),
        ...(input.crosswalk ? { crosswalk: input.crosswalk } : {}),
      })
    : { historyPeriod: null, byUnit: {}, basis: null, notComparable: [] };
  const counted = withSamePeriod(validation.admitted, figures, template, units);
  const samePeriod = {
    historyPeriod: figures.historyPeriod,
    sources: counted.sources,
    basis: figures.basis,
    notComparable: figures.notComparable,
  };

  const words = SUMMARY_WORDS.vi;
  const excluded = new Map(
    validation.units
      .filter((u) => u.blocking)
      .map((u) => [u.unitId, words.excludedReason(u.counts.error)] as const),
  );
  const summary = consolidate({
    template,
    units,
    reports: counted.reports,
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
  const narrative = writeNarratives(
    { template, summary, units: input.unitsAreLevels ? asLevels(units) : units },
    period,
    samePeriod,
    input.narrative ?? {},
  );
  const thisRun: HistoryRecord[] = period
    ? historyFromSummary(summary, { period, generatedAt: input.generatedAt })
    : [];
  const history = mergeHistory(input.history ?? [], thisRun);

  const output: SummaryOutputInput = {
    template,
    summary,
    units,
    period: input.period.trim(),
    findings,
    completeness,
    reports: counted.reports,
    generatedAt: input.generatedAt,
    narrative,
    history,
    samePeriod,
    ...(input.chartIndicator === undefined ? {} : { chartIndicator: input.chartIndicator }),
    ...(input.level ? { level: input.level } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
  };
  const workbook = summaryWorkbook(output);
  const json = summaryJson(output);
  const unitResults = resultsOf(read.submissions, validation.units, units, notStarted);

  input.onProgress?.(total, total);
  return {
    summary,
    findings,
    completeness,
    unitResults,
    // The charts and the history table ride in the plan for a host that draws them (the add-in).
    workbookPlan: {
      ...workbook.plan,
      sheets: workbook.plan.sheets.map((sheet) =>
        workbook.historyTable &&
        workbook.historyTable.records > 0 &&
        sheet.name === workbook.sheetNames.history
          ? {
              ...sheet,
              tables: [{ name: "TongHop_LichSu", range: workbook.historyTable.table, headerRow: true }],
            }
          : sheet,
      ),
      charts: workbook.charts,
    },
    json,
    narrative,
    history,
    samePeriod,
    charts: workbook.charts,
    historyTable: workbook.historyTable,
  };
}

/** What became of each submitted sheet, in the order given. */
function resultsOf(
  submissions: ReturnType<typeof readSubmissions>["submissions"],
  validated: ReturnType<typeof validateAll>["units"],
  units: ConsolidationJobInput["units"],
  notStarted: ReadonlySet<string>,
): UnitResult[] {
  const byUnit = new Map(validated.map((u) => [u.unitId, u] as const));
  const listed = new Set(units.map((u) => u.id));
  const none = { error: 0, warning: 0, info: 0 };
  return submissions.map((s): UnitResult => {
    const base = { source: s.source, submittedAt: s.raw?.submittedAt ?? null, acceptedReason: null };
    if (s.ignored) return { ...base, unitId: null, outcome: "ignored", counts: { ...none } };
    if (!s.raw) return { ...base, unitId: null, outcome: "unreadable", counts: { ...none } };
    const unitId = s.raw.unitId.trim();
    if (s.superseded) return { ...base, unitId, outcome: "superseded", counts: { ...none } };
    if (notStarted.has(unitId)) return { ...base, unitId, outcome: "not-started", counts: { ...none } };
    const v = byUnit.get(unitId);
    const counts = v ? { ...v.counts } : { ...none };
    if (!listed.has(unitId)) return { ...base, unitId, outcome: "unexpected", counts };
    if (!v || v.blocking) return { ...base, unitId, outcome: "excluded", counts };
    if (v.counts.error > 0 && v.accepted)
      return { ...base, unitId, outcome: "accepted", counts, acceptedReason: v.accepted.reason };
    return { ...base, unitId, outcome: "counted", counts };
  });
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
