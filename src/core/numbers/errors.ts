/**
 * Misuse of the numbers module by code (NaN handed to a formatter, impossible decimal
 * options). Bad data typed by people is never this: readNumber returns a reason instead.
 */
export class NumberArgumentError extends Error {
  override readonly name = "NumberArgumentError";
}

/** NaN and Infinity are never figures: they can only come from a programming error. */
export function assertFinite(n: number, what: string): void {
  if (!Number.isFinite(n)) throw new NumberArgumentError(`${what} must be a finite number, got ${n}`);
}
