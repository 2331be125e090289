/**
 * The history a workbook keeps on its summary's "Lịch sử" sheet, written there by the last
 * consolidation: read back so that the next consolidation takes the same period last year
 * and the year's earlier reports from it, and writes it back with its own figures added,
 * as the command line does with its history file (without it, the add-in's history started
 * afresh at every run); and so that a set-up fills in last year's figures from it.
 *
 * A row that cannot be read stops the consolidation, since writing the sheet again would
 * lose it (the command line stops on a bad line of its file for the same reason); so does a
 * sheet of that name that holds no history table, which the summary would replace.
 */
import type { HistoryRecord } from "../../core/history";
import type { SheetSnapshot } from "../../core/sheets/snapshot";
import { readHistorySheet, type HistorySheetProblem } from "../../core/summary";
import { SUMMARY_WORDS } from "../../core/summary/summary-words";

export type KeptHistory =
  | { kind: "none" }
  | { kind: "read"; sheet: string; records: HistoryRecord[] }
  /** `records`: the rows that could be read, enough for a set-up, which writes no history. */
  | { kind: "unreadable"; sheet: string; problems: HistorySheetProblem[]; records: HistoryRecord[] };

/** The summary's history sheet names, Vietnamese first (the add-in writes the summary in Vietnamese). */
const NAMES = [SUMMARY_WORDS.vi.sheets.history, SUMMARY_WORDS.en.sheets.history];

export function readKeptHistory(sheets: readonly SheetSnapshot[]): KeptHistory {
  const snapshot = NAMES.map((name) => sheets.find((s) => s.name === name)).find((s) => s !== undefined);
  if (!snapshot) return { kind: "none" };
  const read = readHistorySheet(snapshot);
  return read.problems.length > 0
    ? { kind: "unreadable", sheet: snapshot.name, problems: read.problems, records: read.records }
    : { kind: "read", sheet: snapshot.name, records: read.records };
}
