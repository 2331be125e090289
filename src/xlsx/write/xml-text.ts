/**
 * Text as the sheet XML we write holds it. Written as ExcelJS writes it, so the fast path and
 * ExcelJS's give the same workbook: & < > escaped; the control characters XML 1.0 cannot hold
 * (and DEL, which ExcelJS also drops) left out. One thing ExcelJS gets wrong is done right:
 * text that looks like Excel's own escape (_x0041_) has its "_" escaped as _x005F_, so Excel
 * and our readers give back "_x0041_", not "A" (ECMA-376 22.9.2.19).
 */

// XML 1.0 Char excludes U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
const DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;
// eslint-disable-next-line no-control-regex -- a quick test before the replacements
const NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|_x/;

/** The content of a <t> element. */
export function escapeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(DROPPED, "")
    .replace(SPECIAL, (c) => ENTITY[c]!)
    .replace(LOOKS_ESCAPED, "_x005F_$1");
}

/** Leading or trailing white space, or a line break, is kept only with xml:space="preserve". */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$|\n/.test(text);
}
