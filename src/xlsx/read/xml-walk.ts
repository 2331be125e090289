/**
 * One small door to saxes (the XML parser ExcelJS itself uses) for the lean reader: element
 * names arrive without their namespace prefix ("x:c" -> "c", as some generators write
 * SpreadsheetML), attributes as a plain record, and text already unescaped (entities and
 * character references). Malformed XML throws a saxes error, which the reader reports as a
 * damaged file.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Character data, CDATA included; called only while `wantsText()` says so (saves work). */
  text?(text: string): void;
  wantsText?(): boolean;
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
