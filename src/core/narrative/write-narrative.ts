/**
 * writeNarrative(): the written report of a summary, one paragraph per group of the
 * template in template order, one sentence per indicator that has a figure, and a closing
 * paragraph on who reported. Pure: the same summary gives the same text.
 * docs/narrative.md describes each sentence shape for the office.
 */
import { summaryRow } from "../consolidate/summary-lookup";
import { sameLastYear } from "../periods";
import { indicatorSentence, type SentenceContext } from "./indicator-sentence";
import { completenessSentence } from "./completeness-sentence";
import type { Narrative, NarrativeInput, NarrativeParagraph } from "./narrative-types";
import { PHRASES, upperFirst } from "./phrases";
import { yearToDatePhrase } from "./span";
import { resolveWording } from "./wording";

export function writeNarrative(input: NarrativeInput): Narrative {
  const { template, summary, units, period, lang } = input;
  const placement = input.periodPlacement ?? "in-sentences";
  const phrases = PHRASES[lang];
  const ctx: SentenceContext = {
    lang,
    phrases,
    period,
    placement,
    lastYear: sameLastYear(period).year,
    units,
    indicatorsByCode: new Map(template.indicators.map((indicator) => [indicator.code, indicator] as const)),
  };

  const paragraphs: NarrativeParagraph[] = template.groups.map((group) => ({
    group: group.id,
    title: group.name[lang],
    sentences: template.indicators
      .filter((indicator) => indicator.group === group.id)
      .flatMap((indicator) => {
        const row = summaryRow(summary, indicator.code);
        if (!row) return [];
        const sentence = indicatorSentence(
          ctx,
          indicator,
          resolveWording(template, indicator, input.wording),
          row,
        );
        return sentence === null ? [] : [sentence];
      }),
  }));
  const closing = completenessSentence(summary.units, units, phrases);
  if (closing) paragraphs.push({ group: "", title: phrases.completenessTitle, sentences: [closing] });

  const heading = placement === "in-heading" ? upperFirst(yearToDatePhrase(period, lang)) : null;
  return { paragraphs, text: toText(heading, paragraphs), markdown: toMarkdown(heading, paragraphs) };
}

function toText(heading: string | null, paragraphs: readonly NarrativeParagraph[]): string {
  const blocks = paragraphs
    .filter((p) => p.sentences.length > 0)
    .map((p) => `${p.title}\n${p.sentences.join(" ")}`);
  return [...(heading ? [heading] : []), ...blocks].join("\n\n") + "\n";
}

function toMarkdown(heading: string | null, paragraphs: readonly NarrativeParagraph[]): string {
  const blocks = paragraphs
    .filter((p) => p.sentences.length > 0)
    .map((p) => `### ${escapeMarkdown(p.title)}\n\n${p.sentences.map(escapeMarkdown).join(" ")}`);
  return [...(heading ? [`## ${escapeMarkdown(heading)}`] : []), ...blocks].join("\n\n") + "\n";
}

/** Unit names and reasons are typed by people: keep "*" or "_" in them from turning into emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, "\\$1");
}
