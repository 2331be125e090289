import { Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { usePaneStyles } from "./components/usePaneStyles";
import { usePane } from "./pane-context";
import { CheckScreen } from "./screens/check/CheckScreen";
import { ConsolidateScreen } from "./screens/consolidate/ConsolidateScreen";
import { FilesScreen } from "./screens/files/FilesScreen";
import { SetupScreen } from "./screens/setup/SetupScreen";
import type { SaveFile } from "./use-cases/export-unit-workbooks";

export type Screen = "consolidate" | "check" | "setup" | "files";
const SCREENS: readonly Screen[] = ["consolidate", "check", "setup", "files"];

export interface AppProps {
  save: SaveFile;
  initialScreen?: Screen;
}

/**
 * The panel inside a capable Excel: four screens behind tabs (arrow keys move between tabs).
 * Screens call use-cases; no Excel call happens in src/taskpane.
 */
export function App({ save, initialScreen = "consolidate" }: AppProps) {
  const styles = usePaneStyles();
  const { strings } = usePane();
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const goToSetup = () => setScreen("setup");
  return (
    <>
      <TabList
        aria-label={strings.tabsLabel}
        selectedValue={screen}
        onTabSelect={(_, data) => setScreen(data.value as Screen)}
        size="small"
      >
        {SCREENS.map((s) => (
          <Tab key={s} value={s} id={`tab-${s}`} aria-controls={`panel-${s}`}>
            {strings.tabs[s]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${screen}`} aria-labelledby={`tab-${screen}`} className={styles.section}>
        {screen === "consolidate" && <ConsolidateScreen onGoToSetup={goToSetup} />}
        {screen === "check" && <CheckScreen onGoToSetup={goToSetup} />}
        {screen === "setup" && <SetupScreen />}
        {screen === "files" && <FilesScreen save={save} onGoToSetup={goToSetup} />}
      </div>
    </>
  );
}
