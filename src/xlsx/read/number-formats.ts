/**
 * Which numeric cells are dates, decided as ExcelJS decides it (the reader before this one),
 * so that a file reads the same: a cell whose style (s="n", n > 0) has a number format that,
 * once bracketed parts ([Red], [$-42A]) and quoted text are removed, still holds one of the
 * letters y m d h M s b. Excel's built-in formats are known by id.
 */

/** Excel's built-in number formats that are dates or times (ECMA-376 18.8.30). */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** Format 0 (General) is never a date; a custom format with an empty code falls back to the built-in one. */
export function isDateFormatId(id: number, custom: ReadonlyMap<number, string>): boolean {
  if (!id) return false;
  const code = custom.get(id);
  return code ? isDateFormat(code) : BUILT_IN_DATE_IDS.has(id);
}

/**
 * An Excel serial as the ISO text a snapshot holds: "2024-11-04" at midnight, else
 * "2024-11-04T08:30:00" (wall-clock, no zone); null when it is no date at all.
 */
export function isoFromSerial(serial: number, date1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
