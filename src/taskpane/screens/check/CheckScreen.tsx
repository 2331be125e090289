import { Body1, Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Failure } from "../../components/Failure";
import { FindingsList } from "../../components/FindingsList";
import { NotSetUp } from "../../components/NotSetUp";
import { usePaneStyles } from "../../components/usePaneStyles";
import type { Strings } from "../../i18n";
import { usePane } from "../../pane-context";
import type { CheckResult } from "../../use-cases/check-sheets";
import { countFindings, type PaneFinding } from "../../use-cases/findings";
import { useCheck } from "./useCheck";

/** Check the active unit sheet or all of them; findings in a list that leads to each cell. */
export function CheckScreen({ onGoToSetup }: { onGoToSetup: () => void }) {
  const styles = usePaneStyles();
  const { strings } = usePane();
  const { state, check, choose } = useCheck();
  const busy = state.kind === "checking";
  return (
    <section className={styles.section}>
      <Body1>{strings.checkIntro}</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void check("active")}>
          {strings.checkActive}
        </Button>
        <Button disabled={busy} onClick={() => void check("all")}>
          {strings.checkAll}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {busy && <Spinner size="tiny" label={strings.checking} />}
        {state.kind === "failed" && <Failure text={state.text} />}
        {state.kind === "result" && renderSummary(state.result, state.afterEdit, strings, onGoToSetup)}
      </div>
      {state.kind === "result" && state.result.kind === "checked" && state.result.findings.length > 0 && (
        <FindingsList
          findings={state.result.findings}
          label={strings.findingsList}
          onChoose={(f: PaneFinding) => void choose(f)}
        />
      )}
    </section>
  );
}

function renderSummary(result: CheckResult, afterEdit: boolean, strings: Strings, onGoToSetup: () => void) {
  if (result.kind === "not-set-up") return <NotSetUp onGoToSetup={onGoToSetup} />;
  if (result.kind === "not-a-unit-sheet")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.notUnitSheet(result.sheet)}</MessageBarBody>
      </MessageBar>
    );
  const counts = countFindings(result.findings);
  const n = result.sheets.length;
  const clean = counts.error === 0 && counts.warning === 0;
  return (
    <MessageBar intent={counts.error > 0 ? "error" : clean ? "success" : "warning"} layout="multiline">
      <MessageBarBody>
        {clean ? strings.checkedClean(n) : strings.checkedFindings(n, counts.error, counts.warning)}
        {afterEdit ? ` ${strings.rechecking}` : ""}
      </MessageBarBody>
    </MessageBar>
  );
}
