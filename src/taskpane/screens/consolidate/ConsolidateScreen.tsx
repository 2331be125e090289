import { Body1, Button, Field, ProgressBar } from "@fluentui/react-components";
import { Failure } from "../../components/Failure";
import { UnreadableRows } from "../../components/UnreadableRows";
import { NotSetUp } from "../../components/NotSetUp";
import { usePaneStyles } from "../../components/usePaneStyles";
import { usePane } from "../../pane-context";
import type { ConsolidatePhase } from "../../use-cases/consolidate";
import { ResultCardView } from "./ResultCardView";
import { useConsolidate } from "./useConsolidate";

const PHASE_STEP: Record<ConsolidatePhase, number> = { reading: 1, consolidating: 2, writing: 3 };

/** Consolidate in one click: progress while it works, then the result card. */
export function ConsolidateScreen({ onGoToSetup }: { onGoToSetup: () => void }) {
  const styles = usePaneStyles();
  const { strings } = usePane();
  const { state, run, accept, openSummary, choose, showHistoryRow } = useConsolidate();
  const running = state.kind === "running";
  return (
    <section className={styles.section}>
      <Body1>{strings.consolidateIntro}</Body1>
      <div>
        <Button appearance="primary" disabled={running} onClick={() => void run()}>
          {strings.consolidateButton}
        </Button>
      </div>
      {state.kind === "running" && (
        <Field
          label={strings.progressLabel}
          validationMessage={strings.phases[state.phase]}
          validationState="none"
        >
          <ProgressBar value={PHASE_STEP[state.phase]} max={3} />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {state.kind === "not-set-up" && <NotSetUp onGoToSetup={onGoToSetup} />}
        {state.kind === "failed" && <Failure text={state.text} />}
        {(state.kind === "history-unreadable" || state.kind === "crosswalk-unusable") && (
          <UnreadableRows
            title={
              state.kind === "history-unreadable"
                ? strings.historyUnreadableTitle(state.sheet)
                : strings.crosswalkUnusableTitle(state.sheet)
            }
            how={
              state.kind === "history-unreadable"
                ? strings.historyUnreadableHow
                : strings.crosswalkUnusableHow
            }
            problems={state.problems}
            onShow={() => void showHistoryRow(state.sheet, state.problems.find((p) => p.row > 0)?.row)}
          />
        )}
      </div>
      {state.kind === "done" && (
        <ResultCardView
          card={state.card}
          onAccept={accept}
          onOpenSummary={(sheet) => void openSummary(sheet)}
          onChoose={(f) => void choose(f)}
        />
      )}
    </section>
  );
}
