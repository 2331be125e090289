/**
 * The shape of a typed figure, over tokens (tokenize.ts):
 *
 *   [sign] ["("] [currency word] number [scale word] (number [scale word])* word* ["%"] [")"]
 *
 * e.g. "-5", "(1.234)", "VND 2,345.678 billion", "2 tỷ 62 triệu đồng", "12 hồ sơ", "12,5%".
 * A sign and brackets together ("-(5)") are refused: which one is meant is a guess. What the
 * words and numbers mean is decided by the reader, by value type (read-number.ts).
 */
import { type ScaleWord, isCurrencyWord, scaleWord } from "./money-words";
import type { Token } from "./tokenize";

export interface Term {
  /** The number token as typed ("1,5"). */
  number: string;
  scale?: ScaleWord;
}

export interface Shape {
  negative: boolean;
  /** Accounting style: "(1.234)" is -1234. */
  bracketed: boolean;
  /** A currency word before the figure ("VND 640 million"). */
  currencyFirst: boolean;
  terms: Term[];
  /** Words after the figure: a currency ("đồng") or a unit of measure ("hồ sơ"). */
  wordsAfter: string[];
  percentSign: boolean;
}

export function readShape(tokens: readonly Token[]): Shape | undefined {
  let i = 0;
  const at = () => tokens[i];
  const shape: Shape = {
    negative: false,
    bracketed: false,
    currencyFirst: false,
    terms: [],
    wordsAfter: [],
    percentSign: false,
  };
  let token = at();
  if (token?.kind === "sign") {
    shape.negative = token.negative;
    token = tokens[++i];
  }
  if (token?.kind === "open") {
    if (i > 0) return undefined;
    shape.bracketed = true;
    token = tokens[++i];
  }
  if (token?.kind === "word" && isCurrencyWord(token.text)) {
    shape.currencyFirst = true;
    token = tokens[++i];
  }
  while (token?.kind === "number") {
    const term: Term = { number: token.text };
    token = tokens[++i];
    const scale = token?.kind === "word" ? scaleWord(token.text) : undefined;
    if (scale) {
      term.scale = scale;
      token = tokens[++i];
    }
    shape.terms.push(term);
  }
  if (shape.terms.length === 0) return undefined;
  while (token?.kind === "word") {
    shape.wordsAfter.push(token.text);
    token = tokens[++i];
  }
  if (token?.kind === "percent") {
    shape.percentSign = true;
    token = tokens[++i];
  }
  if (shape.bracketed) {
    if (token?.kind !== "close") return undefined;
    token = tokens[++i];
  }
  return token === undefined ? shape : undefined;
}
