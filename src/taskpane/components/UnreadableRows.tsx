import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Localized } from "../../core/i18n/message-params";
import { usePane } from "../pane-context";

/** The most rows listed; the rest are counted. */
const SHOWN = 8;

/**
 * Consolidation stopped on rows of a sheet it reads (the history, the crosswalk): what it
 * says, which rows and why, and a way to the first of them. Nothing was written.
 */
export function UnreadableRows({
  title,
  how,
  problems,
  onShow,
}: {
  title: string;
  how: string;
  problems: readonly { row: number; message: Localized }[];
  onShow: () => void;
}) {
  const { strings, language } = usePane();
  const rest = problems.length - SHOWN;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {how}
        <ul>
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>{p.message[language]}</li>
          ))}
          {rest > 0 && <li>{strings.moreRows(rest)}</li>}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onShow}>{strings.showHistoryRow}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
