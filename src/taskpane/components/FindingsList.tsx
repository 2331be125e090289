import { Badge, Button, mergeClasses } from "@fluentui/react-components";
import { usePane } from "../pane-context";
import type { PaneFinding } from "../use-cases/findings";
import { useFindingsListStyles } from "./useFindingsListStyles";

export interface FindingsListProps {
  findings: readonly PaneFinding[];
  label: string;
  onChoose: (finding: PaneFinding) => void;
  /** Long lists are cut; the rest are on the findings sheet. */
  limit?: number;
}

/**
 * Findings as a list of buttons: each says its severity in words, where it is and what is
 * wrong; choosing one selects its cell. Tab and Enter reach every one.
 */
export function FindingsList({ findings, label, onChoose, limit = 200 }: FindingsListProps) {
  const styles = useFindingsListStyles();
  const { strings, language } = usePane();
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.slice(0, limit).map((f) => (
        <li key={f.id}>
          <Button
            appearance="subtle"
            className={mergeClasses(styles.item, styles[f.severity])}
            onClick={() => onChoose(f)}
            disabled={f.sheet === undefined}
          >
            <span>
              <Badge
                appearance={f.severity === "error" ? "filled" : "outline"}
                color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"}
              >
                {strings.severity[f.severity]}
              </Badge>{" "}
              {f.sheet !== undefined && (
                <span className={styles.where}>
                  {f.address === undefined ? f.sheet : strings.goToCell(f.sheet, f.address)}
                </span>
              )}
            </span>
            <span>{f.message[language]}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
