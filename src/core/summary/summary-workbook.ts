/**
 * The summary workbook as a plan: the summary sheet, the written report (when given), the
 * reporting status, the figures by unit, the findings, the charts' figures and the history
 * table (when given), with metadata saying what it is (a summary of which template and
 * period, made when). The core has no clock: the time comes in as input.
 */
import type { MetadataPlan, WorkbookPlan } from "../sheets/plan-types";
import { METADATA_KEYS } from "../sheets/plan-types";
import { safeSheetName } from "../sheets/sheet-name";
import type { ChartPlan } from "./chart-plan";
import { chartsSheetPlan } from "./charts-sheet";
import { completenessSheetPlan } from "./completeness-sheet";
import { findingsSheetPlan } from "./findings-sheet";
import { historySheetPlan, type HistorySheetLayout } from "./history-sheet";
import { periodLabels } from "./period-text";
import type { SummaryOutputInput } from "./summary-input";
import { reportSheetPlan } from "./report-sheet";
import { summarySheetPlan, type SummarySheetLayout } from "./summary-sheet";
import { SUMMARY_WORDS } from "./summary-words";
import { traceSheetPlan } from "./trace-sheet";

/** Metadata keys a summary adds to the unit sheet's (METADATA_KEYS). */
export const SUMMARY_METADATA_KEYS = {
  kind: "kind",
  generatedAt: "generated_at",
} as const;
/** The value of `kind` on a summary workbook. */
export const SUMMARY_KIND = "summary";

export interface SummarySheetNames {
  summary: string;
  /** Present when the input has a narrative. */
  report?: string;
  completeness: string;
  trace: string;
  findings: string;
  charts: string;
  /** Present when the input has a history. */
  history?: string;
}

export function summaryWorkbookPlan(input: SummaryOutputInput): WorkbookPlan {
  return summaryWorkbook(input).plan;
}

/**
 * The plan with the summary sheet's layout and the sheet names, for hosts and tests; the
 * charts a host that can draw them adds (the plan format has no charts: the .xlsx host
 * ignores them), and where the history table is (for a host that makes it an Excel table).
 */
export function summaryWorkbook(input: SummaryOutputInput): {
  plan: WorkbookPlan;
  layout: SummarySheetLayout;
  sheetNames: SummarySheetNames;
  charts: ChartPlan[];
  historyTable: HistorySheetLayout | null;
} {
  const lang = input.lang ?? "vi";
  const words = SUMMARY_WORDS[lang];
  const taken: string[] = [];
  const named = (wanted: string) => {
    const name = safeSheetName(wanted, taken);
    taken.push(name);
    return name;
  };
  const hasReport = Object.values(input.narrative ?? {}).some(Boolean);
  const sheetNames: SummarySheetNames = {
    summary: named(words.sheets.summary),
    ...(hasReport ? { report: named(words.sheets.report) } : {}),
    completeness: named(words.sheets.completeness),
    trace: named(words.sheets.trace),
    findings: named(words.sheets.findings),
    charts: named(words.sheets.charts),
    ...(input.history ? { history: named(words.sheets.history) } : {}),
  };

  const { sheet, layout } = summarySheetPlan(input, sheetNames.summary);
  const report = sheetNames.report === undefined ? null : reportSheetPlan(input, sheetNames.report);
  const charts = chartsSheetPlan(input, sheetNames.charts);
  const history = sheetNames.history === undefined ? null : historySheetPlan(input, sheetNames.history);
  const identity: Record<string, string> = {
    [METADATA_KEYS.templateId]: input.template.id,
    [METADATA_KEYS.templateVersion]: input.template.version,
    [METADATA_KEYS.period]: input.period,
    [SUMMARY_METADATA_KEYS.kind]: SUMMARY_KIND,
  };
  if (input.level?.unitId !== undefined) {
    identity[METADATA_KEYS.unitId] = input.level.unitId;
    identity[METADATA_KEYS.unitName] = input.level.name;
  }
  const workbook: MetadataPlan = {
    scope: "workbook",
    entries: {
      ...identity,
      ...(input.generatedAt === undefined ? {} : { [SUMMARY_METADATA_KEYS.generatedAt]: input.generatedAt }),
    },
  };
  const summarySheet: MetadataPlan = { scope: { sheet: sheetNames.summary }, entries: { ...identity } };

  const title = `${words.title(input.template.title[lang])} - ${periodLabels(input.period)[lang]}`;
  return {
    plan: {
      sheets: [
        sheet,
        ...(report ? [report] : []),
        completenessSheetPlan(input, sheetNames.completeness),
        traceSheetPlan(input, sheetNames.trace),
        findingsSheetPlan(input, sheetNames.findings),
        charts.sheet,
        ...(history ? [history.sheet] : []),
      ],
      metadata: [workbook, summarySheet],
      properties: { title, creator: "tonghop" },
    },
    layout,
    sheetNames,
    charts: charts.charts,
    historyTable: history?.layout ?? null,
  };
}
