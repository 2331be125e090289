import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { Failure } from "../../components/Failure";
import { FilePicker } from "../../components/FilePicker";
import { usePaneStyles } from "../../components/usePaneStyles";
import type { Language, Strings } from "../../i18n";
import { usePane } from "../../pane-context";
import type { SetUpResult } from "../../use-cases/set-up-workbook";
import { useSetup, type LoadedFile, type TemplateChoice, type UnitsChoice } from "./useSetup";
import { CROSSWALK_SHEET } from "../../../core/sheets/crosswalk-sheet";

async function loadText(file: File): Promise<LoadedFile> {
  return { name: file.name, text: await file.text() };
}

/** Set up a workbook: template, period, deadline, units; asks before replacing figures. */
export function SetupScreen() {
  const styles = usePaneStyles();
  const { strings, language } = usePane();
  const { form, units, outcome, submit, cancel } = useSetup();
  const working = outcome.kind === "working";
  const unitProblems = units.problems.slice(0, 3).map((p) => p[language]);
  return (
    <section className={styles.section}>
      <Body1>{strings.setupIntro}</Body1>
      <Field label={strings.templateLabel}>
        <RadioGroup
          value={form.templateChoice}
          onChange={(_, data) => form.setTemplateChoice(data.value as TemplateChoice)}
        >
          <Radio value="builtin" label={strings.templateBuiltin} />
          <Radio value="file" label={strings.templateFile} />
        </RadioGroup>
      </Field>
      {form.templateChoice === "file" && (
        <div className={styles.buttons}>
          <FilePicker
            label={strings.chooseFile}
            accept=".json,application/json"
            onFiles={(files) => void loadText(files[0]!).then(form.setTemplateFile)}
          />
          {form.templateFile && <Body1>{form.templateFile.name}</Body1>}
        </div>
      )}
      <Field label={strings.periodLabel} hint={strings.periodHint} required>
        <Input value={form.period} onChange={(_, data) => form.setPeriod(data.value)} />
      </Field>
      <Field label={strings.deadlineLabel}>
        <Input type="date" value={form.deadline} onChange={(_, data) => form.setDeadline(data.value)} />
      </Field>
      <Field label={strings.levelLabel}>
        <Input value={form.levelName} onChange={(_, data) => form.setLevelName(data.value)} />
      </Field>
      <Field
        label={strings.unitsLabel}
        hint={strings.unitsCount(units.units.length)}
        {...(unitProblems.length > 0
          ? { validationMessage: unitProblems.join(" "), validationState: "warning" as const }
          : {})}
      >
        <RadioGroup
          value={form.unitsChoice}
          onChange={(_, data) => form.setUnitsChoice(data.value as UnitsChoice)}
        >
          <Radio value="sample" label={strings.unitsSample} />
          <Radio value="paste" label={strings.unitsPaste} />
          <Radio value="csv" label={strings.unitsCsv} />
        </RadioGroup>
      </Field>
      {form.unitsChoice === "paste" && (
        <Field label={strings.unitsPasteLabel}>
          <Textarea rows={5} value={form.pasted} onChange={(_, data) => form.setPasted(data.value)} />
        </Field>
      )}
      {form.unitsChoice === "csv" && (
        <div className={styles.buttons}>
          <FilePicker
            label={strings.chooseFile}
            accept=".csv,text/csv"
            onFiles={(files) => void loadText(files[0]!).then(form.setCsvFile)}
          />
          {form.csvFile && <Body1>{form.csvFile.name}</Body1>}
        </div>
      )}
      <div>
        <Button appearance="primary" disabled={working} onClick={() => void submit(false)}>
          {strings.setupButton}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {working && <Spinner size="tiny" label={strings.settingUp} />}
        {outcome.kind === "failed" && <Failure text={outcome.text} />}
        {outcome.kind === "result" &&
          renderResult(outcome.result, strings, language, () => void submit(true), cancel)}
      </div>
    </section>
  );
}

function renderResult(
  result: SetUpResult,
  strings: Strings,
  language: Language,
  confirm: () => void,
  cancel: () => void,
) {
  switch (result.kind) {
    case "invalid":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{result.problems.map((p) => p[language]).join(" ")}</MessageBarBody>
        </MessageBar>
      );
    case "needs-confirmation":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.replaceTitle}</MessageBarTitle>{" "}
            {strings.replaceBody(result.sheets.map((s) => `"${s}"`).join(", "))}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={confirm}>
              {strings.replaceConfirm}
            </Button>
            <Button onClick={cancel}>{strings.cancel}</Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {strings.setupDone(result.unitSheets.length)}{" "}
            {result.copies.length > 0 ? `${strings.setupCopies(result.copies.join(", "))} ` : ""}
            {result.crosswalkSheet
              ? `${strings.setupCrosswalk(CROSSWALK_SHEET, result.crosswalkSheet.units.length)} `
              : ""}
            {result.lastYear
              ? `${
                  result.lastYear.units > 0
                    ? strings.setupLastYear(result.lastYear.period[language], result.lastYear.units)
                    : strings.setupNoLastYear(result.lastYear.period[language])
                } `
              : ""}
            {strings.setupNext}
          </MessageBarBody>
        </MessageBar>
      );
  }
}
