import { useCallback, useState } from "react";
import { catalogs, otherLanguage } from "./i18n";
import type { Language, Strings } from "./i18n";

export interface LanguageState {
  language: Language;
  strings: Strings;
  toggle: () => void;
}

/** The panel's language: starts from Office's display language, switchable by the user. */
export function useLanguage(initial: Language): LanguageState {
  const [language, setLanguage] = useState<Language>(initial);
  const toggle = useCallback(() => setLanguage((current) => otherLanguage(current)), []);
  return { language, strings: catalogs[language], toggle };
}
