/**
 * Renders a finding's message in both languages: "<where>: <what>", or a whole sentence
 * for a finding about the report itself.
 */
import type { Catalog, Speaker } from "./catalog";
import { en } from "./en";
import { formatFigure, formatPercent, type Lang } from "./format-number";
import type { FindingMessage, Localized } from "./message-params";
import { vi } from "./vi";

export const catalogs: Record<Lang, Catalog> = { vi, en };

/** Where the finding is, as much as is known. */
export interface MessagePlace {
  code?: string;
  /** The column's header from the template. */
  column?: Localized;
  address?: string;
  row?: number;
}

const speakers: Record<Lang, Speaker> = {
  vi: speaker("vi"),
  en: speaker("en"),
};

function speaker(lang: Lang): Speaker {
  return {
    lang,
    num: (n) => formatFigure(n, lang),
    pct: (n) => formatPercent(n, lang),
    t: (text) => text[lang],
  };
}

export function renderMessage(message: FindingMessage, place: MessagePlace, lang: Lang): string {
  const catalog = catalogs[lang];
  const s = speakers[lang];
  // The union of keys and parameter types is checked where the finding is built; here the
  // pair is known to match, which TypeScript cannot follow through an indexed call.
  const words = catalog.messages[message.messageKey] as (p: unknown, s: Speaker) => string;
  const body = words(message.params, s);
  const where = locate(catalog, place, s);
  return where ? `${where}: ${body}` : body;
}

export function renderBoth(message: FindingMessage, place: MessagePlace): Localized {
  return { vi: renderMessage(message, place, "vi"), en: renderMessage(message, place, "en") };
}

function locate(catalog: Catalog, place: MessagePlace, s: Speaker): string | undefined {
  const { code, column, address, row } = place;
  if (code === undefined) return undefined;
  if (column) {
    return address
      ? catalog.location.cell({ address, column, code }, s)
      : catalog.location.cellWithoutAddress({ column, code }, s);
  }
  return row === undefined ? catalog.location.indicator({ code }) : catalog.location.row({ row, code });
}
