import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { Failure } from "../../components/Failure";
import { FilePicker } from "../../components/FilePicker";
import { NotSetUp } from "../../components/NotSetUp";
import { usePaneStyles } from "../../components/usePaneStyles";
import type { Language, Strings } from "../../i18n";
import { usePane } from "../../pane-context";
import type { SaveFile } from "../../use-cases/export-unit-workbooks";
import type { Submission } from "../../use-cases/import-submissions";
import { useFiles, type RowState } from "./useFiles";
import { useFilesStyles } from "./useFilesStyles";

export interface FilesScreenProps {
  save: SaveFile;
  onGoToSetup: () => void;
}

/** Units that work by file: export blank workbooks, import what they send back. */
export function FilesScreen({ save, onGoToSetup }: FilesScreenProps) {
  const styles = usePaneStyles();
  const own = useFilesStyles();
  const { strings, language } = usePane();
  const { exporting, importing, exportAll, importFiles, accept } = useFiles(save);
  return (
    <>
      <section className={styles.section} aria-labelledby="export-title">
        <Subtitle2 as="h2" id="export-title" className={styles.heading}>
          {strings.exportTitle}
        </Subtitle2>
        <Body1>{strings.exportIntro}</Body1>
        <div>
          <Button disabled={exporting.kind === "working"} onClick={() => void exportAll()}>
            {strings.exportButton}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {exporting.kind === "working" && (
            <Spinner size="tiny" label={strings.exporting(exporting.done, exporting.total)} />
          )}
          {exporting.kind === "done" && (
            <MessageBar intent="success">
              <MessageBarBody>{strings.exported(exporting.count)}</MessageBarBody>
            </MessageBar>
          )}
          {exporting.kind === "not-set-up" && <NotSetUp onGoToSetup={onGoToSetup} />}
          {exporting.kind === "failed" && <Failure text={exporting.text} />}
        </div>
      </section>
      <section className={styles.section} aria-labelledby="import-title">
        <Subtitle2 as="h2" id="import-title" className={styles.heading}>
          {strings.importTitle}
        </Subtitle2>
        <Body1>{strings.importLabel}</Body1>
        <div>
          <FilePicker
            label={strings.importButton}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple
            disabled={importing.kind === "reading"}
            onFiles={(files) => void importFiles(files)}
          />
        </div>
        <div role="status" aria-live="polite">
          {importing.kind === "reading" && <Spinner size="tiny" label={strings.reading} />}
          {importing.kind === "not-set-up" && <NotSetUp onGoToSetup={onGoToSetup} />}
          {importing.kind === "failed" && <Failure text={importing.text} />}
        </div>
        {importing.kind === "read" && (
          <ul className={own.list} aria-label={strings.submissionsList}>
            {importing.submissions.map((submission, i) => (
              <li key={`${submission.file}-${i}`} className={own.item}>
                {renderSubmission(submission, importing.rows[i] ?? { kind: "waiting" }, strings, language, own, {
                  accept: () => void accept(i, false),
                  confirm: () => void accept(i, true),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function renderSubmission(
  submission: Submission,
  row: RowState,
  strings: Strings,
  language: Language,
  styles: ReturnType<typeof useFilesStyles>,
  actions: { accept: () => void; confirm: () => void },
) {
  if (submission.kind === "unreadable")
    return (
      <>
        <span className={styles.file}>{submission.file}</span>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{submission.message[language]}</MessageBarBody>
        </MessageBar>
      </>
    );
  const unit = submission.unitName ?? submission.unitId;
  const fact = (term: string, value: string) => (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );
  const problem = submission.unitName === undefined
    ? strings.unknownUnit(submission.unitId)
    : submission.otherPeriod
      ? strings.otherPeriod(submission.periodLabel[language], submission.expectedPeriodLabel[language])
      : undefined;
  return (
    <>
      <span className={styles.file}>{submission.file}</span>
      <dl className={styles.facts}>
        {fact(strings.unitLabel, unit)}
        {fact(strings.periodLabel, submission.periodLabel[language])}
        {fact(strings.severity.error, String(submission.counts.error))}
        {fact(strings.severity.warning, String(submission.counts.warning))}
      </dl>
      {problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {submission.replaces && row.kind === "waiting" && <Body1>{strings.replacesNote}</Body1>}
      {row.kind === "waiting" && problem === undefined && (
        <div>
          <Button appearance="primary" onClick={actions.accept}>
            {strings.acceptFile(unit)}
          </Button>
        </div>
      )}
      {row.kind === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.replacesNote}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={actions.confirm}>
              {strings.replaceFileConfirm}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {row.kind === "accepted" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {row.copy ? strings.fileAcceptedCopy(row.sheet, row.copy) : strings.fileAccepted(row.sheet)}
          </MessageBarBody>
        </MessageBar>
      )}
      {row.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{row.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
