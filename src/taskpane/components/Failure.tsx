import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { usePane } from "../pane-context";

/** A failed operation: what Excel said, and what to do next. */
export function Failure({ text }: { text: string }) {
  const { strings } = usePane();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.failed}</MessageBarTitle> {text} {strings.failedHow}
      </MessageBarBody>
    </MessageBar>
  );
}
