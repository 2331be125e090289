import { useCallback, useEffect, useRef, useState } from "react";
import { failureText } from "../../components/failure-text";
import { usePane } from "../../pane-context";
import { checkSheets, type CheckResult, type CheckScope } from "../../use-cases/check-sheets";
import type { PaneFinding } from "../../use-cases/findings";
import { selectFinding } from "../../use-cases/select-finding";

export type CheckState =
  | { kind: "idle" }
  | { kind: "checking"; scope: CheckScope }
  | { kind: "result"; result: CheckResult; afterEdit: boolean }
  | { kind: "failed"; text: string };

/** After an edit, wait this long for typing to pause before checking again. */
export const RECHECK_DELAY_MS = 800;

/**
 * The check screen's state. Once a check has run, edits in the workbook run it again after a
 * pause in typing; the check reads the sheets and never holds Excel, so typing goes on.
 */
export function useCheck() {
  const { port, language } = usePane();
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const lastScope = useRef<CheckScope | undefined>(undefined);

  const check = useCallback(
    async (scope: CheckScope, afterEdit = false) => {
      lastScope.current = scope;
      if (!afterEdit) setState({ kind: "checking", scope });
      try {
        setState({ kind: "result", result: await checkSheets(port, scope), afterEdit });
      } catch (error) {
        setState({ kind: "failed", text: failureText(error, language) });
      }
    },
    [port, language],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = port.onCellsChanged(() => {
      const scope = lastScope.current;
      if (scope === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(scope, true), RECHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [port, check]);

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

  return { state, check, choose };
}
