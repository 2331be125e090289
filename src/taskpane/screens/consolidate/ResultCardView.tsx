import { Body1, Button, Card, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { FindingsList } from "../../components/FindingsList";
import { usePane } from "../../pane-context";
import type { ResultCard, UnitRef } from "../../use-cases/consolidate";
import type { PaneFinding } from "../../use-cases/findings";
import { countFindings } from "../../use-cases/findings";
import { useConsolidateStyles } from "./useConsolidateStyles";
import { WrittenReportView } from "./WrittenReportView";

export interface ResultCardProps {
  card: ResultCard;
  onAccept: (unitId: string, reason: string) => Promise<string | undefined>;
  onOpenSummary: (sheet: string) => void;
  onChoose: (finding: PaneFinding) => void;
}

/**
 * After a consolidation: who reported, who did not, who was left out, the way on, the written
 * report to copy, and the findings.
 */
export function ResultCardView({ card, onAccept, onOpenSummary, onChoose }: ResultCardProps) {
  const styles = useConsolidateStyles();
  const { strings, language } = usePane();
  const counts = countFindings(card.findings);
  const complete = card.missing.length === 0 && card.excluded.length === 0;
  return (
    <Card className={styles.card} role="region" aria-label={strings.resultTitle(card.period[language])}>
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.resultTitle(card.period[language])}
      </Subtitle2>
      <span className={styles.headline}>{strings.reportedOf(card.reported, card.expected)}</span>
      {complete && <Body1>{strings.allReported}</Body1>}
      {renderUnits(strings.missingTitle(card.missing.length), card.missing, styles)}
      {renderUnits(strings.lateTitle(card.late.length), card.late, styles)}
      {card.excluded.length > 0 && (
        <section className={styles.group}>
          <Subtitle2 as="h3" className={styles.heading}>
            {strings.excludedTitle(card.excluded.length)}
          </Subtitle2>
          <Body1>{strings.excludedHow}</Body1>
          <ul className={styles.list}>
            {card.excluded.map((unit) => (
              <ExcludedUnit key={unit.id} unit={unit} onAccept={onAccept} />
            ))}
          </ul>
        </section>
      )}
      {card.accepted.length > 0 && (
        <section className={styles.group}>
          <Subtitle2 as="h3" className={styles.heading}>
            {strings.acceptedTitle(card.accepted.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {card.accepted.map((unit) => (
              <li key={unit.id}>
                <Body1>
                  {unit.name}: {unit.reason}
                </Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Body1>{complete ? strings.nextStepClean : strings.nextStepMissing}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onOpenSummary(card.summarySheet)}>
          {strings.openSummary}
        </Button>
      </div>
      {card.report && <WrittenReportView report={card.report[language]} />}
      {card.findings.length > 0 && (
        <section className={styles.group}>
          <Subtitle2 as="h3" className={styles.heading}>
            {strings.findingsTitle(counts.error, counts.warning)}
          </Subtitle2>
          <FindingsList findings={card.findings} label={strings.findingsList} onChoose={onChoose} limit={50} />
        </section>
      )}
    </Card>
  );
}

function renderUnits(title: string, units: readonly UnitRef[], styles: ReturnType<typeof useConsolidateStyles>) {
  if (units.length === 0) return null;
  return (
    <section className={styles.group}>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>
        {units.map((unit) => (
          <li key={unit.id}>
            <Body1>{unit.name}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ExcludedUnit({
  unit,
  onAccept,
}: {
  unit: UnitRef & { errors: number };
  onAccept: ResultCardProps["onAccept"];
}) {
  const styles = useConsolidateStyles();
  const { strings } = usePane();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const refused = await onAccept(unit.id, reason);
    setBusy(false);
    setProblem(refused);
    if (refused === undefined) setOpen(false);
  };
  return (
    <li>
      <div className={styles.unitRow}>
        <Body1>
          {unit.name} ({strings.errorsCount(unit.errors)})
        </Body1>
        {!open && (
          <Button size="small" onClick={() => setOpen(true)}>
            {strings.acceptButton(unit.name)}
          </Button>
        )}
      </div>
      {open && (
        <div className={styles.reasonForm}>
          <Field
            label={strings.acceptReasonLabel(unit.name)}
            {...(problem ? { validationMessage: problem, validationState: "error" as const } : {})}
          >
            <Textarea value={reason} onChange={(_, data) => setReason(data.value)} autoFocus />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
              {strings.acceptConfirm}
            </Button>
            <Button onClick={() => setOpen(false)}>{strings.cancel}</Button>
          </div>
        </div>
      )}
    </li>
  );
}
