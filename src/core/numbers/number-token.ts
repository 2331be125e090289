/**
 * What the separators in one typed number mean. Vietnamese writes "1.592,5", English
 * "1,592.5"; ward staff type both, and spaces too. The rules, in order:
 * - no separator: a whole number ("1592");
 * - only spaces, or the same mark repeated ("1 234 567", "1.234.567", "1,234,567"):
 *   thousands groups;
 * - two kinds of mark: the last one, which must appear once, is the decimal mark and the
 *   other groups thousands ("1.592,5", "1,592.5", "1 592,5");
 * - one "." or "," once: a decimal mark ("12,5", "1.5", "0,250", "1234,567"), except when
 *   1 to 3 digits (not starting with 0) come before it and exactly 3 after ("1,250",
 *   "1.250"). That is ambiguous; see `Ambiguity`.
 * Thousands groups must look like them: 1 to 3 digits first, not starting with 0, then
 * groups of exactly 3. Anything else ("1.2.3,4,5", "1.23.456") is not read.
 */
import { type Decimal, decimalOf } from "./decimal";

/** Whose writing settles an ambiguous mark: Vietnamese unless English words are used. */
export type Convention = "vi" | "en";

export interface Ambiguity {
  /** The other reading of the same text, for the note. */
  other: Decimal;
  /** Why the chosen reading won. */
  because:
    "count-is-whole" | "vi-decimal-comma" | "vi-thousands-dot" | "en-decimal-dot" | "en-thousands-comma";
}

export type NumberReading =
  | { ok: true; value: Decimal; ambiguity?: Ambiguity }
  /** separators: marks in impossible places; range: an exponent of more than three digits. */
  | { ok: false; problem: "separators" | "range" };

const BAD_SEPARATORS = { ok: false, problem: "separators" } as const;

export interface ReadingContext {
  convention: Convention;
  /** A count is a whole number: an ambiguous mark is then a thousands separator. */
  wholeNumbers: boolean;
}

const isThousandsLead = (group: string) => group.length >= 1 && group.length <= 3 && !group.startsWith("0");

function thousands(groups: readonly string[]): string | undefined {
  const [lead = "", ...rest] = groups;
  if (!isThousandsLead(lead) || rest.some((g) => g.length !== 3)) return undefined;
  return groups.join("");
}

/** Reads the digits and separators of a number token (a tokenizer "number"). */
export function readNumberToken(text: string, context: ReadingContext): NumberReading {
  const e = text.search(/[eE]/);
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponentText = e < 0 ? "0" : text.slice(e + 1);
  // Three exponent digits reach far beyond any figure; more are refused rather than
  // handed to BigInt arithmetic.
  if (exponentText.replace(/^[+-]/, "").length > 3) return { ok: false, problem: "range" };
  const exponent = Number(exponentText);

  const groups: string[] = [];
  const marks: string[] = [];
  let start = 0;
  for (let i = 0; i < mantissa.length; i += 1) {
    const c = mantissa[i];
    if (c === "." || c === "," || c === " ") {
      groups.push(mantissa.slice(start, i));
      marks.push(c);
      start = i + 1;
    }
  }
  groups.push(mantissa.slice(start));

  const last = marks.at(-1);
  if (last === undefined) return { ok: true, value: decimalOf(mantissa, "", exponent) };

  const lastCount = marks.filter((m) => m === last).length;
  const others = new Set(marks.filter((m) => m !== last));
  if (last === " " || lastCount > 1) {
    const whole = others.size === 0 ? thousands(groups) : undefined;
    return whole === undefined ? BAD_SEPARATORS : { ok: true, value: decimalOf(whole, "", exponent) };
  }
  const fraction = groups.at(-1) ?? "";
  const intGroups = groups.slice(0, -1);
  if (others.size > 1) return BAD_SEPARATORS;
  if (others.size === 1) {
    const whole = thousands(intGroups);
    return whole === undefined ? BAD_SEPARATORS : { ok: true, value: decimalOf(whole, fraction, exponent) };
  }

  const lead = intGroups[0] ?? "";
  const asDecimal = decimalOf(lead, fraction, exponent);
  if (!(isThousandsLead(lead) && fraction.length === 3)) return { ok: true, value: asDecimal };
  const asThousands = decimalOf(lead + fraction, "", exponent);
  const because = whyChosen(last, context);
  const thousandsWins =
    because === "count-is-whole" || because === "vi-thousands-dot" || because === "en-thousands-comma";
  return thousandsWins
    ? { ok: true, value: asThousands, ambiguity: { other: asDecimal, because } }
    : { ok: true, value: asDecimal, ambiguity: { other: asThousands, because } };
}

function whyChosen(mark: string, { convention, wholeNumbers }: ReadingContext): Ambiguity["because"] {
  if (wholeNumbers) return "count-is-whole";
  if (convention === "vi") return mark === "," ? "vi-decimal-comma" : "vi-thousands-dot";
  return mark === "." ? "en-decimal-dot" : "en-thousands-comma";
}
