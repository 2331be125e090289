/**
 * A quick XML scanner for the plain XML that spreadsheet programs write: elements, attributes
 * in quotes, text, the five named entities and character references, an XML declaration at
 * the start. It reads a part with indexOf and charCodeAt instead of saxes's character-by-
 * character state machine (several times faster on sheet XML) and calls the same handlers
 * with the same events: names without their prefix, attributes as a record, text unescaped,
 * a close after every element (self-closing too).
 *
 * It never decides that a part is damaged, and never reads anything it is unsure of: at the
 * first thing it does not know (a comment, CDATA, a doctype, a processing instruction, a
 * line break or tab inside an attribute, a carriage return in text, an unusual name or
 * character) or does not like (a mismatched tag, a bad entity...) it returns false, having
 * called the handlers part-way, and the caller starts over with fresh handlers under saxes,
 * which gives the verdict and the error message it always gave (xml-walk.ts).
 */
import type { XmlHandlers } from "./xml-walk";

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;

/** A declaration saxes accepts, in the only form read here (version 1.0). */
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\5)?[ \t\r\n]*\?>/;
/**
 * Characters XML 1.0 does not allow (controls, U+FFFE/F): saxes decides. Lone surrogates are
 * not looked for (the "u" flag costs twice the time): text decoded from UTF-8 has none.
 */
// eslint-disable-next-line no-control-regex -- these characters are what is looked for
const NOT_XML_CHAR = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
/** What an element whose attributes the handlers do not read gets. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});
const NOT_WHITESPACE = /[^ \t\r\n]/;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** ASCII name characters only; anything else is left to saxes. */
function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === COLON;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

/** The end of the name starting at `at` (at itself when there is none). */
function nameEnd(xml: string, at: number): number {
  if (!isNameStart(xml.charCodeAt(at))) return at;
  let i = at + 1;
  while (isNameChar(xml.charCodeAt(i))) i++;
  return i;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function isXmlCodePoint(n: number): boolean {
  return (
    n === 0x9 ||
    n === 0xa ||
    n === 0xd ||
    (n >= 0x20 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd) ||
    (n >= 0x10000 && n <= 0x10ffff)
  );
}

/** Text with its entities replaced; undefined for one this scanner does not know. */
function unescape(text: string): string | undefined {
  let out = "";
  let from = 0;
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
    const semi = text.indexOf(";", amp);
    if (semi < 0) return undefined;
    const entity = text.slice(amp + 1, semi);
    let char: string | undefined;
    if (entity.charCodeAt(0) === 0x23) {
      const hex = entity.charCodeAt(1) === 0x78;
      const digits = entity.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isXmlCodePoint(code)) return undefined;
      char = String.fromCodePoint(code);
    } else char = Object.hasOwn(NAMED, entity) ? NAMED[entity] : undefined;
    if (char === undefined) return undefined;
    out += text.slice(from, amp) + char;
    from = semi + 1;
  }
  return out + text.slice(from);
}

/**
 * The next place at or after a position where a pattern occurs (the length of the text when
 * nowhere), found again only once the position has passed it: asked in increasing order, a
 * pattern is searched for once over the whole text, not once per attribute.
 */
class NextMatch {
  private at = -1;
  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  from(position: number): number {
    if (this.at < position) {
      this.pattern.lastIndex = position;
      const found = this.pattern.exec(this.text);
      this.at = found ? found.index : this.text.length;
    }
    return this.at;
  }
}

