/** What the findings list shows: one thing wrong, where it is, and in which unit. */
import type { Localized } from "../../core/i18n/message-params";
import type { Severity } from "../../core/validate/finding";

export interface PaneFinding {
  /** Stable within one check, for React keys and selection. */
  id: string;
  severity: Severity;
  unitId?: string;
  /** The sheet in this workbook the cell is on. */
  sheet?: string;
  /** A1 address on that sheet. */
  address?: string;
  message: Localized;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly PaneFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings; within a severity, the order they were found in. */
export function bySeverity(findings: readonly PaneFinding[]): PaneFinding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
