/**
 * The consolidation job's input and output: one use-case that the command line and the
 * Excel task pane both call, with plain data in and plain data out.
 */
import type { ConsolidationCompleteness } from "../completeness/consolidation-completeness";
import type { Crosswalk } from "../crosswalk";
import type { HistoryRecord } from "../history";
import type { Narrative, PeriodPlacement, WordingExtra } from "../narrative";
import type { PlanTable } from "../consolidate/plans";
import type { Summary } from "../consolidate/summary-types";
import type { UnitReport } from "../report/unit-report";
import type { WorkbookPlan } from "../sheets/plan-types";
import type { SheetSnapshot } from "../sheets/snapshot";
import type {
  ChartPlan,
  ConsolidatingLevel,
  HistorySheetLayout,
  SamePeriodUse,
  SummaryFinding,
  SummaryJson,
  SummaryLang,
} from "../summary";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import type { Severity } from "../validate/finding";

/** One sheet a host read: from a unit's file, or one unit's sheet of the shared workbook. */
export interface SubmittedSheet {
  source: { file?: string; sheet?: string };
  snapshot: SheetSnapshot;
  /** The workbook-wide metadata the host found (custom properties of the file). */
  workbookMetadata?: Record<string, string>;
}

export interface ConsolidationJobInput {
  template: Template;
  /** The expected units, in the order the summary lists them. */
  units: readonly Unit[];
  /** The period code being consolidated ("2024-10"). */
  period: string;
  /** ISO 8601 date or date-time; a date alone is the end of that day, Vietnam time. */
  deadline?: string;
  snapshots: readonly SubmittedSheet[];
  plans?: PlanTable;
  /** Unit id -> the office's reason for accepting that unit's errors. */
  accepted?: Record<string, string>;
  /**
   * Each unit's clean report for the previous period of the same year; where a unit has
   * none, its cumulatives of that period in the history are used.
   */
  previous?: readonly UnitReport[];
  /**
   * Figures of past periods (the history table): the same period last year comes from
   * here where it holds it (else from the units' sheets), and the previous report of the
   * year for the check that cumulatives never fall. The result's history adds this run's.
   */
  history?: readonly HistoryRecord[];
  /** Reorganised units: last year's old units onto this year's (docs/history-and-crosswalk.md). */
  crosswalk?: Crosswalk;
  /**
   * The units are consolidating levels themselves, each sending its summary (the districts
   * of a city): each is expected to report every indicator anyone reports below it.
   */
  unitsAreLevels?: boolean;
  /** Where the written report says the period, and wording the template lacks. */
  narrative?: { periodPlacement?: PeriodPlacement; wording?: Readonly<Record<string, WordingExtra>> };
  /** The indicator whose units' contributions are charted. */
  chartIndicator?: string;
  /** The consolidating level; its unitId makes the summary readable as that unit's report one level up. */
  level?: ConsolidatingLevel;
  /** ISO 8601 time of the run (the core has no clock); also the "as of" of lateness. */
  generatedAt: string;
  lang?: SummaryLang;
  /** Called after each sheet is read and once at the end: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * What became of one submitted sheet:
 * - counted: its figures are in the summary, no error;
 * - accepted: it has errors, the office accepted them, its figures are in the summary;
 * - excluded: it has errors not accepted, its figures are left out;
 * - superseded: the same unit sent a newer report, which was used instead;
 * - unexpected: the unit is not on the list;
 * - unreadable: the sheet could not be read as a unit's report;
 * - ignored: a sheet of a summary workbook beside its summary sheet (its report, status,
 *   history...), which is not a report;
 * - not-started: the sheet holds nothing the unit typed; the unit counts as not reported.
 */
export type SubmissionOutcome =
  | "counted"
  | "accepted"
  | "excluded"
  | "superseded"
  | "unexpected"
  | "unreadable"
  | "ignored"
  /** The sheet holds nothing the unit typed: the unit counts as not reported. */
  | "not-started";

export interface UnitResult {
  /** null when the sheet could not be told whose it is. */
  unitId: string | null;
  source: { file?: string; sheet?: string };
  outcome: SubmissionOutcome;
  submittedAt: string | null;
  /** Validation findings by severity (a superseded or unreadable sheet has none counted). */
  counts: Record<Severity, number>;
  /** The office's reason, for an accepted unit. */
  acceptedReason: string | null;
}

export interface ConsolidationJobResult {
  summary: Summary;
  /** Everything worth a look: the run's own findings, sheets that could not be read, duplicates, validation. */
  findings: SummaryFinding[];
  completeness: ConsolidationCompleteness;
  /** One per submitted sheet, in the order given. */
  unitResults: UnitResult[];
  workbookPlan: WorkbookPlan;
  json: SummaryJson;
  /** The written report in Vietnamese and English (absent when the period cannot be read). */
  narrative: Partial<Record<SummaryLang, Narrative>>;
  /** The history given, merged with this run's figures: what a history file should now hold. */
  history: HistoryRecord[];
  /** Where the same-period figures came from, and what cannot be compared. */
  samePeriod: SamePeriodUse;
  /** Charts for a host that can draw them (the plan format has none; the .xlsx host ignores them). */
  charts: ChartPlan[];
  /** Where the history table is on its sheet, for a host that makes it an Excel table. */
  historyTable: HistorySheetLayout | null;
}
