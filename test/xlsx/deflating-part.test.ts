/**
 * A part compressed while it is written (src/xlsx/write/deflating-part.ts): chunks deflated
 * apart and joined must inflate, as one raw deflate stream, to exactly the bytes written,
 * with the CRC-32 and size of the whole; and a workbook whose plain sheet spans many chunks
 * must read back whole, through our reader and through JSZip checking every CRC.
 */
import JSZip from "jszip";
import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { PlanCell, WorkbookPlan } from "../../src/core/sheets/plan-types";
import { readWorkbook, writeWorkbook } from "../../src/xlsx";
import { CHUNK_BYTES, DeflatingPart } from "../../src/xlsx/write/deflating-part";

describe("DeflatingPart", () => {
  it("inflates to the bytes written, across many chunks, with their CRC-32 and size", async () => {
    const part = new DeflatingPart();
    const expected: Buffer[] = [];
    const text = (t: string) => {
      part.text(t);
      expected.push(Buffer.from(t, "utf8"));
    };
    const ascii = (t: string) => {
      part.ascii(t);
      expected.push(Buffer.from(t, "latin1"));
    };
    text(`<?xml version="1.0"?><worksheet name="Phường Khương Mai 😀">`);
    for (let row = 1; row <= 60_000; row++)
      ascii(`<row r="${row}"><c r="A${row}"><v>${row * 1.5}</v></c></row>`);
    // Longer than a chunk, in UTF-8 and in ASCII: each becomes a piece of its own.
    text("Đạt ".repeat(CHUNK_BYTES / 2));
    ascii("x".repeat(CHUNK_BYTES + 7));
    text("</worksheet>");
    const packed = await part.finish();

    const whole = Buffer.concat(expected);
    expect(whole.length).toBeGreaterThan(4 * CHUNK_BYTES); // it did span several chunks
    const inflated = inflateRawSync(packed.compressed);
    expect(inflated.equals(whole)).toBe(true);
    expect(packed.size).toBe(whole.length);
    expect(packed.crc).toBe(crc32(whole));
    expect(packed.compressed.length).toBeLessThan(whole.length / 4);
  });

  it("gives a valid empty stream for a part with nothing written", async () => {
    const packed = await new DeflatingPart().finish();
    expect(inflateRawSync(packed.compressed).length).toBe(0);
    expect(packed).toMatchObject({ size: 0, crc: 0 });
  });

  it("refuses text after it is finished, and finishing twice", async () => {
    const part = new DeflatingPart();
    part.ascii("<a/>");
    await part.finish();
    expect(() => part.ascii("<b/>")).toThrow(/finished/);
    expect(() => part.text("<b/>")).toThrow(/finished/);
    await expect(part.finish()).rejects.toThrow(/finished/);
  });
});

describe("a plain sheet of many chunks in a workbook", () => {
  it("reads back whole through our reader, and JSZip finds every CRC right", async () => {
    const rows: PlanCell[][] = Array.from({ length: 50_000 }, (_, i) => [
      `DV${i % 600}`,
      `Phường số ${i % 600}`,
      `CT${i % 39}`,
      i % 2 === 0 ? "thuc_hien" : "ke_hoach",
      i * 0.25,
    ]);
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "Chi tiết",
          blocks: [{ at: "A1", rows: [["unit", "name", "code", "column", "value"], ...rows] }],
        },
      ],
    };
    const bytes = await writeWorkbook(plan, { plainSheets: "always" });

    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("nodebuffer");
    expect(sheetXml.length).toBeGreaterThan(3 * CHUNK_BYTES);

    // 250,005 cells, within the reader's default limit (1,000,000).
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error(read.error.en);
    const values = read.sheets[0]!.values;
    expect(values.length).toBe(50_001);
    // Row 40,001 of the sheet is i = 39,999: DV399 (39,999 % 600), CT24 (39,999 % 39), odd, 9,999.75.
    expect(values[40_000]).toEqual(["DV399", "Phường số 399", "CT24", "ke_hoach", 9999.75]);
    expect(values.slice(1)).toEqual(rows);
  });
});
