/**
 * Row heights for wrapped text. A row with no height of its own is left to the reader to
 * size, and not every reader does: LibreOffice printed the summary's two-line notes and the
 * written report's paragraphs over the rows below them. So the sheets that wrap long text
 * give those rows a height, worked out here by wrapping the text at word boundaries into
 * the column's width.
 *
 * A column's width counts characters of the widest digit of the default font (Calibri 11);
 * ordinary text, Vietnamese with its marks included, is narrower, so taking the width as the
 * characters a line holds errs towards one line too many (a taller row), never too few.
 */

/** Points per line of the default font (Excel's default row height for Calibri 11). */
export const LINE_POINTS = 15;

/** The lines `text` takes wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (used > 0 && used + 1 + word.length <= room) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) count++;
      // A word longer than the line is broken across lines.
      count += Math.ceil(word.length / room) - 1;
      used = word.length % room || room;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/**
 * The height a row needs for its wrapped cells (text and the width of its column), in
 * points; undefined when every cell fits on one line, so that the row keeps the default.
 */
export function wrappedRowHeight(
  cells: readonly { text: string | null | undefined; width: number }[],
  linePoints = LINE_POINTS,
): number | undefined {
  const lines = Math.max(1, ...cells.map((c) => (c.text ? wrappedLines(c.text, c.width) : 1)));
  return lines > 1 ? lines * linePoints : undefined;
}
