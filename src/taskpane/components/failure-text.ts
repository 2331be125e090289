import type { Language } from "../i18n";
import { WorkbookAccessError } from "../use-cases/workbook-port";

/** What to tell the user about a failed operation, in their language. */
export function failureText(error: unknown, language: Language): string {
  if (error instanceof WorkbookAccessError) return error.said[language];
  return error instanceof Error ? error.message : String(error);
}
