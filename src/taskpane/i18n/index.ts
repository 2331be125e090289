import { en } from "./en";
import { vi } from "./vi";

export type Language = "vi" | "en";
export type Strings = typeof en;

export const catalogs: Record<Language, Strings> = { vi, en };

/** Office reports the UI language as a culture name ("vi-VN", "en-US"): vi* is Vietnamese. */
export function pickLanguage(displayLanguage: string): Language {
  return /^vi(\b|[-_])/i.test(displayLanguage) ? "vi" : "en";
}

export function otherLanguage(language: Language): Language {
  return language === "vi" ? "en" : "vi";
}
