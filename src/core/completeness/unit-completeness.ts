/**
 * How far one unit got with its report:
 * - not-started: no report, or nothing typed in it;
 * - in-progress: some required cells filled, not all;
 * - complete: every required cell filled;
 * - late: sent after the deadline, or the deadline has passed (at `asOf`) and nothing was
 *   submitted. A complete shared sheet with no sending time is not late: nobody can tell
 *   when it was finished.
 * With the counts of required cells, findings by severity, and the office's acceptance.
 * A report counts as submitted when it holds figures and is either complete or carries
 * the time it was sent (a file that came in); a half-typed shared sheet is not submitted.
 */
import type { RawUnitReport } from "../report/unit-report";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";
import { acceptanceFor, type Acceptance } from "../validate/acceptance";
import { countBySeverity, type Finding } from "../validate/finding";
import { hasUnitFigures } from "../validate/report-content";
import { indexTemplate } from "../validate/template-index";
import { parseInstant, requireInstant } from "./instant";
import { indicatorsOf, requiredFilled, rowsByCode } from "./required-cells";

export type UnitStatus = "not-started" | "in-progress" | "complete" | "late";

export interface UnitCompleteness {
  unitId: string;
  status: UnitStatus;
  requiredFilled: number;
  requiredTotal: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The office's acceptance of the unit's errors, with its reason. */
  accepted?: Acceptance;
  /** Errors keep the unit's figures out of the summary (none, or accepted: false). */
  blocking: boolean;
  submitted: boolean;
  /** Submitted, and not late. */
  onTime: boolean;
  submittedAt?: string;
}

export interface UnitCompletenessInput {
  template: Template;
  unit: Unit;
  /** The unit's report, if it sent or typed one. */
  raw?: RawUnitReport;
  /** Findings of validation (any unit's; this unit's are picked by id). */
  findings?: readonly Finding[];
  /** ISO 8601 date or date-time; a date alone means the end of that day, Vietnam time. */
  deadline?: string;
  /** The time of the check, ISO 8601; without it an unsent report is never called late. */
  asOf?: string;
  accepted?: readonly Acceptance[];
}

export function unitCompleteness(input: UnitCompletenessInput): UnitCompleteness {
  const index = indexTemplate(input.template);
  const { unit, raw } = input;
  const rows = rowsByCode(raw, index);
  let filled = 0;
  let total = 0;
  for (const indicator of indicatorsOf(unit, index)) {
    const counts = requiredFilled(indicator, rows.get(indicator.code));
    filled += counts.filled;
    total += counts.total;
  }
  const typed = raw !== undefined && hasUnitFigures(raw, index);
  const base: UnitStatus = !typed ? "not-started" : filled < total ? "in-progress" : "complete";

  const deadline = requireInstant(input.deadline, "deadline");
  const asOf = requireInstant(input.asOf, "asOf");
  const sentAt = parseInstant(raw?.submittedAt);
  const submitted = typed && (base === "complete" || sentAt !== undefined);
  // A report that came in is judged by when it was sent; one still awaited, by the clock.
  const late = submitted
    ? deadline !== undefined && sentAt !== undefined && sentAt > deadline
    : deadline !== undefined && asOf !== undefined && asOf > deadline;
  const status: UnitStatus = late ? "late" : base;

  const counts = countBySeverity((input.findings ?? []).filter((f) => f.unitId === unit.id));
  const accepted = acceptanceFor(unit.id, input.accepted);
  const result: UnitCompleteness = {
    unitId: unit.id,
    status,
    requiredFilled: filled,
    requiredTotal: total,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    blocking: counts.error > 0 && !accepted,
    submitted,
    onTime: submitted && status !== "late",
  };
  if (accepted) result.accepted = accepted;
  if (raw?.submittedAt !== undefined) result.submittedAt = raw.submittedAt;
  return result;
}
