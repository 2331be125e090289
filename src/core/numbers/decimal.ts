/**
 * An exact decimal, coef x 10^exp, for what readNumber builds from typed text: "1,005 tỷ"
 * is 1005 x 10^-3 x 10^3 triệu, exactly 1005, where 1.005 * 1000 in binary floating point
 * is 1004.9999999999999. Only the final conversion to a number rounds, once.
 */
export interface Decimal {
  coef: bigint;
  exp: number;
}

/** From digit strings: "1592" and "5" -> 15925 x 10^-1. */
export function decimalOf(intDigits: string, fracDigits = "", exp = 0): Decimal {
  return { coef: BigInt(intDigits + fracDigits || "0"), exp: exp - fracDigits.length };
}

export function scaled(d: Decimal, powerOfTen: number): Decimal {
  return { coef: d.coef, exp: d.exp + powerOfTen };
}

export function sum(terms: readonly Decimal[]): Decimal {
  const exp = Math.min(0, ...terms.map((t) => t.exp));
  let coef = 0n;
  for (const t of terms) coef += t.coef * 10n ** BigInt(t.exp - exp);
  return { coef, exp };
}

/** The nearest double (Number() on a decimal literal rounds correctly); may be Infinity. */
export function toNumber(d: Decimal): number {
  return Number(`${d.coef}e${d.exp}`);
}
