/**
 * The words of the narrative, one set per language. Vietnamese follows the published
 * reports (domain.md §7); English is the plain rendering a reader of the English screen
 * expects. `const vi: Phrases` and `const en: Phrases` keep the two complete by construction.
 */
import type { IndicatorKind } from "../template/schema";

export interface CompletionItem {
  /** Already formatted: "41,3%". */
  percent: string;
  planName: string;
}

export interface Phrases {
  /** The verb between an indicator's name and its figure. */
  verb(kind: IndicatorKind, estimated: boolean): string;
  /** Opens a lead sentence for an estimate: "Ước tổ chức" / "Held an estimated". */
  estimatedLead(lead: string): { before: string; after: string };
  /** ", bằng 41,3% dự toán thành phố giao" (after "đạt <figure>") or ", đạt 100% chỉ tiêu" (after a lead). */
  completion(items: readonly CompletionItem[], afterLead: boolean): string;
  /** " (bằng 108,4% so với cùng kỳ năm 2023)". */
  ratio(percent: string, year: number): string;
  /** " (tăng 7,2% so với cùng kỳ năm 2023)"; direction 0 when it rounds to no change. */
  growth(percent: string, direction: -1 | 0 | 1, year: number): string;
  /** ", giảm 12 cuộc so với cùng kỳ năm 2023". */
  difference(amount: string, direction: -1 | 0 | 1, year: number, countable: boolean): string;
  /** " (số liệu của 9/11 phường)". */
  partial(reported: number, expected: number, wards: boolean): string;
  /** Opens a sentence when the period is in the heading. */
  inThePeriod: string;
  /** "Trong kỳ, trên địa bàn không xảy ra cháy, nổ" (without the closing stop). */
  zero(opener: string, zero: string): string;
  /** The unit words after a percentage-point difference. */
  points: string;
  completenessTitle: string;
  completeness(p: { sent: number; expected: number; missing: string[]; excluded: string[] }): string;
}

const sign = (direction: -1 | 0 | 1, up: string, down: string) => (direction > 0 ? up : down);

export const vi: Phrases = {
  verb: (kind, estimated) => (estimated ? "ước đạt" : kind === "stock" ? "là" : "đạt"),
  estimatedLead: (lead) => ({ before: `Ước ${lowerFirst(lead)}`, after: "" }),
  completion: (items, afterLead) =>
    items.length === 0
      ? ""
      : `, ${afterLead ? "đạt" : "bằng"} ${items.map((i) => `${i.percent} ${i.planName}`).join(" và ")}`,
  ratio: (percent, year) => ` (bằng ${percent} so với cùng kỳ năm ${year})`,
  growth: (percent, direction, year) =>
    direction === 0
      ? ` (bằng cùng kỳ năm ${year})`
      : ` (${sign(direction, "tăng", "giảm")} ${percent} so với cùng kỳ năm ${year})`,
  difference: (amount, direction, year) =>
    direction === 0
      ? `, bằng cùng kỳ năm ${year}`
      : `, ${sign(direction, "tăng", "giảm")} ${amount} so với cùng kỳ năm ${year}`,
  partial: (reported, expected, wards) =>
    ` (số liệu của ${reported}/${expected} ${wards ? "phường" : "đơn vị"})`,
  inThePeriod: "Trong kỳ",
  zero: (opener, zero) => `${opener}, trên địa bàn ${zero}`,
  points: "điểm phần trăm",
  completenessTitle: "Tình hình gửi báo cáo",
  completeness: ({ sent, expected, missing, excluded }) =>
    `${sent}/${expected} đơn vị đã gửi báo cáo` +
    (missing.length > 0 ? `; chưa gửi: ${missing.join(", ")}` : "") +
    (excluded.length > 0 ? `; chưa đưa vào tổng hợp: ${excluded.join(", ")}` : "") +
    ".",
};

export const en: Phrases = {
  verb: (kind, estimated) => (estimated ? "is estimated at" : kind === "stock" ? "stood at" : "reached"),
  estimatedLead: (lead) => ({ before: lead, after: "an estimated " }),
  completion: (items) =>
    items.length === 0 ? "" : `, ${items.map((i) => `${i.percent} of ${i.planName}`).join(" and ")}`,
  ratio: (percent, year) => ` (${percent} of the same period of ${year})`,
  growth: (percent, direction, year) =>
    direction === 0
      ? ` (the same as in the same period of ${year})`
      : ` (${sign(direction, "up", "down")} ${percent} on the same period of ${year})`,
  difference: (amount, direction, year, countable) =>
    direction === 0
      ? `, the same as in the same period of ${year}`
      : `, ${amount} ${sign(direction, "more", countable ? "fewer" : "less")} than in the same period of ${year}`,
  partial: (reported, expected, wards) =>
    ` (figures from ${reported} of ${expected} ${wards ? "wards" : "units"})`,
  inThePeriod: "In the period",
  zero: (opener, zero) => `${opener}, ${zero} in the area`,
  points: "percentage points",
  completenessTitle: "Reports received",
  completeness: ({ sent, expected, missing, excluded }) =>
    `${sent} of ${expected} units have sent their reports` +
    (missing.length > 0 ? `; not yet sent: ${missing.join(", ")}` : "") +
    (excluded.length > 0 ? `; left out of the summary: ${excluded.join(", ")}` : "") +
    ".",
};

export const PHRASES = { vi, en } as const;

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
