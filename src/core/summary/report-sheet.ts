/**
 * The written report sheet ("Báo cáo"): the narrative the leadership reads, ready to copy
 * into the meeting's papers. One row per paragraph title and one per paragraph, wrapped
 * in one wide column, the workbook's language first and the other language below it.
 * Sentences are the narrative's text, copied as text (a unit's name is never a formula).
 */
import type { Narrative } from "../narrative";
import type { PlanCell, SheetPlan, StyleRange } from "../sheets/plan-types";
import { periodLabels } from "./period-text";
import type { SummaryLang, SummaryOutputInput } from "./summary-input";
import { SUMMARY_WORDS } from "./summary-words";
import { wrappedRowHeight } from "../sheets/wrapped-height";

/**
 * 85 characters (about 6.2 inches) fit an A4 portrait page between its margins (6.9 inches)
 * at full size, so the report prints whole even where fit-to-width is not honoured:
 * LibreOffice printed a 110-wide column cut at the page's edge.
 */
const TEXT_WIDTH = 75;

export function reportSheetPlan(input: SummaryOutputInput, sheetName: string): SheetPlan | null {
  const lang = input.lang ?? "vi";
  const words = SUMMARY_WORDS[lang];
  const order: SummaryLang[] = lang === "vi" ? ["vi", "en"] : ["en", "vi"];
  const present = order.flatMap((l) => {
    const narrative = input.narrative?.[l];
    return narrative ? [{ lang: l, narrative }] : [];
  });
  if (present.length === 0) return null;

  const rows: PlanCell[][] = [[words.report.title(periodLabels(input.period)[lang])]];
  const styles: StyleRange[] = [{ range: "A1", style: { bold: true, fontSize: 14, fontColour: "#1F4E79" } }];
  const wrapped: number[] = [];
  for (const { lang: l, narrative } of present) {
    rows.push([]);
    // The language is said only when both are there.
    if (present.length > 1) {
      rows.push([words.report.languageHeading[l]]);
      styles.push({ range: `A${rows.length}`, style: { bold: true, italic: true } });
    }
    for (const line of narrativeRows(narrative, SUMMARY_WORDS[l].report.empty)) {
      rows.push([line.text]);
      if (line.heading) styles.push({ range: `A${rows.length}`, style: { bold: true } });
      else wrapped.push(rows.length);
    }
  }
  for (const row of wrapped) styles.push({ range: `A${row}`, style: { wrap: true, vertical: "top" } });
  // A paragraph takes several lines: its row gets their height, or readers print it over the next.
  const heights = wrapped.flatMap((row) => {
    const text = rows[row - 1]?.[0];
    const height = wrappedRowHeight([{ text: typeof text === "string" ? text : null, width: TEXT_WIDTH }]);
    return height === undefined ? [] : [{ row, height }];
  });
  return {
    name: sheetName,
    blocks: [{ at: "A1", rows }],
    styles,
    columns: [{ column: "A", width: TEXT_WIDTH }],
    ...(heights.length > 0 ? { rows: heights } : {}),
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
    visibility: "visible",
  };
}

/** The heading (in-heading placement), then each paragraph that says something: its title, its text. */
function narrativeRows(narrative: Narrative, empty: string): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = [];
  // The plain text's first block is the period heading when the narrative has one.
  const spoken = narrative.paragraphs.filter((p) => p.sentences.length > 0);
  const first = narrative.text.split("\n\n")[0]?.trim() ?? "";
  const firstTitle = spoken[0] ? `${spoken[0].title}\n` : undefined;
  if (first !== "" && (firstTitle === undefined || !`${first}\n`.startsWith(firstTitle)))
    out.push({ text: first, heading: true });
  for (const paragraph of spoken) {
    out.push({ text: paragraph.title, heading: true });
    out.push({ text: paragraph.sentences.join(" "), heading: false });
  }
  if (spoken.length === 0) out.push({ text: empty, heading: false });
  return out;
}
