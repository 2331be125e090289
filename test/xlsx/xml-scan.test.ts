import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanXml } from "../../src/xlsx/read/xml-scan";
import { walkXml, walkXmlAfresh, type XmlHandlers } from "../../src/xlsx/read/xml-walk";

/** Handlers that write down every event, adjacent text joined (saxes may split text differently). */
function recorder(attributesOf?: ReadonlySet<string>): XmlHandlers & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    ...(attributesOf ? { attributesOf } : {}),
    open: (name, attributes) => events.push(`<${name} ${JSON.stringify(attributes)}`),
    close: (name) => events.push(`</${name}`),
    text: (text) => {
      const last = events.length - 1;
      if (events[last]?.startsWith("text ")) events[last] += text;
      else events.push(`text ${text}`);
    },
  };
}

function bySaxes(xml: string): string[] {
  const handlers = recorder();
  walkXml(xml, handlers);
  return handlers.events;
}

function byScanner(xml: string): string[] | "gave up" {
  const handlers = recorder();
  return scanXml(xml, handlers) ? handlers.events : "gave up";
}

const sheet =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
  '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">a &amp; b </x:t></x:r>' +
  "<x:r><x:t>&lt;&#x1F600;&#65;&quot;&apos;&gt;</x:t></x:r></x:is></x:c>" +
  '<x:c r="B1" s="2"/><x:c r=\'C1\'><x:f t="shared" si="0" ref="C1:C2">A1&amp;"x"</x:f><x:v>3</x:v></x:c>' +
  '</x:row></x:sheetData><x:dataValidations><x:dataValidation prompt="Nhập số &gt;= 0" sqref="A1"/>' +
  "</x:dataValidations></x:worksheet>\n";

describe("the quick XML scanner", () => {
  it("gives saxes's events for sheet XML: prefixes dropped, entities and character references read, self-closing elements closed", () => {
    expect(byScanner(sheet)).toEqual(bySaxes(sheet));
    expect(bySaxes(sheet)).toContain("text a & b ");
    expect(bySaxes(sheet)).toContain("text <😀A\"'>");
  });

  it("builds attributes only for the elements the handlers name, and still checks the others", () => {
    const handlers = recorder(new Set(["c"]));
    expect(scanXml(sheet, handlers)).toBe(true);
    expect(handlers.events).toContain('<c {"r":"B1","s":"2"}');
    expect(handlers.events).toContain("<row {}");
    // An unknown entity in an attribute nobody reads is still saxes's to judge.
    expect(scanXml('<a><b x="&nbsp;"/></a>', recorder(new Set(["a"])))).toBe(false);
  });

  it.each([
    ["a comment", "<a><!-- note --></a>"],
    ["CDATA", "<a><![CDATA[x < y]]></a>"],
    ["a doctype", "<!DOCTYPE a><a/>"],
    ["a processing instruction", "<a><?pi data?></a>"],
    ["a tab in an attribute (saxes makes it a space)", '<a b="x\ty"/>'],
    ["a carriage return in text (saxes makes it a line feed)", "<a>x\r\ny</a>"],
    ["a non-ASCII element name", "<ô/>"],
    ["an XML 1.1 declaration", '<?xml version="1.1"?><a/>'],
  ])("leaves %s to saxes", (_, xml) => {
    expect(byScanner(xml)).toBe("gave up");
    expect(walkXmlAfresh(xml, () => recorder()).events).toEqual(bySaxes(xml));
  });

  it.each([
    ["a mismatched closing tag", "<a><b></a></b>"],
    ["an unclosed element", "<a><b>"],
    ["two roots", "<a/><b/>"],
    ["text outside the root", "<a/>x"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["attributes without space between them", '<a b="1"c="2"/>'],
    ["an unquoted attribute", "<a b=1/>"],
    ["a < in an attribute", '<a b="<"/>'],
    ["a control character", "<a>\u0001</a>"],
    ["a character reference to no XML character", "<a>&#0;</a>"],
    ["no root at all", " "],
  ])("never accepts %s: saxes throws its own error", (_, xml) => {
    expect(byScanner(xml)).toBe("gave up");
    expect(() => walkXmlAfresh(xml, () => recorder())).toThrow();
  });

  it("gives saxes's events for random documents of elements, attributes, text and entities", () => {
    const name = fc.constantFrom("a", "x:c", "v", "row", "t", "is", "_n-1.2");
    const text = fc
      .array(fc.constantFrom("x", " ", "Ă", "&amp;", "&lt;", "&#233;", "&#xE9;", ">", "\n", "'", '"', "1"), {
        maxLength: 6,
      })
      .map((parts) => parts.join(""));
    const attributes = fc
      .uniqueArray(fc.tuple(fc.constantFrom("r", "s", "t", "x:id", "ref"), text), {
        selector: ([k]) => k,
        maxLength: 3,
      })
      .map((pairs) =>
        pairs.map(([k, v]) => ` ${k}="${v.replaceAll('"', "&quot;").replaceAll("\n", "")}"`).join(""),
      );
    const { element } = fc.letrec<{ element: string }>((tie) => ({
      element: fc.oneof(
        { depthSize: "small" },
        fc.tuple(name, attributes).map(([n, a]) => `<${n}${a}/>`),
        fc
          .tuple(name, attributes, fc.array(fc.oneof(text, tie("element")), { maxLength: 4 }))
          .map(([n, a, children]) => `<${n}${a}>${children.join("")}</${n}>`),
      ),
    }));
    fc.assert(
      fc.property(element, fc.boolean(), (root, declared) => {
        const xml = `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ""}${root}`;
        expect(byScanner(xml)).toEqual(bySaxes(xml));
      }),
    );
  });
});
