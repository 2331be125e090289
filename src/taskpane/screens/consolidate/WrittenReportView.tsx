import { Body1, Body1Strong, Button, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { useId } from "react";
import { usePane } from "../../pane-context";
import type { WrittenReport } from "../../use-cases/consolidate";
import { useCopyText } from "./useCopyText";
import { useConsolidateStyles } from "./useConsolidateStyles";

/** The written report in the pane's language (paragraph titles, then their sentences), with Copy. */
export function WrittenReportView({ report }: { report: WrittenReport }) {
  const styles = useConsolidateStyles();
  const { strings } = usePane();
  const { state, copy, fallback } = useCopyText(report.text);
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <div className={styles.reportHeader}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {strings.reportTitle}
        </Subtitle2>
        <Button size="small" aria-label={strings.copyReportLabel} onClick={() => void copy()}>
          {strings.copyReport}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state === "copied" && <Body1>{strings.reportCopied}</Body1>}
        {state === "selected" && <Body1>{strings.reportSelected}</Body1>}
      </div>
      {state === "selected" && (
        <Field label={strings.reportTextLabel}>
          <Textarea ref={fallback} readOnly value={report.text} resize="vertical" rows={8} />
        </Field>
      )}
      <div className={styles.report}>
        {report.paragraphs.map((paragraph, i) => (
          <div key={i} className={styles.paragraph}>
            <Body1Strong as="h4" className={styles.heading}>
              {paragraph.title}
            </Body1Strong>
            <Body1 as="p" className={styles.sentences}>
              {paragraph.sentences.join(" ")}
            </Body1>
          </div>
        ))}
      </div>
    </section>
  );
}
