import { Body1, Subtitle2 } from "@fluentui/react-components";
import { catalogs } from "../i18n";
import type { Language } from "../i18n";
import type { OutsideExcelReason } from "../office-ready";
import { usePaneStyles } from "./usePaneStyles";

export interface OutsideExcelProps {
  reason: OutsideExcelReason;
}

/**
 * Outside Excel there is no display language to go by, so the message is given in both
 * languages at once, Vietnamese first.
 */
export function OutsideExcel({ reason }: OutsideExcelProps) {
  const styles = usePaneStyles();
  return (
    <main className={styles.pane}>
      {(["vi", "en"] as const).map((language) => (
        <OutsideExcelMessage key={language} language={language} reason={reason} />
      ))}
    </main>
  );
}

function OutsideExcelMessage({ language, reason }: { language: Language; reason: OutsideExcelReason }) {
  const styles = usePaneStyles();
  const strings = catalogs[language];
  return (
    <section lang={language} className={styles.notice}>
      <Subtitle2 as="h2" className={styles.heading}>{strings.outsideTitle}</Subtitle2>
      <Body1>{strings.outsideBody}</Body1>
      <Body1>{strings.outsideHow}</Body1>
      <Body1>{strings.outsideReason[reason]}</Body1>
    </section>
  );
}
