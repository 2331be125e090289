import { Body1 } from "@fluentui/react-components";
import type { Strings } from "./i18n";
import { usePaneStyles } from "./components/usePaneStyles";

export interface AppProps {
  strings: Strings;
}

/**
 * The panel inside a capable Excel. For now it says what the add-in will do; the check and
 * consolidate screens are built by later issues and plug in here. No Excel call happens in
 * src/taskpane: the UI will call use-cases, and only src/excel talks to Excel.
 */
export function App({ strings }: AppProps) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section}>
      <Body1>{strings.intro}</Body1>
      <ul className={styles.list}>
        <li>
          <Body1>{strings.plannedCheck}</Body1>
        </li>
        <li>
          <Body1>{strings.plannedConsolidate}</Body1>
        </li>
      </ul>
      <Body1>{strings.notYet}</Body1>
    </section>
  );
}
