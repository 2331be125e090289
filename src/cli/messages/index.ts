/** The command line's words by language: Vietnamese by default, English with --lang en. */
import { en, type Messages } from "./en";
import { vi } from "./vi";

export type Lang = "vi" | "en";
export type { Messages };

export function messages(lang: Lang): Messages {
  return lang === "en" ? en : vi;
}

/** A core message in both languages, in the language asked for. */
export function pick(text: { vi: string; en: string }, lang: Lang): string {
  return text[lang];
}