/** Scans `xml` calling `handlers`; false as soon as it meets what saxes must read instead. */
export function scanXml(xml: string, handlers: XmlHandlers): boolean {
  const { attributesOf } = handlers;
  // Attribute names of the current element (the first `seenCount`), to find a duplicate without a record.
  const seen: string[] = [];
  let seenCount = 0;
  if (NOT_XML_CHAR.test(xml)) return false;
  let i = 0;
  if (xml.startsWith("<?xml")) {
    const declaration = DECLARATION.exec(xml);
    if (!declaration) return false;
    i = declaration[0].length;
  }
  // The open elements: their names as written, and without prefix (as handlers get them).
  const stack: string[] = [];
  const locals: string[] = [];
  let rooted = false;
  // In attribute values tabs and line breaks are turned into spaces by saxes (left to it);
  // "&" starts an entity. (A "<" in one is found by the tag's end: see `nextLt`.)
  const breaks = new NextMatch(xml, /[\t\n\r]/g);
  const ampersand = new NextMatch(xml, /&/g);
  // The "<" after the current tag's name, once looked for: the next tag (so no "<" in the
  // tag's attribute values), reused as the start of the next step.
  let nextLt = -1;
  for (;;) {
    const lt = nextLt >= i ? nextLt : xml.indexOf("<", i);
    const end = lt < 0 ? xml.length : lt;
    if (end > i) {
      if (stack.length === 0) {
        // Outside the root only whitespace may stand; saxes reports it, line breaks normalised.
        const raw = xml.slice(i, end);
        if (NOT_WHITESPACE.test(raw)) return false;
        if (handlers.text && (handlers.wantsText?.() ?? true)) handlers.text(raw.replace(/\r\n?/g, "\n"));
      } else {
        const raw = xml.slice(i, end);
        if (raw.includes("\r") || raw.includes("]]>")) return false;
        let data: string | undefined = raw;
        if (raw.includes("&")) {
          data = unescape(raw);
          if (data === undefined) return false;
        }
        if (handlers.text && (handlers.wantsText?.() ?? true)) handlers.text(data);
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) return false;
    if (next === SLASH) {
      // The name must be the open element's, whole (compared in place, not cut out).
      const name = stack.pop();
      const local = locals.pop();
      if (name === undefined || local === undefined || !xml.startsWith(name, lt + 2)) return false;
      let j = lt + 2 + name.length;
      if (isNameChar(xml.charCodeAt(j))) return false;
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== GT) return false;
      handlers.close?.(local);
      i = j + 1;
      continue;
    }
    const nameTo = nameEnd(xml, lt + 1);
    if (nameTo === lt + 1) return false;
    if (stack.length === 0) {
      if (rooted) return false;
      rooted = true;
    }
    const name = xml.slice(lt + 1, nameTo);
    const local = localName(name);
    const attributes = attributesOf === undefined || attributesOf.has(local) ? {} : NO_ATTRIBUTES;
    seenCount = 0;
    nextLt = xml.indexOf("<", nameTo);
    const tagLimit = nextLt < 0 ? xml.length : nextLt;
    let j = nameTo;
    let selfClosing = false;
    for (;;) {
      const spaced = isSpace(xml.charCodeAt(j));
      while (isSpace(xml.charCodeAt(j))) j++;
      const c = xml.charCodeAt(j);
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(j + 1) !== GT) return false;
        selfClosing = true;
        j += 2;
        break;
      }
      const attributeTo = nameEnd(xml, j);
      if (!spaced || attributeTo === j) return false;
      const attribute = xml.slice(j, attributeTo);
      j = attributeTo;
      while (isSpace(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== EQUALS) return false;
      j++;
      while (isSpace(xml.charCodeAt(j))) j++;
      const quote = xml.charCodeAt(j);
      if (quote !== QUOTE && quote !== APOSTROPHE) return false;
      const valueTo = xml.indexOf(quote === QUOTE ? '"' : "'", j + 1);
      if (valueTo < 0) return false;
      if (valueTo > tagLimit || breaks.from(j + 1) < valueTo) return false;
      for (let k = 0; k < seenCount; k++) if (seen[k] === attribute) return false;
      const plain = ampersand.from(j + 1) > valueTo;
      const raw = attributes === NO_ATTRIBUTES && plain ? "" : xml.slice(j + 1, valueTo);
      // Entities are unescaped even where the value is not kept: one that is not known is saxes's call.
      const value = plain ? raw : unescape(raw);
      if (value === undefined) return false;
      seen[seenCount++] = attribute;
      if (attributes !== NO_ATTRIBUTES) {
        // A name the record already answers to ("constructor", "__proto__"): saxes's call.
        if (attributes[attribute] !== undefined) return false;
        attributes[attribute] = value;
      }
      j = valueTo + 1;
    }
    handlers.open(local, attributes);
    if (selfClosing) handlers.close?.(local);
    else {
      stack.push(name);
      locals.push(local);
    }
    i = j;
  }
  return rooted && stack.length === 0;
}
