/**
 * The JSON summary (summary-json-types.ts, docs/summary-json.md): the same facts as the
 * workbook, for programs. Built from plain data only; every number passes `finite`, so
 * JSON.stringify never meets NaN or Infinity (it would write null without saying why).
 */
import type { Percentage } from "../consolidate/summary-types";
import { PLAN_COLUMNS, VALUE_COLUMNS, type PlanColumn, type ValueColumn } from "../template/columns";
import type { SummaryFinding, SummaryOutputInput } from "./summary-input";
import {
  SUMMARY_JSON_SCHEMA,
  type FindingJson,
  type IndicatorJson,
  type PercentageJson,
  type SummaryJson,
  type UnitJson,
} from "./summary-json-types";
import { periodLabels } from "./period-text";

export function summaryJson(input: SummaryOutputInput): SummaryJson {
  const { template, summary, completeness } = input;
  const indicators = new Map(template.indicators.map((i) => [i.code, i] as const));
  const status = new Map(completeness.units.map((u) => [u.unitId, u] as const));
  const excluded = new Set(summary.units.excluded.map((e) => e.unitId));
  const counted = new Set(summary.units.submitted);
  const accepted = completeness.units.flatMap((u) =>
    u.accepted ? [{ unitId: u.unitId, reason: u.accepted.reason }] : [],
  );

  const list = input.units.map((unit): UnitJson => {
    const u = status.get(unit.id);
    return {
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      status: u?.status ?? null,
      submitted: u?.submitted ?? false,
      onTime: u?.onTime ?? false,
      submittedAt: u?.submittedAt ?? null,
      errors: u?.errors ?? 0,
      warnings: u?.warnings ?? 0,
      inSummary: counted.has(unit.id) ? "counted" : excluded.has(unit.id) ? "excluded" : "missing",
    };
  });

  const rows = summary.rows.map((row): IndicatorJson => {
    const indicator = indicators.get(row.code);
    return {
      code: row.code,
      group: row.group,
      name: indicator ? { ...indicator.name } : { vi: row.code, en: row.code },
      uom: indicator ? { ...indicator.uom } : { vi: "", en: "" },
      kind: row.kind,
      valueType: indicator?.valueType ?? "number",
      values: byColumn(VALUE_COLUMNS, (c) => finite(row.values[c])),
      reasons: byColumn(VALUE_COLUMNS, (c) =>
        finite(row.values[c]) === null ? (row.columns[c].reason ?? "not-reported") : null,
      ),
      planSource: byColumn(PLAN_COLUMNS, (c) => row.planSource[c]),
      completion: byColumn(PLAN_COLUMNS, (c: PlanColumn) => percentage(row.completion[c])),
      samePeriod: {
        ratio: percentage(row.samePeriod.ratio),
        growth: finite(row.samePeriod.growth),
      },
      coverage: {
        expected: row.coverage.expected,
        reported: row.coverage.reported,
        missing: [...row.coverage.missing],
      },
      samePeriodSources: sourcesOf(input, row.code),
      partial: row.coverage.partial,
      derived: row.derived ? { ...row.derived } : null,
    };
  });

  return {
    schema: SUMMARY_JSON_SCHEMA,
    generatedAt: input.generatedAt ?? null,
    template: { id: template.id, version: template.version, title: { ...template.title } },
    period: { code: input.period, label: periodLabels(input.period) },
    level: input.level ? { name: input.level.name, unitId: input.level.unitId ?? null } : null,
    units: {
      counts: {
        expected: summary.units.expected,
        sent: completeness.submitted,
        counted: summary.units.submitted.length,
        submitted: summary.units.submitted.length,
        missing: summary.units.missing.length,
        late: completeness.late.length,
        accepted: accepted.length,
        excluded: summary.units.excluded.length,
      },
      expected: [...summary.unitIds],
      submitted: [...summary.units.submitted],
      missing: [...summary.units.missing],
      late: [...completeness.late],
      accepted,
      excluded: summary.units.excluded.map((e) => ({ unitId: e.unitId, reason: e.reason })),
      unexpected: [...summary.units.unexpected],
      reportingRate: finite(completeness.reportingRate),
      onTimeRate: finite(completeness.onTimeRate),
      list,
    },
    indicators: rows,
    comparison: {
      historyPeriod: input.samePeriod?.historyPeriod ?? null,
      basis: input.samePeriod?.basis ? { ...input.samePeriod.basis } : null,
      notComparable: (input.samePeriod?.notComparable ?? []).map((m) => ({
        unit: m.unitId,
        indicator: m.code,
        why: { vi: m.why.vi, en: m.why.en },
      })),
    },
    findings: input.findings.map(findingJson),
    narrative_vi: input.narrative?.vi?.text ?? null,
    narrative_en: input.narrative?.en?.text ?? null,
  };
}

/** Counted unit ids by where their same-period figure of this indicator came from, in units order. */
function sourcesOf(input: SummaryOutputInput, code: string): IndicatorJson["samePeriodSources"] {
  const out: IndicatorJson["samePeriodSources"] = { history: [], crosswalk: [], sheet: [] };
  const byUnit = input.samePeriod?.sources[code] ?? {};
  for (const unitId of input.summary.unitIds) {
    const source = byUnit[unitId];
    if (source) out[source].push(unitId);
  }
  return out;
}

function findingJson(f: SummaryFinding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    unit: f.unitId ?? null,
    file: f.file ?? null,
    sheet: f.sheet ?? null,
    cell: f.address ?? null,
    indicator: f.code ?? null,
    column: f.column ?? null,
    message: { vi: f.message.vi, en: f.message.en },
    suggestion: finite(f.suggestion),
  };
}

function percentage(p: Percentage): PercentageJson {
  const value = finite(p.value);
  return { value, reason: value === null ? (p.reason ?? "not-reported") : null };
}

/** A number JSON can carry, or null. */
function finite(n: number | null | undefined): number | null {
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

function byColumn<C extends ValueColumn, T>(columns: readonly C[], f: (column: C) => T): Record<C, T> {
  const out = {} as Record<C, T>;
  for (const column of columns) out[column] = f(column);
  return out;
}
