/**
 * What the summary outputs (the workbook plan and the JSON summary) are built from: the
 * consolidated summary with everything said about it, as plain data. Both outputs read the
 * same input, so a figure in the workbook and in the JSON can never disagree.
 */
import type { ConsolidationCompleteness } from "../completeness/consolidation-completeness";
import type { Summary } from "../consolidate/summary-types";
import type { HistoryRecord } from "../history";
import type { Localized } from "../i18n/message-params";
import type { Narrative } from "../narrative";
import type { UnitReport } from "../report/unit-report";
import type { ColumnKey } from "../template/columns";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import type { Severity } from "../validate/finding";

export type SummaryLang = "vi" | "en";

/**
 * One thing worth the office's attention, from any stage: a sheet that could not be read,
 * a duplicate submission, or a validation finding. A validation `Finding` is one already;
 * `file` is added where the sheet came from a file.
 */
export interface SummaryFinding {
  /** A built-in check ("cell.text"), a template rule id, or a job check ("job.duplicate"). */
  rule: string;
  severity: Severity;
  /** The unit concerned; absent when a sheet could not be told whose it is. */
  unitId?: string;
  file?: string;
  sheet?: string;
  /** A1 address on the unit's sheet. */
  address?: string;
  /** Indicator code. */
  code?: string;
  column?: ColumnKey;
  message: Localized;
  /** The number a text cell most likely meant, offered as a fix. */
  suggestion?: number;
}

/** The level that consolidates (a district, a ward's office), as its title says it. */
export interface ConsolidatingLevel {
  name: string;
  /**
   * The level's unit id one level up: when given, the summary sheet carries it as its
   * identity, so the summary can be read back as that unit's report (ward -> district -> city).
   */
  unitId?: string;
}

export interface SummaryOutputInput {
  template: Template;
  summary: Summary;
  /** The expected units (names and kinds for the sheets), in the summary's order. */
  units: readonly Unit[];
  /** The period code ("2024-10"); labels are made from it. */
  period: string;
  findings: readonly SummaryFinding[];
  completeness: ConsolidationCompleteness;
  /** The counted reports, for the units' own notes (copied as text, never as formulas). */
  reports?: readonly UnitReport[];
  level?: ConsolidatingLevel;
  /** ISO 8601 time the summary was made; the core has no clock, so the caller says it. */
  generatedAt?: string;
  /** Language of the workbook's own words (headings, notes). Default "vi". */
  lang?: SummaryLang;
  /** The written report in each language: the "Báo cáo" sheet and narrative_vi / narrative_en. */
  narrative?: Partial<Record<SummaryLang, Narrative>>;
  /** The history table to keep in the workbook ("Lịch sử"): past figures and this run's. */
  history?: readonly HistoryRecord[];
  /** Where the same-period figures came from (history, crosswalk, the units' sheets). */
  samePeriod?: SamePeriodUse;
  /** The indicator whose units' contributions are charted; default: the first wards report. */
  chartIndicator?: string;
}

/**
 * Where a counted unit's same-period figure came from:
 * - history: last year's cumulative of the same unit, from the history table;
 * - crosswalk: rebuilt from last year's old units on the new boundaries;
 * - sheet: typed by the unit on its sheet (the history had none).
 */
export type SamePeriodSource = "history" | "crosswalk" | "sheet";

/** A unit's indicator that cannot be compared with last year on the new boundaries. */
export interface NotComparableMark {
  unitId: string;
  /** null: none of the unit's indicators can be compared. */
  code: string | null;
  why: Localized;
}

export interface SamePeriodUse {
  /** The period looked up in the history ("2023-10"); null when no history was given. */
  historyPeriod: string | null;
  /** By indicator code, then counted unit id: where its same-period figure came from. */
  sources: Record<string, Record<string, SamePeriodSource>>;
  /** The comparison's basis when a crosswalk was used ("so sánh theo địa giới mới"); else null. */
  basis: Localized | null;
  notComparable: NotComparableMark[];
}
