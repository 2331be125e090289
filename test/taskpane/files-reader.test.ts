/**
 * The task pane reads a unit's file with src/xlsx's own reader (read-bytes.ts), not a copy:
 * the same door every untrusted file crosses in Node. These tests prove the reader is fit for
 * a browser: bundled for one it pulls in no node:* module and not the Node unzip, and run
 * where there is no Buffer, process or require it gives what the Node reader gives.
 */
import { join } from "node:path";
import { runInContext, createContext } from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { readWorkbookBytes } from "../../src/taskpane/files/xlsx-browser";
import { readWorkbook } from "../../src/xlsx";
import { filledKhuongMai } from "../xlsx/unit-workbook";

const READER = join(import.meta.dirname, "../../src/xlsx/read-bytes.ts");

async function browserBundle() {
  return build({
    entryPoints: [READER],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "reader",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
}

/** JSON text, so results from another realm (and their dates) compare as plain data. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("the task pane's .xlsx reader", () => {
  it("bundles for a browser with no node: module, no Node unzip and no ExcelJS", async () => {
    const { metafile } = await browserBundle();
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((path) => path.endsWith("src/xlsx/read-bytes.ts"))).toBe(true);
    expect(
      inputs.filter((path) => /^node:|read\/zip-parts|open-package|read-workbook\.ts|exceljs/.test(path)),
    ).toEqual([]);
  });

  it("reads a filled unit workbook where there is no Buffer, process or require, as the Node reader does", async () => {
    const code = (await browserBundle()).outputFiles[0]!.text;
    // What a browser's window offers the reader: timers, text decoding, `self`; nothing of Node.
    const page = createContext({ TextDecoder, setTimeout, clearTimeout });
    runInContext("globalThis.self = globalThis;", page);
    runInContext(code, page);
    expect(runInContext("typeof Buffer + typeof process + typeof require", page)).toBe(
      "undefinedundefinedundefined",
    );
    const bytes = await filledKhuongMai();
    page.input = [...bytes];
    const read = (await runInContext(
      'reader.readWorkbookBytes(new Uint8Array(input), { fileName: "khuong-mai.xlsx" }).then(JSON.stringify)',
      page,
    )) as string;
    const node = await readWorkbook(bytes, { fileName: "khuong-mai.xlsx" });
    expect(node.ok).toBe(true);
    expect(JSON.parse(read)).toEqual(asJson(node));
  });

  it("is what the pane's files door calls, with the picked file's name in its messages", async () => {
    const bytes = new Uint8Array(await filledKhuongMai());
    expect(await readWorkbookBytes(bytes, "khuong-mai.xlsx")).toEqual(
      await readWorkbook(bytes, { fileName: "khuong-mai.xlsx" }),
    );
    expect(await readWorkbookBytes(new TextEncoder().encode("hello"), "notes.txt")).toEqual({
      ok: false,
      error: {
        code: "not-xlsx",
        vi: 'Tệp "notes.txt" không phải tệp Excel .xlsx (đây là tệp văn bản, ví dụ CSV).',
        en: 'The file "notes.txt" is not an Excel .xlsx file (it is a text file, such as CSV).',
      },
    });
  });
});
