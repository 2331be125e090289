/**
 * The words readNumber accepts around money, all lower case. Scale words turn the figure
 * before them into triệu đồng by a power of ten; currency words only say "this is money"
 * ("2 tỷ đồng"), unless no scale word is given, when the figure is in đồng ("500.000 đồng").
 */

export interface ScaleWord {
  /** The power of ten from this unit to triệu: tỷ is 10^3 triệu, nghìn is 10^-3 triệu. */
  toTrieu: number;
  /** English words mean English separators for the figures beside them. */
  english: boolean;
}

const SCALE_WORDS: ReadonlyMap<string, ScaleWord> = new Map([
  ["tỷ", { toTrieu: 3, english: false }],
  ["tỉ", { toTrieu: 3, english: false }], // the other accepted spelling
  ["triệu", { toTrieu: 0, english: false }],
  ["tr", { toTrieu: 0, english: false }], // "12tr", as typed in a hurry
  ["nghìn", { toTrieu: -3, english: false }],
  ["ngàn", { toTrieu: -3, english: false }], // southern usage
  ["billion", { toTrieu: 3, english: true }],
  ["million", { toTrieu: 0, english: true }],
  ["thousand", { toTrieu: -3, english: true }],
]);

const CURRENCY_WORDS: ReadonlySet<string> = new Set(["đồng", "đ", "₫", "vnđ", "vnd"]);

/** From one đồng to triệu đồng. */
export const DONG_TO_TRIEU = -6;

export function scaleWord(word: string): ScaleWord | undefined {
  return SCALE_WORDS.get(word);
}

export function isCurrencyWord(word: string): boolean {
  return CURRENCY_WORDS.has(word);
}

export function isMoneyWord(word: string): boolean {
  return SCALE_WORDS.has(word) || CURRENCY_WORDS.has(word);
}
