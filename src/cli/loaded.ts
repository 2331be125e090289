/**
 * What reading an option or an input file gave: the value, with warnings to print, or the
 * errors that make the command stop with exit code 2. Bad input is a value, never thrown.
 */
export type Loaded<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: string[] };

export function loaded<T>(value: T, warnings: string[] = []): Loaded<T> {
  return { ok: true, value, warnings };
}

export function failed<T>(...errors: string[]): Loaded<T> {
  return { ok: false, errors };
}
