/**
 * The short report at the end of a consolidation: who reported (x/y), who did not, who was
 * late, who was left out for errors, how many findings, and a few key figures (the
 * indicators that carry a plan, in template order) with their % of plan and of the same
 * period last year, written the Vietnamese way (or the English way with --lang en).
 */
import type { ConsolidationCompleteness } from "../../core/completeness";
import type { Summary } from "../../core/consolidate";
import { formatPercent, formatValue, percent } from "../../core/numbers";
import type { Template } from "../../core/template/schema";
import type { Unit } from "../../core/units/unit";
import type { CliIo } from "../io";
import { type Lang, messages } from "../messages";

export interface SummaryReport {
  template: Template;
  units: readonly Unit[];
  summary: Summary;
  completeness: ConsolidationCompleteness;
  periodLabel: string;
  levelName: string;
  counts: { error: number; warning: number };
  written: readonly string[];
}

/** How many key figures the terminal shows; the workbook has them all. */
const KEY_FIGURES = 6;

export function printSummary(io: CliIo, report: SummaryReport, lang: Lang): void {
  const say = messages(lang).summary;
  const names = new Map(report.units.map((u) => [u.id, u.name] as const));
  const list = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(", ");
  const { summary, completeness } = report;
  const lateSenders = completeness.units.filter((u) => u.submitted && !u.onTime).map((u) => u.unitId);
  const accepted = completeness.units.filter((u) => u.accepted && u.errors > 0).map((u) => u.unitId);

  const lines = [
    say.title(report.periodLabel, report.levelName),
    `${say.reported(completeness.submitted, completeness.expected)} (${say.onTime(completeness.onTime)})`,
    say.missing(summary.units.missing.length, list(summary.units.missing)),
    say.late(lateSenders.length, list(lateSenders)),
    say.excluded(summary.units.excluded.length, list(summary.units.excluded.map((e) => e.unitId))),
    ...(accepted.length > 0 ? [say.accepted(accepted.length, list(accepted))] : []),
    say.findings(report.counts.error, report.counts.warning),
  ];

  const byCode = new Map(report.template.indicators.map((i) => [i.code, i] as const));
  const keyRows = summary.rows.filter((row) => byCode.get(row.code)?.plans.plan).slice(0, KEY_FIGURES);
  if (keyRows.length > 0) lines.push(say.keyFigures);
  for (const row of keyRows) {
    const indicator = byCode.get(row.code)!;
    const figure = formatValue(row.values.cumulative, indicator.valueType, indicator.uom, lang);
    const parts = [`  ${indicator.name[lang]}: ${figure}`];
    const ofPlan = row.completion.plan.value;
    if (ofPlan !== null && indicator.plans.plan)
      parts.push(say.ofPlan(formatPercent(percent(ofPlan), lang), indicator.plans.plan[lang]));
    const ratio = row.samePeriod.ratio.value;
    if (ratio !== null) parts.push(say.samePeriod(formatPercent(percent(ratio), lang)));
    const coverage = row.columns.cumulative;
    const partial = coverage.partial ? ` ${say.partial(coverage.reported, coverage.expected)}` : "";
    lines.push(`${parts.join(", ")}${partial}`);
  }
  if (report.written.length > 0) lines.push(say.wrote(report.written.join(", ")));
  io.out(`${lines.join("\n")}\n`);
}
