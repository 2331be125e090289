import { Body1, Subtitle2 } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import { usePaneStyles } from "./usePaneStyles";

export interface ExcelTooOldProps {
  strings: Strings;
  minimum: string;
}

/** Says which Excel is needed, in the panel's language, instead of failing later. */
export function ExcelTooOld({ strings, minimum }: ExcelTooOldProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.notice} role="alert">
      <Subtitle2 as="h2" className={styles.heading}>{strings.tooOldTitle}</Subtitle2>
      <Body1>{strings.tooOldBody(minimum)}</Body1>
      <Body1>{strings.tooOldHow}</Body1>
    </section>
  );
}
