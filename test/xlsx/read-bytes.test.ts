/**
 * The bytes reader (readWorkbookBytes): the door the task pane's files cross, with no Node in
 * it. It takes plain Uint8Array (never a Buffer here), unpacks with JSZip unless told
 * otherwise, and gives the Node reader's result, codes and messages for the same bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readWorkbook, readWorkbookBytes, unzipWithZlib, type PartUnzip } from "../../src/xlsx";
import { csvBytes, encryptedBytes, pdfBytes, truncated, zipWithoutWorkbook } from "./bad-input";
import { filledKhuongMai } from "./unit-workbook";

const FIXTURES = join(import.meta.dirname, "../fixtures/xlsx");

/** A copy in a plain Uint8Array, as a browser's File.arrayBuffer() gives it. */
function plain(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return plain(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/**
 * The zip with the size `part` declares (in its local header and in the central directory)
 * set to `size`: a hostile file that claims less than it unpacks to.
 */
function declaring(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = plain(zip);
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  const named = (at: number) => name.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === name.length && named(at + 30))
      view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === name.length && named(at + 46))
      view.setUint32(at + 24, size, true);
  }
  return out;
}

describe("reading an .xlsx from bytes in memory", () => {
  it("gives the sheets' values and formulas, worked out cell by cell", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Phường Hạ Đình");
      ws.getCell("A1").value = "Mã";
      ws.getCell("B1").value = 12.5;
      ws.getCell("B2").value = { formula: "B1*2", result: 25 };
    });
    expect(await readWorkbookBytes(bytes, { fileName: "ha-dinh.xlsx" })).toEqual({
      ok: true,
      sheets: [
        {
          name: "Phường Hạ Đình",
          // The used area is A1:B2; A2 is blank.
          values: [
            ["Mã", 12.5],
            [null, 25],
          ],
          formulas: [
            [null, null],
            [null, "=B1*2"],
          ],
          origin: "A1",
        },
      ],
      metadata: {},
    });
  });

  it("gives what the Node reader gives for a filled unit workbook, with JSZip's unzip and with zlib's", async () => {
    const bytes = plain(await filledKhuongMai());
    const node = await readWorkbook(bytes, { fileName: "khuong-mai.xlsx" });
    expect(node.ok).toBe(true);
    expect(await readWorkbookBytes(bytes, { fileName: "khuong-mai.xlsx" })).toEqual(node);
    expect(await readWorkbookBytes(bytes, { fileName: "khuong-mai.xlsx", unzip: unzipWithZlib })).toEqual(
      node,
    );
  });

  for (const name of readdirSync(FIXTURES).filter((f) => /^(good|bad)\./.test(f)))
    it(`gives what the Node reader gives for the fixture ${name}`, async () => {
      const bytes = plain(readFileSync(join(FIXTURES, name)));
      expect(await readWorkbookBytes(bytes, { fileName: name })).toEqual(
        await readWorkbook(join(FIXTURES, name)),
      );
    });

  it("unpacks every part through the unzip it is given", async () => {
    const seen: string[] = [];
    const counting: PartUnzip = async (zip, path) => {
      seen.push(path);
      return unzipWithZlib(zip, path);
    };
    const bytes = await excelJsBytes((wb) => (wb.addWorksheet("A").getCell("A1").value = 1));
    const result = await readWorkbookBytes(bytes, { fileName: "a.xlsx", unzip: counting });
    expect(result.ok).toBe(true);
    expect(seen).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]),
    );
  });
});

