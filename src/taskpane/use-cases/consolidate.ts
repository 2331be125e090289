/**
 * Consolidate in one click: read the unit sheets, the history the workbook keeps
 * (kept-history.ts) and its crosswalk if units were reorganised (kept-crosswalk.ts), run
 * the consolidation job (the same one the command line runs), write
 * the summary, completeness, trace, findings and history sheets at once, activate the
 * summary, and return what the result card shows.
 */
import type { Localized } from "../../core/i18n/message-params";
import { runConsolidationJob, type ConsolidationJobResult } from "../../core/jobs";
import type { Narrative } from "../../core/narrative";
import type { Lang } from "../../core/numbers";
import { periodLabels } from "../../core/summary";
import type { Unit } from "../../core/units/unit";
import { bySeverity, type PaneFinding } from "./findings";
import { readKeptCrosswalk } from "./kept-crosswalk";
import { readKeptHistory } from "./kept-history";
import { readWorkbookState } from "./workbook-state";
import type { WorkbookPort } from "./workbook-port";

export type ConsolidatePhase = "reading" | "consolidating" | "writing";

export interface UnitRef {
  id: string;
  name: string;
}

export interface ResultCard {
  period: Localized;
  expected: number;
  reported: number;
  missing: UnitRef[];
  /** Units that sent after the deadline (those yet to send are listed as missing only). */
  late: UnitRef[];
  /** Units left out of the summary for errors the office has not accepted. */
  excluded: (UnitRef & { errors: number })[];
  /** Units counted despite their errors, with the office's reason. */
  accepted: (UnitRef & { reason: string })[];
  summarySheet: string;
  findings: PaneFinding[];
  /** The written report in each language; absent when the job wrote none (period unreadable). */
  report?: Record<Lang, WrittenReport>;
}

/** The written report as the pane shows and copies it. */
export interface WrittenReport {
  /** Paragraphs with something to say (a group with no figure has no sentence and is left out). */
  paragraphs: { title: string; sentences: string[] }[];
  /** The plain text the job wrote, as copied: titles and sentences. */
  text: string;
}

export type ConsolidateResult =
  | { kind: "not-set-up" }
  /** The history sheet has rows that cannot be read: nothing was written (they would be lost). */
  | { kind: "history-unreadable"; sheet: string; problems: { row: number; message: Localized }[] }
  /** The crosswalk sheet has errors: nothing was written (last year's figures would be wrong). */
  | { kind: "crosswalk-unusable"; sheet: string; problems: { row: number; message: Localized }[] }
  | { kind: "done"; card: ResultCard };

export interface ConsolidateOptions {
  /** The time of the run (the core has no clock), also "as of" for lateness. */
  now: Date;
  onPhase?: (phase: ConsolidatePhase) => void;
}

export async function consolidate(
  port: WorkbookPort,
  options: ConsolidateOptions,
): Promise<ConsolidateResult> {
  options.onPhase?.("reading");
  const state = await readWorkbookState(port);
  const setup = state.setup;
  if (!setup) return { kind: "not-set-up" };
  const kept = readKeptHistory(state.sheets);
  if (kept.kind === "unreadable")
    return { kind: "history-unreadable", sheet: kept.sheet, problems: kept.problems };
  const history = kept.kind === "read" ? kept.records : undefined;
  const crosswalk = readKeptCrosswalk(state.sheets, setup.units, history);
  if (crosswalk.kind === "unusable")
    return { kind: "crosswalk-unusable", sheet: crosswalk.sheet, problems: crosswalk.problems };

  options.onPhase?.("consolidating");
  const result = runConsolidationJob({
    template: setup.template,
    units: setup.units,
    period: setup.period,
    ...(setup.deadline ? { deadline: setup.deadline } : {}),
    snapshots: state.unitSheets.map((u) => ({ source: { sheet: u.snapshot.name }, snapshot: u.snapshot })),
    ...(state.plans ? { plans: state.plans } : {}),
    accepted: setup.accepted,
    level: { name: setup.levelName },
    generatedAt: options.now.toISOString(),
    ...(history ? { history } : {}),
    ...(crosswalk.kind === "ok" ? { crosswalk: crosswalk.crosswalk } : {}),
  });

  options.onPhase?.("writing");
  await port.writeSummaryAtomically(result.workbookPlan);
  const summarySheet = result.workbookPlan.sheets[0]?.name ?? "";
  if (summarySheet) await port.activateSheet(summarySheet);
  return { kind: "done", card: resultCard(result, setup.units, setup.period, summarySheet) };
}

function resultCard(
  result: ConsolidationJobResult,
  units: readonly Unit[],
  period: string,
  summarySheet: string,
): ResultCard {
  const names = new Map(units.map((u) => [u.id, u.name] as const));
  const ref = (id: string): UnitRef => ({ id, name: names.get(id) ?? id });
  const { completeness } = result;
  // A unit that has not reported is said once, as missing: its empty sheet's "no figures"
  // error, its lateness and its exclusion would repeat the same fact three times.
  const missing = new Set(completeness.missing);
  const excluded = result.unitResults
    .filter((r) => r.outcome === "excluded" && r.unitId !== null && !missing.has(r.unitId))
    .map((r) => ({ ...ref(r.unitId!), errors: r.counts.error }));
  const accepted = result.unitResults
    .filter((r) => r.outcome === "accepted" && r.unitId !== null)
    .map((r) => ({ ...ref(r.unitId!), reason: r.acceptedReason ?? "" }));
  const findings: PaneFinding[] = result.findings
    .filter((f) => f.unitId === undefined || !missing.has(f.unitId))
    .map((f, i) => ({
      id: `f${i}`,
      severity: f.severity,
      ...(f.unitId === undefined ? {} : { unitId: f.unitId }),
      ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
      ...(f.address === undefined ? {} : { address: f.address }),
      message: f.message,
    }));
  return {
    period: periodLabels(period),
    expected: completeness.expected,
    reported: completeness.submitted,
    missing: completeness.missing.map(ref),
    late: completeness.late.filter((id) => !missing.has(id)).map(ref),
    excluded,
    accepted,
    summarySheet,
    findings: bySeverity(findings),
    ...writtenReports(result.narrative),
  };
}

function writtenReports(narrative: ConsolidationJobResult["narrative"]): {
  report?: Record<Lang, WrittenReport>;
} {
  const { vi, en } = narrative;
  return vi && en ? { report: { vi: writtenReport(vi), en: writtenReport(en) } } : {};
}

function writtenReport(narrative: Narrative): WrittenReport {
  return {
    paragraphs: narrative.paragraphs
      .filter((p) => p.sentences.length > 0)
      .map((p) => ({ title: p.title, sentences: p.sentences })),
    text: narrative.text,
  };
}
