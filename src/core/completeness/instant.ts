/**
 * Deadlines and sending times as instants. Vietnamese offices mean Vietnam time: a date
 * alone ("2024-10-20") is a deadline at the end of that day, 23:59:59.999 +07:00, and a
 * date-time without a zone is read at +07:00, so the result never depends on the machine's
 * time zone.
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const NO_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Milliseconds since the epoch, or undefined when the text is not an ISO 8601 date(-time). */
export function parseInstant(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  let iso = t;
  if (DATE_ONLY.test(t)) iso = `${t}T23:59:59.999+07:00`;
  else if (NO_ZONE.test(t)) iso = `${t}+07:00`;
  else if (!/^\d{4}-\d{2}-\d{2}T/.test(t)) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A caller passed a deadline or a clock time that is not ISO 8601: a programming error. */
export class CompletenessMisuseError extends Error {
  override name = "CompletenessMisuseError";
}

/** For the office's own settings, which must be valid (unlike a unit's sending time). */
export function requireInstant(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseInstant(text);
  if (ms === undefined)
    throw new CompletenessMisuseError(`${what} is not an ISO 8601 date or date-time: "${text}"`);
  return ms;
}
