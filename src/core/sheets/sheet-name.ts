/**
 * Excel sheet names: at most 31 characters, none of [ ] : * ? / \, not starting or ending
 * with an apostrophe, not "History" (Excel reserves it), unique within a workbook ignoring
 * case. Unit names are Vietnamese, so text is NFC-normalised first: precomposed letters count
 * as one character each, as Excel counts them.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = new Set(["history"]);

/** Whether Excel accepts `name` as a sheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED.has(name.toLowerCase())
  );
}

/**
 * A sheet name made from `wanted` that Excel accepts and that no name in `taken` already has
 * (compared ignoring case): forbidden characters become "-", spaces are collapsed, the text is
 * cut to 31 characters, and a repeated name gets " (2)", " (3)"... within the 31.
 */
export function safeSheetName(wanted: string, taken: Iterable<string> = [], fallback = "Sheet"): string {
  let base = wanted
    .normalize("NFC")
    .replace(FORBIDDEN, "-")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (base === "" || RESERVED.has(base.toLowerCase())) base = base === "" ? fallback : `${base} (1)`;
  base = cut(base, MAX_SHEET_NAME_LENGTH);

  const used = new Set([...taken].map((name) => name.normalize("NFC").toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cut(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Cut to `length` UTF-16 units without splitting a surrogate pair, and without trailing space or apostrophe. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  let out = text.slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.replace(/[\s']+$/, "");
}
