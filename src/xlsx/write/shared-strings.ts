/**
 * The strings of fast-path sheets, added to the shared string table ExcelJS wrote for the
 * rest of the workbook: new items go after its own, so its indexes stay as they are.
 * Shared rather than inline strings: our readers and ExcelJS's decode Excel's _xHHHH_ escapes
 * only in the shared table, and a repeated unit or indicator name is stored once.
 */
import { escapeText, needsPreserve } from "./xml-text";

/** ExcelJS's table has no <sst> element: a bug, not bad data. */
export class SharedStringsError extends Error {
  override name = "SharedStringsError";
}

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  /** Cells that refer to the table, for its count attribute. */
  private uses = 0;

  /** The index of `text` among the added strings (0 for the first one added). */
  add(text: string): number {
    this.uses++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.items.length;
      this.index.set(text, at);
      const escaped = escapeText(text);
      this.items.push(
        needsPreserve(text)
          ? `<si><t xml:space="preserve">${escaped}</t></si>`
          : `<si><t>${escaped}</t></si>`,
      );
    }
    return at;
  }

  get size(): number {
    return this.items.length;
  }

  /** ExcelJS's sharedStrings.xml with these strings after its own, and its counts updated. */
  appendTo(xml: string): string {
    const open = /<sst\b[^>]*>/.exec(xml);
    if (!open) throw new SharedStringsError("the shared string table has no <sst> element");
    const count = Number(/\bcount="(\d+)"/.exec(open[0])?.[1] ?? 0) + this.uses;
    const unique = SharedStrings.itemsIn(xml) + this.items.length;
    const head = open[0]
      .replace(/\s(?:count|uniqueCount)="\d+"/g, "")
      .replace(/\/?>$/, ` count="${count}" uniqueCount="${unique}">`);
    const rest = xml.slice(open.index + open[0].length);
    const body = open[0].endsWith("/>") ? "" : rest.slice(0, rest.lastIndexOf("</sst>"));
    return `${xml.slice(0, open.index)}${head}${body}${this.items.join("")}</sst>`;
  }

  /** How many items ExcelJS's table holds: the index of the first string added here. */
  static itemsIn(xml: string): number {
    return (xml.match(/<si[\s>]/g) ?? []).length;
  }
}
