import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { usePane } from "../pane-context";

/** The workbook has no set-up yet: says so and offers the way there. */
export function NotSetUp({ onGoToSetup }: { onGoToSetup: () => void }) {
  const { strings } = usePane();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {strings.notSetUp} {strings.notSetUpHow}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onGoToSetup}>{strings.goToSetup}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
