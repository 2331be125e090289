/**
 * The written report of a run, in Vietnamese and English (src/core/narrative), with a
 * closing note on the comparison's basis when a crosswalk was used: "so sánh theo địa giới
 * mới", and which units' indicators cannot be compared. A period that cannot be read gives
 * no report (the job's own finding says why).
 */
import type { Consolidated } from "./narrative-input";
import { writeNarrative, type Narrative, type PeriodPlacement, type WordingExtra } from "../narrative";
import type { Period } from "../periods";
import type { SamePeriodUse, SummaryLang } from "../summary";
import { unitNamer } from "../summary/unit-names";

export interface NarrativeOptions {
  periodPlacement?: PeriodPlacement;
  wording?: Readonly<Record<string, WordingExtra>>;
}

const LANGS: readonly SummaryLang[] = ["vi", "en"];

const BASIS = {
  vi: {
    title: "So sánh với cùng kỳ",
    basis: (basis: string) => `Số liệu cùng kỳ năm trước ${basis}.`,
    notComparable: (list: string) => `Không so sánh được: ${list}.`,
    everything: "mọi chỉ tiêu",
  },
  en: {
    title: "Comparison with last year",
    basis: (basis: string) => `Last year's figures are ${basis}.`,
    notComparable: (list: string) => `Not comparable: ${list}.`,
    everything: "all indicators",
  },
} as const;

export function writeNarratives(
  consolidated: Consolidated,
  period: Period | null,
  samePeriod: SamePeriodUse,
  options: NarrativeOptions = {},
): Partial<Record<SummaryLang, Narrative>> {
  if (!period) return {};
  const out: Partial<Record<SummaryLang, Narrative>> = {};
  for (const lang of LANGS) {
    const narrative = writeNarrative({
      template: consolidated.template,
      summary: consolidated.summary,
      units: consolidated.units,
      period,
      lang,
      ...(options.periodPlacement ? { periodPlacement: options.periodPlacement } : {}),
      ...(options.wording ? { wording: options.wording } : {}),
    });
    out[lang] = samePeriod.basis ? withBasis(narrative, consolidated, samePeriod, lang) : narrative;
  }
  return out;
}

function withBasis(
  narrative: Narrative,
  { units }: Consolidated,
  samePeriod: SamePeriodUse,
  lang: SummaryLang,
): Narrative {
  const words = BASIS[lang];
  const name = unitNamer(units);
  const byUnit = new Map<string, (string | null)[]>();
  for (const mark of samePeriod.notComparable)
    byUnit.set(mark.unitId, [...(byUnit.get(mark.unitId) ?? []), mark.code]);
  const list = [...byUnit].map(([unitId, codes]) =>
    codes.includes(null) ? `${name(unitId)} (${words.everything})` : `${name(unitId)} (${codes.join(", ")})`,
  );
  const sentence = [
    words.basis(samePeriod.basis![lang]),
    ...(list.length > 0 ? [words.notComparable(list.join("; "))] : []),
  ].join(" ");
  return {
    paragraphs: [...narrative.paragraphs, { group: "", title: words.title, sentences: [sentence] }],
    text: `${narrative.text}\n${words.title}\n${sentence}\n`,
    markdown: `${narrative.markdown}\n### ${escapeMarkdown(words.title)}\n\n${escapeMarkdown(sentence)}\n`,
  };
}

/** As the narrative escapes: unit names are typed by people. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, "\\$1");
}
