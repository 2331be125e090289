/**
 * Reading the submitted sheets and keeping one report per unit. Every sheet goes through
 * the one parser (parseUnitSheet); a sheet it cannot read becomes a finding, never a throw.
 *
 * A summary workbook read as one unit's submission (one level up) is handled as
 * summary-submission.ts says: its companion sheets are passed over, its rates dropped.
 *
 * When a unit sent more than once, the report for the period being consolidated wins over
 * one for another period, then the newest by its date sent; with no date to tell them
 * apart, the one given last (the later file or sheet). The others are set aside with a
 * finding naming both.
 */
import { parseInstant } from "../completeness/instant";
import type { RawUnitReport } from "../report/unit-report";
import { parseUnitSheet } from "../sheets/parse-unit-sheet";
import type { SummaryFinding } from "../summary";
import type { Template } from "../template/schema";
import { duplicateFinding, sheetFinding, type Source } from "./job-findings";
import type { SubmittedSheet } from "./job-types";
import {
  isCompanionSheet,
  isSummarySubmission,
  summaryWithoutUnitFinding,
  withoutDerivedRows,
} from "./summary-submission";

export interface Submission {
  /** Position in the input. */
  index: number;
  source: Source;
  /** undefined when the sheet could not be read. */
  raw?: RawUnitReport;
  superseded: boolean;
  /** A companion sheet of a summary workbook (its report, status, history...): not a report. */
  ignored?: boolean;
}

export interface ReadSubmissions {
  submissions: Submission[];
  /** The kept reports, one per unit, in input order. */
  kept: RawUnitReport[];
  findings: SummaryFinding[];
}

export function readSubmissions(
  sheets: readonly SubmittedSheet[],
  template: Template,
  period: string,
  onSheet?: (done: number) => void,
): ReadSubmissions {
  const findings: SummaryFinding[] = [];
  const submissions: Submission[] = sheets.map((entry, index) => {
    const source: Source = {
      ...(entry.source.file === undefined ? {} : { file: entry.source.file }),
      sheet: entry.source.sheet ?? entry.snapshot?.name,
    };
    const parsed = parseUnitSheet(entry.snapshot, {
      template,
      ...(entry.workbookMetadata ? { workbookMetadata: entry.workbookMetadata } : {}),
      ...(source.file === undefined ? {} : { fileName: source.file }),
    });
    onSheet?.(index + 1);
    const summary = isSummarySubmission(entry);
    if (!parsed.ok) {
      if (summary && isCompanionSheet(parsed.problem))
        return { index, source, superseded: false, ignored: true };
      findings.push(
        summary && parsed.problem.code === "no-identity"
          ? summaryWithoutUnitFinding(source)
          : sheetFinding(parsed.problem, source),
      );
      return { index, source, superseded: false };
    }
    const unitId = parsed.report.unitId.trim();
    for (const problem of parsed.problems) findings.push(sheetFinding(problem, source, unitId));
    const raw = summary ? withoutDerivedRows(parsed.report, template) : parsed.report;
    return { index, source, raw, superseded: false };
  });

  const best = new Map<string, Submission>();
  for (const s of submissions) {
    if (!s.raw) continue;
    const unitId = s.raw.unitId.trim();
    const current = best.get(unitId);
    if (!current) {
      best.set(unitId, s);
      continue;
    }
    const [winner, loser] = newer(s, current, period) ? [s, current] : [current, s];
    loser.superseded = true;
    best.set(unitId, winner);
    findings.push(duplicateFinding(unitId, describe(winner), describe(loser)));
  }
  const kept = submissions.filter((s) => s.raw && !s.superseded).map((s) => s.raw!);
  return { submissions, kept, findings };
}

/** Whether `a` (given later than `b`) should replace `b`. */
function newer(a: Submission, b: Submission, period: string): boolean {
  const onPeriod = (s: Submission) => s.raw!.period.trim() === period.trim();
  if (onPeriod(a) !== onPeriod(b)) return onPeriod(a);
  const at = parseInstant(a.raw!.submittedAt);
  const bt = parseInstant(b.raw!.submittedAt);
  if (at !== undefined && bt !== undefined && at !== bt) return at > bt;
  if (at === undefined && bt !== undefined) return false;
  return true;
}

function describe(s: Submission): { source: Source; submittedAt?: string } {
  return {
    source: s.source,
    ...(s.raw?.submittedAt === undefined ? {} : { submittedAt: s.raw.submittedAt }),
  };
}
