/**
 * One small door to saxes (the XML parser ExcelJS itself uses) for the lean reader: element
 * names arrive without their namespace prefix ("x:c" -> "c", as some generators write
 * SpreadsheetML), attributes as a plain record, and text already unescaped (entities and
 * character references). Malformed XML throws a saxes error, which the reader reports as a
 * damaged file.
 *
 * `walkXmlAfresh` first tries the quick scanner (xml-scan.ts) and falls back to saxes, with
 * fresh handlers, for a part the scanner leaves to it; the result is saxes's either way.
 */
import { SaxesParser } from "saxes";
import { scanXml } from "./xml-scan";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Character data, CDATA included; called only while `wantsText()` says so (saves work). */
  text?(text: string): void;
  wantsText?(): boolean;
  /**
   * The elements (local names) whose attributes `open` reads; the others may get an empty
   * record (the quick scanner saves building them). Absent: all.
   */
  readonly attributesOf?: ReadonlySet<string>;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

export function walkXml(xml: string, handlers: XmlHandlers): void {
  // Without an "error" handler saxes throws at the first error: a file is read whole or not at all.
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes));
  if (handlers.close) {
    const close = handlers.close.bind(handlers);
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text.bind(handlers);
    const wants = handlers.wantsText?.bind(handlers) ?? (() => true);
    const onText = (data: string) => {
      if (wants()) text(data);
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  parser.write(xml).close();
}

/**
 * Walks `xml` with handlers made by `start`, quickly where the scanner can; where it gives up
 * part-way, the handlers it fed are dropped and saxes walks the part with new ones. Returns
 * the handlers that saw the whole part.
 */
export function walkXmlAfresh<H extends XmlHandlers>(xml: string, start: () => H): H {
  const quick = start();
  if (scanXml(xml, quick)) return quick;
  const slow = start();
  walkXml(xml, slow);
  return slow;
}
