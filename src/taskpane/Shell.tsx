import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { ExcelTooOld } from "./components/ExcelTooOld";
import { LanguageToggle } from "./components/LanguageToggle";
import { OutsideExcel } from "./components/OutsideExcel";
import { usePaneStyles } from "./components/usePaneStyles";
import { pickLanguage } from "./i18n";
import type { HostState } from "./office-ready";
import { useLanguage } from "./useLanguage";

export interface ShellProps {
  host: HostState;
}

/** The task pane's root: picks the screen from what office-ready found. */
export function Shell({ host }: ShellProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      {host.kind === "excel" ? <InsideExcel host={host} /> : <OutsideExcel reason={host.reason} />}
    </FluentProvider>
  );
}

function InsideExcel({ host }: { host: Extract<HostState, { kind: "excel" }> }) {
  const styles = usePaneStyles();
  const { language, strings, toggle } = useLanguage(pickLanguage(host.displayLanguage));
  return (
    <main lang={language} className={styles.pane}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>{strings.title}</Title3>
        <LanguageToggle strings={strings} onToggle={toggle} />
      </header>
      {host.meetsMinimum ? <App strings={strings} /> : <ExcelTooOld strings={strings} minimum={host.minimum} />}
    </main>
  );
}
