/**
 * One indicator's sentence, built from its summary row and its wording. Two shapes:
 *
 *   name form: "<Name> [span] đạt <figure>[ (partial)][, bằng X% <plan>][ comparison]."
 *   lead form: "[Span, ]<lead> <figure> <noun>[ (partial)][, đạt X% <plan>][ comparison]."
 *
 * and, for a zero that is good news: "<Span or Trong kỳ>, trên địa bàn <zero phrase>."
 * The span is said only when the period goes in sentences, and never for an estimate (the
 * estimate column does not say what span it covers).
 */
import type { SummaryRow } from "../consolidate/summary-types";
import {
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatValue,
  percent,
  trieu,
} from "../numbers";
import type { Lang, Period } from "../periods";
import { periodPhrase } from "../periods";
import type { PlanColumn } from "../template/columns";
import type { Indicator, Localized } from "../template/schema";
import type { Unit } from "../units/unit";
import { reportsIndicator } from "../units/unit";
import type { SentenceFigure } from "./figure";
import { sentenceFigure } from "./figure";
import type { PeriodPlacement } from "./narrative-types";
import type { Phrases } from "./phrases";
import { lowerFirst, upperFirst } from "./phrases";
import { yearToDatePhrase } from "./span";
import type { ResolvedWording } from "./wording";

export interface SentenceContext {
  lang: Lang;
  phrases: Phrases;
  period: Period;
  placement: PeriodPlacement;
  /** The year of the same period last year. */
  lastYear: number;
  units: readonly Unit[];
  indicatorsByCode: ReadonlyMap<string, Indicator>;
}

/** Plan names for a plan column the template does not name. */
const GENERIC_PLAN_NAMES: Record<PlanColumn, Localized> = {
  plan: { vi: "kế hoạch", en: "the plan" },
  plan2: { vi: "kế hoạch điều chỉnh", en: "the adjusted plan" },
};

export function indicatorSentence(
  ctx: SentenceContext,
  indicator: Indicator,
  wording: ResolvedWording,
  row: SummaryRow,
): string | null {
  const figure = sentenceFigure(row);
  if (!figure) return null;
  const { lang, phrases } = ctx;
  const partial = figure.coverage.partial
    ? phrases.partial(figure.coverage.reported, figure.coverage.expected, reportersAreWards(ctx, indicator))
    : "";
  const span = spanOf(ctx, indicator, figure);

  if (!figure.estimated && figure.value === 0 && wording.zero) {
    return `${phrases.zero(span ? upperFirst(span) : phrases.inThePeriod, wording.zero[lang])}${partial}.`;
  }

  const completion = (afterLead: boolean) =>
    phrases.completion(
      figure.completion.map(({ plan, percent: p }) => ({
        percent: formatPercent(percent(p), lang),
        planName: (indicator.plans[plan] ?? GENERIC_PLAN_NAMES[plan])[lang],
      })),
      afterLead,
    );
  let comparison = comparisonOf(ctx, indicator, wording, figure);
  let note = partial;
  if (note !== "" && figure.completion.length === 0 && comparison.startsWith(" (")) {
    // Two brackets in a row read badly: "(số liệu của 9/11 phường; bằng 108% so với ...)".
    note = `${note.slice(0, -1)}; ${comparison.slice(2)}`;
    comparison = "";
  }

  if (wording.lead) {
    const lead = wording.lead[lang];
    const { before, after } = figure.estimated ? phrases.estimatedLead(lead) : { before: lead, after: "" };
    const opening = span ? `${upperFirst(span)}, ${lowerFirst(before)}` : before;
    const amount = leadFigure(figure.value, indicator, wording.noun?.[lang], lang);
    return `${opening} ${after}${amount}${note}${completion(true)}${comparison}.`;
  }
  const subject = span ? `${indicator.name[lang]} ${span}` : indicator.name[lang];
  const amount = formatValue(figure.value, indicator.valueType, indicator.uom, lang);
  return `${subject} ${phrases.verb(indicator.kind, figure.estimated)} ${amount}${note}${completion(false)}${comparison}.`;
}

/** The period as the sentence says it: year to date for a flow, the cut-off for a stock. */
function spanOf(ctx: SentenceContext, indicator: Indicator, figure: SentenceFigure): string | null {
  if (ctx.placement !== "in-sentences" || figure.estimated) return null;
  return indicator.kind === "stock"
    ? periodPhrase(ctx.period, ctx.lang)
    : yearToDatePhrase(ctx.period, ctx.lang);
}

function comparisonOf(
  ctx: SentenceContext,
  indicator: Indicator,
  wording: ResolvedWording,
  figure: SentenceFigure,
): string {
  const { lang, phrases, lastYear } = ctx;
  switch (wording.comparison) {
    case "ratio":
      return figure.ratio === null ? "" : phrases.ratio(formatPercent(percent(figure.ratio), lang), lastYear);
    case "growth": {
      if (figure.ratio === null) return "";
      const growth = figure.ratio - 100;
      const shown = formatPercent(percent(Math.abs(growth)), lang);
      return phrases.growth(shown, shown === "0%" ? 0 : growth > 0 ? 1 : -1, lastYear);
    }
    case "difference": {
      if (figure.difference === null) return "";
      const size = Math.abs(figure.difference);
      const shown = differenceAmount(size, indicator, phrases, lang);
      const unchanged = formatNumber(size, lang) === "0";
      const direction = unchanged ? 0 : figure.difference > 0 ? 1 : -1;
      return phrases.difference(shown, direction, lastYear, indicator.valueType === "count");
    }
  }
}

/** "12 cuộc", "1 tỷ 200 triệu đồng", "1,5 điểm phần trăm". */
function differenceAmount(size: number, indicator: Indicator, phrases: Phrases, lang: Lang): string {
  switch (indicator.valueType) {
    case "money":
      return formatMoney(trieu(size), lang);
    case "percent":
      return `${formatNumber(size, lang)} ${phrases.points}`;
    case "count":
    case "number":
      return formatCount(size, indicator.uom[lang], lang);
  }
}

/**
 * The figure after a lead verb, followed by what it counts: "62 thanh niên nhập ngũ"
 * (the noun, else the unit of measure); money names its own unit, then the noun if any
 * ("1.200 tỷ đồng vốn đầu tư công").
 */
function leadFigure(value: number, indicator: Indicator, noun: string | undefined, lang: Lang): string {
  switch (indicator.valueType) {
    case "money":
      return noun ? `${formatMoney(trieu(value), lang)} ${noun}` : formatMoney(trieu(value), lang);
    case "percent":
      return formatPercent(percent(value), lang);
    case "count":
    case "number":
      return formatCount(value, noun ?? indicator.uom[lang], lang);
  }
}

/**
 * Whether every unit expected to report the indicator is a ward (then a partial figure
 * says "phường"). A derived indicator is reported through its numerator.
 */
function reportersAreWards(ctx: SentenceContext, indicator: Indicator): boolean {
  const reported = indicator.derived ? ctx.indicatorsByCode.get(indicator.derived.numerator) : indicator;
  if (!reported) return false;
  const reporters = ctx.units.filter((unit) => reportsIndicator(unit, reported));
  return reporters.length > 0 && reporters.every((unit) => unit.kind === "ward");
}
