/**
 * What every screen needs, given once by the shell: the workbook port the use-cases run
 * against, the language and its strings, and the clock (the core has none; tests fix it).
 */
import { createContext, useContext } from "react";
import type { Language, Strings } from "./i18n";
import type { WorkbookPort } from "./use-cases/workbook-port";

export interface Pane {
  port: WorkbookPort;
  language: Language;
  strings: Strings;
  now: () => Date;
}

export class PaneContextMissingError extends Error {
  override name = "PaneContextMissingError";
}

export const PaneContext = createContext<Pane | undefined>(undefined);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new PaneContextMissingError("a screen was rendered outside PaneContext");
  return pane;
}
