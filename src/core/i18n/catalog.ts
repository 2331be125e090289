/**
 * The shape of a message catalog. en.ts defines it; vi.ts is declared `typeof en`, so a
 * key missing from either language is a type error, not a blank on a clerk's screen.
 */
import type { Lang } from "./format-number";
import type { Localized, MessageKey, MessageParamsByKey } from "./message-params";

/** What a catalog entry may use to write figures and names in its own language. */
export interface Speaker {
  lang: Lang;
  /** A figure: "1.592,5" in Vietnamese, "1,592.5" in English. */
  num(n: number): string;
  /** A percentage with at most two decimals: "41,3%". */
  pct(n: number): string;
  /** The text in this language. */
  t(text: Localized): string;
}

/** Where a finding is: the prefix before the colon of a message. */
export interface LocationWords {
  cell(p: { address: string; column: Localized; code: string }, s: Speaker): string;
  cellWithoutAddress(p: { column: Localized; code: string }, s: Speaker): string;
  row(p: { row: number; code: string }): string;
  indicator(p: { code: string }): string;
}

export type MessageWords = {
  [K in MessageKey]: (p: MessageParamsByKey[K], s: Speaker) => string;
};

export interface Catalog {
  location: LocationWords;
  messages: MessageWords;
}
