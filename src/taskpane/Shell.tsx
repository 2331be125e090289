import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import { App, type Screen } from "./App";
import { ExcelTooOld } from "./components/ExcelTooOld";
import { LanguageToggle } from "./components/LanguageToggle";
import { OutsideExcel } from "./components/OutsideExcel";
import { usePaneStyles } from "./components/usePaneStyles";
import { pickLanguage } from "./i18n";
import type { HostState } from "./office-ready";
import { PaneContext, type Pane } from "./pane-context";
import type { SaveFile } from "./use-cases/export-unit-workbooks";
import type { WorkbookPort } from "./use-cases/workbook-port";
import { useLanguage } from "./useLanguage";

export interface ShellProps {
  host: HostState;
  /** The open workbook; only used inside Excel. */
  port: WorkbookPort;
  /** Hands an exported file to the user. */
  save: SaveFile;
  now?: () => Date;
  initialScreen?: Screen;
}

/** The task pane's root: picks the screen from what office-ready found. */
export function Shell(props: ShellProps) {
  const { host } = props;
  return (
    <FluentProvider theme={webLightTheme}>
      {host.kind === "excel" ? <InsideExcel {...props} host={host} /> : <OutsideExcel reason={host.reason} />}
    </FluentProvider>
  );
}

function InsideExcel({
  host,
  port,
  save,
  now,
  initialScreen,
}: ShellProps & { host: Extract<HostState, { kind: "excel" }> }) {
  const styles = usePaneStyles();
  const { language, strings, toggle } = useLanguage(pickLanguage(host.displayLanguage));
  const pane: Pane = useMemo(
    () => ({ port, language, strings, now: now ?? (() => new Date()) }),
    [port, language, strings, now],
  );
  return (
    <main lang={language} className={styles.pane}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {strings.title}
        </Title3>
        <LanguageToggle strings={strings} onToggle={toggle} />
      </header>
      {host.meetsMinimum ? (
        <PaneContext.Provider value={pane}>
          <App save={save} {...(initialScreen ? { initialScreen } : {})} />
        </PaneContext.Provider>
      ) : (
        <ExcelTooOld strings={strings} minimum={host.minimum} />
      )}
    </main>
  );
}