describe("refusing bytes that are not a readable .xlsx, as the Node reader does", () => {
  it("names a CSV renamed to .xlsx", async () => {
    expect(await readWorkbookBytes(plain(csvBytes()), { fileName: "phuong-ha-dinh.xlsx" })).toEqual({
      ok: false,
      error: {
        code: "not-xlsx",
        vi: 'Tệp "phuong-ha-dinh.xlsx" không phải tệp Excel .xlsx (đây là tệp văn bản, ví dụ CSV).',
        en: 'The file "phuong-ha-dinh.xlsx" is not an Excel .xlsx file (it is a text file, such as CSV).',
      },
    });
  });

  it("names a PDF, tells a password-protected workbook from an old .xls", async () => {
    const pdf = await readWorkbookBytes(plain(pdfBytes()), { fileName: "bao-cao.xlsx" });
    expect(pdf.ok === false && pdf.error.en).toBe(
      'The file "bao-cao.xlsx" is not an Excel .xlsx file (it is a PDF).',
    );
    const encrypted = await readWorkbookBytes(plain(encryptedBytes()), { fileName: "kim-giang.xlsx" });
    expect(encrypted.ok === false && encrypted.error.code).toBe("encrypted");
    // The same compound file without the "EncryptionInfo" stream name is an old .xls.
    const legacy = plain(encryptedBytes());
    legacy.fill(0, 512, 512 + 28);
    const xls = await readWorkbookBytes(legacy, { fileName: "cu.xls" });
    expect(xls.ok === false && xls.error.code).toBe("legacy-xls");
  });

  it("refuses an empty file, one over the byte limit, a truncated download and a zip without a workbook", async () => {
    expect(await readWorkbookBytes(new Uint8Array(0), { fileName: "rong.xlsx" })).toMatchObject({
      ok: false,
      error: { code: "empty", en: 'The file "rong.xlsx" is empty (0 bytes).' },
    });
    // 3000 bytes -> ceil(3000 / 1024) = 3 KB; limit 2048 bytes = 2 KB
    const large = await readWorkbookBytes(new Uint8Array(3000).fill(0x41), {
      fileName: "lon.xlsx",
      maxBytes: 2048,
    });
    expect(large.ok === false && large.error.en).toBe(
      'The file "lon.xlsx" is too large: 3 KB, the limit is 2 KB.',
    );
    const cut = await readWorkbookBytes(plain(truncated(await filledKhuongMai())), {
      fileName: "khuong-mai.xlsx",
    });
    expect(cut.ok === false && cut.error.code).toBe("damaged");
    const word = await readWorkbookBytes(plain(await zipWithoutWorkbook()), { fileName: "to-trinh.xlsx" });
    expect(word.ok === false && word.error.code).toBe("not-xlsx");
  });

  it("refuses a small zip whose directory declares more unpacked bytes than the bound", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/bomb.xml", "a".repeat(1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // Unpacked: 1,048,576 + 11 bytes = 1.0 MB; the bound is 50 x 4096 = 204,800 bytes = 200 KB.
    expect(await readWorkbookBytes(bytes, { fileName: "bom.xlsx", maxBytes: 4096 })).toMatchObject({
      ok: false,
      error: { code: "too-large", en: 'The file "bom.xlsx" is too large: 1.0 MB, the limit is 200 KB.' },
    });
  });

  it("calls damaged a part that unpacks to more than its declared size, with either unzip", async () => {
    const bytes = declaring(plain(await filledKhuongMai()), "xl/worksheets/sheet1.xml", 100);
    const streamed = await readWorkbookBytes(bytes, { fileName: "khuong-mai.xlsx" });
    // JSZip's unzip stops as soon as the count passes the declared 100 bytes.
    expect(streamed.ok === false && streamed.error.en).toContain(
      'The file "khuong-mai.xlsx" is damaged and cannot be read (xl/worksheets/sheet1.xml: more than the 100 bytes declared)',
    );
    // zlib is told to stop at 100 bytes of output.
    const native = await readWorkbookBytes(bytes, { fileName: "khuong-mai.xlsx", unzip: unzipWithZlib });
    expect(native.ok === false && native.error.code).toBe("damaged");
  });

  it("calls damaged a part that unpacks to fewer bytes than declared, with either unzip", async () => {
    const bytes = await excelJsBytes((wb) => (wb.addWorksheet("A").getCell("A1").value = 1));
    const lying = declaring(bytes, "xl/workbook.xml", 10_000);
    for (const unzip of [undefined, unzipWithZlib]) {
      const result = await readWorkbookBytes(lying, { fileName: "a.xlsx", ...(unzip ? { unzip } : {}) });
      expect(result.ok === false && result.error.code).toBe("damaged");
    }
  });
});
