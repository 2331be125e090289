/**
 * Reading numbers that people type as text. Owned by the numbers module; this file states
 * the contract the validation module codes against. Never throws.
 *
 * What it reads, in three steps (each file says what it accepts):
 * 1. tokenize.ts: characters and tokens (all kinds of spaces, full-width digits, "−");
 * 2. read-shape.ts: sign, brackets, currency, numbers with scale words, unit words, "%";
 * 3. number-token.ts: what "." "," and spaces mean inside each number; Vietnamese
 *    ("." thousands, "," decimals) settles a single ambiguous mark unless English money
 *    words are used, and a count reads it as thousands (a count is whole).
 * Then by value type, here: money reads tỷ/triệu/nghìn/đồng into triệu đồng and refuses
 * "%" and other words; other types refuse money words, drop unit words ("12 hồ sơ") and
 * "%" (not on a count) with a note. Ranges, signs and whole numbers are validation's job.
 *
 * `exact` is true only for a plain number read without a guess; every other reading carries
 * a note saying what was done, so `exact === (note === undefined)`.
 */
import type { ValueType } from "../template/schema";
import { type Decimal, scaled, sum, toNumber } from "./decimal";
import { DONG_TO_TRIEU, isCurrencyWord, isMoneyWord, scaleWord } from "./money-words";
import { type NumberReading, readNumberToken } from "./number-token";
import { type Message, notes, quoted, reasons } from "./read-messages";
import { type Shape, readShape } from "./read-shape";
import { type Token, normalize, tokenize } from "./tokenize";

export type ReadNumberResult =
  /** exact: the text was a plain number in an unambiguous form ("  12 ", "1.592,5"). */
  | { ok: true; value: number; exact: boolean; note?: { vi: string; en: string } }
  | { ok: false; reason: { vi: string; en: string } };

export interface ReadNumberOptions {
  /** What the cell holds: money is read in triệu đồng ("2 tỷ 62 triệu" -> 2062). */
  valueType?: ValueType;
}

const fail = (reason: Message): ReadNumberResult => ({ ok: false, reason });

export function readNumber(text: string, options?: ReadNumberOptions): ReadNumberResult {
  // The type says string, but cells and JSON reach here untyped: answer, do not throw.
  if (typeof text !== "string") return fail(reasons.notText());
  const valueType = options?.valueType ?? "number";
  const normalized = normalize(text);
  if (normalized.trim() === "") return fail(reasons.empty());
  const q = quoted(text);
  if (!/[0-9]/.test(normalized)) return fail(reasons.noDigits(q));
  return readTokens(tokenize(normalized), valueType, q);
}

function readTokens(tokens: readonly Token[], valueType: ValueType, q: string): ReadNumberResult {
  const words = tokens.flatMap((t) => (t.kind === "word" ? [t] : []));
  // "2tỷ" and "500.000đ" are money typed in a hurry; "12abc" is not a number.
  const stuck = words.find((w) => w.stuckToNumber && !isMoneyWord(w.text));
  if (stuck) return fail(reasons.stuckLetters(q, stuck.text));
  const moneyWord = words.find((w) => isMoneyWord(w.text));
  if (moneyWord && valueType !== "money") return fail(reasons.moneyWordNotMoney(q, moneyWord.text));

  const shape = readShape(tokens);
  if (!shape) return fail(reasons.unreadable(q));

  const english = words.some((w) => scaleWord(w.text)?.english === true);
  const context = { convention: english ? "en" : "vi", wholeNumbers: valueType === "count" } as const;
  const readings: NumberReading[] = shape.terms.map((t) => readNumberToken(t.number, context));
  const values: Decimal[] = [];
  const found: Message[] = [];
  for (const [index, reading] of readings.entries()) {
    if (!reading.ok) return fail(reading.problem === "range" ? reasons.outOfRange(q) : reasons.separators(q));
    values.push(reading.value);
    if (reading.ambiguity) {
      const token = shape.terms[index]?.number ?? "";
      const chosen = toNumber(reading.value);
      found.push(
        notes.ambiguous(token, chosen, toNumber(reading.ambiguity.other), reading.ambiguity.because),
      );
    }
  }

  const read = valueType === "money" ? readMoney(shape, values, q) : readPlain(shape, values, valueType, q);
  if (!read.ok) return read;
  const magnitude = toNumber(read.value);
  if (!Number.isFinite(magnitude)) return fail(reasons.outOfRange(q));
  const negative = shape.negative || shape.bracketed;
  // No -0: "-0" is 0.
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;

  if (shape.bracketed) found.push(notes.accountingNegative());
  if (read.moneyWords) found.push(notes.moneyWords(q, value));
  if (shape.percentSign) found.push(notes.percentDropped(value));
  if (read.unitWords) found.push(notes.unitWordsDropped(read.unitWords));
  if (found.length === 0) return { ok: true, value, exact: true };
  const note = { vi: found.map((m) => m.vi).join(" "), en: found.map((m) => m.en).join(" ") };
  return { ok: true, value, exact: false, note };
}

type TermsRead =
  { ok: true; value: Decimal; moneyWords?: boolean; unitWords?: string } | { ok: false; reason: Message };

/** Money in triệu đồng: "2 tỷ 62 triệu" -> 2062, "500.000 đồng" -> 0,5, "640" -> 640. */
function readMoney(shape: Shape, values: readonly Decimal[], q: string): TermsRead {
  if (shape.percentSign) return { ok: false, reason: reasons.percentNotHere(q, true) };
  const [after, ...more] = shape.wordsAfter;
  if (after !== undefined) {
    if (scaleWord(after) || more.some((w) => isMoneyWord(w)))
      return { ok: false, reason: reasons.moneyTerms(q) };
    if (!isCurrencyWord(after) || more.length > 0) {
      return { ok: false, reason: reasons.notMoneyWord(q, shape.wordsAfter.join(" ")) };
    }
    if (shape.currencyFirst) return { ok: false, reason: reasons.unreadable(q) };
  }
  const hasCurrency = shape.currencyFirst || after !== undefined;
  const { terms } = shape;
  // Several figures each need a scale word, largest first: "2 tỷ 62 triệu", not "2 tỷ 62".
  const ordered = terms.every((t, i) => {
    const before = terms[i - 1]?.scale;
    return t.scale !== undefined && (before === undefined || before.toTrieu > t.scale.toTrieu);
  });
  if (terms.length > 1 && !ordered) return { ok: false, reason: reasons.moneyTerms(q) };
  const inTrieu = values.map((v, i) =>
    scaled(v, terms[i]?.scale?.toTrieu ?? (hasCurrency ? DONG_TO_TRIEU : 0)),
  );
  const moneyWords = hasCurrency || terms.some((t) => t.scale !== undefined);
  return { ok: true, value: sum(inTrieu), moneyWords };
}

/** Counts, other numbers and percentages: one number, unit words after it dropped. */
function readPlain(shape: Shape, values: readonly Decimal[], valueType: ValueType, q: string): TermsRead {
  const [value] = values;
  if (value === undefined || values.length > 1) return { ok: false, reason: reasons.unreadable(q) };
  if (shape.percentSign && valueType === "count")
    return { ok: false, reason: reasons.percentNotHere(q, false) };
  const unitWords = shape.wordsAfter.join(" ");
  return unitWords === "" ? { ok: true, value } : { ok: true, value, unitWords };
}
