import { Button } from "@fluentui/react-components";
import type { Strings } from "../i18n";

export interface LanguageToggleProps {
  strings: Strings;
  onToggle: () => void;
}

/** Shows the language it switches to, written in that language, as people look for it. */
export function LanguageToggle({ strings, onToggle }: LanguageToggleProps) {
  return (
    <Button appearance="subtle" size="small" aria-label={strings.switchToLabel} onClick={onToggle}>
      {strings.switchTo}
    </Button>
  );
}
