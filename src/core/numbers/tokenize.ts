/**
 * The first step of reading typed text: normalise the characters, then cut the text into
 * tokens. What it accepts:
 * - spaces of every kind around tokens; NFKC turns non-breaking, thin and narrow spaces into
 *   plain ones and full-width digits and signs (１２，５％) into ASCII; zero-width characters
 *   are dropped and the Unicode minus "−" is a minus;
 * - a number: digits, with ".", "," or one space between digit groups ("1.234.567,5",
 *   "1 234"), and an exponent stuck to it ("1e15", "2,5E3"); which separator means what is
 *   decided later (number-token.ts);
 * - a word: a run of letters ("tỷ", "hồ", "n"), lower-cased, or one currency symbol ("₫");
 * - the signs "-" and "+", brackets "(" ")" and "%".
 * Anything else is an "other" token, which no reading accepts.
 */

export type Token =
  | { kind: "number"; text: string }
  | { kind: "word"; text: string; stuckToNumber: boolean }
  | { kind: "sign"; negative: boolean }
  | { kind: "open" | "close" | "percent" }
  | { kind: "other"; text: string };

export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\u2212/g, "-");
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string) => /[\p{L}\p{M}]/u.test(c);
const isSpace = (c: string) => /\s/u.test(c);

/** The end of the number starting at `start` (a digit). */
function endOfNumber(s: string, start: number): number {
  let i = start;
  for (;;) {
    while (isDigit(s[i])) i += 1;
    const c = s[i];
    if ((c === "." || c === "," || c === " ") && isDigit(s[i + 1])) {
      i += 1;
      continue;
    }
    if (c === "e" || c === "E") {
      const signed = s[i + 1] === "+" || s[i + 1] === "-";
      const firstDigit = i + (signed ? 2 : 1);
      if (isDigit(s[firstDigit])) {
        i = firstDigit;
        while (isDigit(s[i])) i += 1;
      }
    }
    return i;
  }
}

/** Tokens of normalised text. */
export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? "";
    if (isSpace(c)) {
      i += 1;
    } else if (isDigit(c)) {
      const end = endOfNumber(s, i);
      tokens.push({ kind: "number", text: s.slice(i, end) });
      i = end;
    } else if (isLetter(c)) {
      let end = i + 1;
      while (end < s.length && isLetter(s[end] ?? "")) end += 1;
      const stuckToNumber = tokens.at(-1)?.kind === "number" && !isSpace(s[i - 1] ?? " ");
      tokens.push({ kind: "word", text: s.slice(i, end).toLowerCase(), stuckToNumber });
      i = end;
    } else {
      tokens.push(symbolToken(c, tokens.at(-1)?.kind === "number" && i > 0 && !isSpace(s[i - 1] ?? " ")));
      i += 1;
    }
  }
  return tokens;
}

function symbolToken(c: string, stuckToNumber: boolean): Token {
  switch (c) {
    case "-":
      return { kind: "sign", negative: true };
    case "+":
      return { kind: "sign", negative: false };
    case "(":
      return { kind: "open" };
    case ")":
      return { kind: "close" };
    case "%":
      return { kind: "percent" };
  }
  // A currency symbol reads as a word: "₫" is money, "$" a word no reading knows.
  if (/\p{Sc}/u.test(c)) return { kind: "word", text: c, stuckToNumber };
  return { kind: "other", text: c };
}
