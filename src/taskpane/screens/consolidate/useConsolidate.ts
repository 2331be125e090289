import { useCallback, useState } from "react";
import { failureText } from "../../components/failure-text";
import { usePane } from "../../pane-context";
import { acceptUnit } from "../../use-cases/accept-unit";
import {
  consolidate,
  type ConsolidatePhase,
  type ConsolidateResult,
  type ResultCard,
} from "../../use-cases/consolidate";
import { selectFinding } from "../../use-cases/select-finding";
import type { PaneFinding } from "../../use-cases/findings";

export type ConsolidateState =
  | { kind: "idle" }
  | { kind: "running"; phase: ConsolidatePhase }
  | { kind: "not-set-up" }
  | Extract<ConsolidateResult, { kind: "history-unreadable" | "crosswalk-unusable" }>
  | { kind: "done"; card: ResultCard; notice?: string }
  | { kind: "failed"; text: string };

/** The consolidate screen's state: run, show the card, accept a unit and run again. */
export function useConsolidate() {
  const { port, now, language } = usePane();
  const [state, setState] = useState<ConsolidateState>({ kind: "idle" });

  const run = useCallback(async () => {
    setState({ kind: "running", phase: "reading" });
    try {
      const result = await consolidate(port, {
        now: now(),
        onPhase: (phase) => setState({ kind: "running", phase }),
      });
      setState(result);
    } catch (error) {
      setState({ kind: "failed", text: failureText(error, language) });
    }
  }, [port, now, language]);

  /** Accepting a unit re-runs the consolidation so the card and the summary agree. */
  const accept = useCallback(
    async (unitId: string, reason: string): Promise<string | undefined> => {
      try {
        const result = await acceptUnit(port, unitId, reason);
        if (result.kind === "refused") return result.reason[language];
        await run();
        return undefined;
      } catch (error) {
        return failureText(error, language);
      }
    },
    [port, run, language],
  );

  const openSummary = useCallback(
    async (sheet: string) => {
      try {
        await port.activateSheet(sheet);
      } catch (error) {
        setState({ kind: "failed", text: failureText(error, language) });
      }
    },
    [port, language],
  );

  const choose = useCallback(
    async (finding: PaneFinding) => {
      try {
        await selectFinding(port, finding);
      } catch (error) {
        setState({ kind: "failed", text: failureText(error, language) });
      }
    },
    [port, language],
  );

  /** To the first row in question of the history or crosswalk sheet (or the sheet, when none is named). */
  const showHistoryRow = useCallback(
    async (sheet: string, row: number | undefined) => {
      try {
        if (row === undefined) await port.activateSheet(sheet);
        else await port.selectCell(sheet, `A${row}`);
      } catch (error) {
        setState({ kind: "failed", text: failureText(error, language) });
      }
    },
    [port, language],
  );

  return { state, run, accept, openSummary, choose, showHistoryRow };
}
