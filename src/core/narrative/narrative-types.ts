/** What the written report (narrative) takes and gives. docs/narrative.md explains the wording. */
import type { Summary } from "../consolidate/summary-types";
import type { Lang, Period } from "../periods";
import type { Localized, Template } from "../template/schema";
import type { Unit } from "../units/unit";

/**
 * Where the period is said:
 * - in-sentences: in every sentence ("Thu ngân sách ... tính đến ngày 30/9/2024 đạt ...");
 * - in-heading: once, in a heading above the paragraphs; sentences then carry no period
 *   ("Tổ chức 85 cuộc họp, ...", "Trong kỳ, trên địa bàn không xảy ra cháy, nổ.").
 */
export type PeriodPlacement = "in-sentences" | "in-heading";

/**
 * Wording a caller adds beside the template's own `wording` fields (same meanings):
 * lead: the verb that opens the sentence instead of the indicator's name ("Tuyển chọn,
 * bàn giao"); noun: what the figure counts after a lead ("thanh niên nhập ngũ"), in place
 * of the unit of measure; zero: the phrase for a zero that is good news.
 */
export interface WordingExtra {
  lead?: Localized;
  noun?: Localized;
  zero?: Localized;
}

export interface NarrativeInput {
  template: Template;
  summary: Summary;
  /** The expected units, for their names and whether the reporters are all wards. */
  units: readonly Unit[];
  /** The period the summary is for. */
  period: Period;
  lang: Lang;
  /** Default "in-sentences". */
  periodPlacement?: PeriodPlacement;
  /**
   * Extra wording by indicator code, for a template that lacks it. The template's own
   * wording fields win.
   */
  wording?: Readonly<Record<string, WordingExtra>>;
}

export interface NarrativeParagraph {
  /** The template group id; "" for the closing paragraph on who reported. */
  group: string;
  title: string;
  /** Empty when no indicator of the group has a figure (text and markdown skip it). */
  sentences: string[];
}

export interface Narrative {
  paragraphs: NarrativeParagraph[];
  /** Plain text: the heading (in-heading only), then each paragraph's title and sentences. */
  text: string;
  markdown: string;
}
