/**
 * A non-negative decimal held as its digits, so that display rounding is done on the
 * number as people wrote it: 1.005 is stored in binary as 1.00499999..., but JavaScript
 * (like Excel) prints it "1.005" and people expect it shown rounded to "1,01". Starting
 * from that shortest printed form and rounding the digit string gives exactly that, and
 * carries (999,999 -> 1.000) fall out of the digit arithmetic with no floating point.
 */

export interface Digits {
  /** Whole part, no leading zeros ("0" for none). */
  int: string;
  /** Fraction digits after the decimal mark, possibly "". */
  frac: string;
}

/** The digits of a finite, non-negative number, from its shortest round-trip form. */
export function digitsOf(abs: number): Digits {
  const printed = String(abs);
  const e = printed.indexOf("e");
  if (e < 0) {
    const [int = "0", frac = ""] = printed.split(".");
    return { int, frac };
  }
  // "1.5e-7", "1e+21": move the decimal point by the exponent.
  const mantissa = printed.slice(0, e);
  const exponent = Number(printed.slice(e + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const pointAt = (point < 0 ? mantissa.length : point) + exponent;
  if (pointAt <= 0) return { int: "0", frac: "0".repeat(-pointAt) + digits };
  if (pointAt >= digits.length) return { int: digits + "0".repeat(pointAt - digits.length), frac: "" };
  return { int: digits.slice(0, pointAt), frac: digits.slice(pointAt) };
}

/**
 * Rounded to `decimals` fraction digits, half up on the magnitude, which is half away from
 * zero once the sign is put back.
 */
export function roundDigits(d: Digits, decimals: number): Digits {
  if (d.frac.length <= decimals) return d;
  const kept = d.int + d.frac.slice(0, decimals);
  const roundsUp = (d.frac[decimals] ?? "0") >= "5";
  const all = roundsUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, "0") : kept;
  const int = all.slice(0, all.length - decimals).replace(/^0+(?=\d)/, "");
  return { int, frac: all.slice(all.length - decimals) };
}

/** Divided by 10^places: triệu to tỷ is three places. */
export function shiftDown(d: Digits, places: number): Digits {
  const padded = d.int.padStart(places + 1, "0");
  const int = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, "");
  return { int, frac: padded.slice(padded.length - places) + d.frac };
}

export function isZero(d: Digits): boolean {
  return /^0*$/.test(d.int) && /^0*$/.test(d.frac);
}

/** "2345678" -> "2.345.678" with the given group separator. */
export function groupThousands(int: string, separator: string): string {
  let out = "";
  for (let end = int.length; end > 0; end -= 3) {
    const group = int.slice(Math.max(0, end - 3), end);
    out = out === "" ? group : group + separator + out;
  }
  return out;
}

/** The fraction without trailing zeros beyond `minDecimals`, padded up to `minDecimals`. */
export function trimFraction(frac: string, minDecimals: number): string {
  let end = frac.length;
  while (end > minDecimals && frac[end - 1] === "0") end -= 1;
  return frac.slice(0, end).padEnd(minDecimals, "0");
}
