import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/xlsx";
import { csvBytes, encryptedBytes, pdfBytes, truncated, zipWithoutWorkbook } from "./bad-input";
import { filledKhuongMai } from "./unit-workbook";

describe("reading a file that is not a readable .xlsx", () => {
  it("names a CSV renamed to .xlsx, and returns no sheet", async () => {
    expect(await readWorkbook(csvBytes(), { fileName: "phuong-ha-dinh.xlsx" })).toEqual({
      ok: false,
      error: {
        code: "not-xlsx",
        vi: 'Tệp "phuong-ha-dinh.xlsx" không phải tệp Excel .xlsx (đây là tệp văn bản, ví dụ CSV).',
        en: 'The file "phuong-ha-dinh.xlsx" is not an Excel .xlsx file (it is a text file, such as CSV).',
      },
    });
  });

  it("names a PDF renamed to .xlsx", async () => {
    const result = await readWorkbook(pdfBytes(), { fileName: "bao-cao.xlsx" });
    expect(result.ok === false && result.error.en).toBe(
      'The file "bao-cao.xlsx" is not an Excel .xlsx file (it is a PDF).',
    );
  });

  it("tells a password-protected workbook (encrypted compound file) apart", async () => {
    const result = await readWorkbook(encryptedBytes(), { fileName: "kim-giang.xlsx" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "encrypted",
        vi: 'Tệp "kim-giang.xlsx" được đặt mật khẩu mở tệp nên không đọc được. Hãy bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.',
        en: 'The file "kim-giang.xlsx" is password protected and cannot be read. Remove the password (File > Info > Protect Workbook) and send it again.',
      },
    });
  });

  it("calls a truncated download damaged", async () => {
    const result = await readWorkbook(truncated(await filledKhuongMai()), { fileName: "khuong-mai.xlsx" });
    expect(result.ok === false && result.error.code).toBe("damaged");
    expect(result.ok === false && result.error.vi).toMatch(
      /^Tệp "khuong-mai.xlsx" bị hỏng, không đọc được \(/,
    );
  });

  it("refuses a zip that holds no workbook", async () => {
    const result = await readWorkbook(await zipWithoutWorkbook(), { fileName: "to-trinh.xlsx" });
    expect(result.ok === false && result.error.code).toBe("not-xlsx");
  });

  it("refuses an empty file", async () => {
    expect(await readWorkbook(Buffer.alloc(0), { fileName: "rong.xlsx" })).toMatchObject({
      ok: false,
      error: { code: "empty", en: 'The file "rong.xlsx" is empty (0 bytes).' },
    });
  });

  it("refuses a file over the byte limit, with both sizes in the message", async () => {
    // 3000 bytes -> ceil(3000 / 1024) = 3 KB; limit 2048 bytes = 2 KB
    const result = await readWorkbook(Buffer.alloc(3000, 0x41), { fileName: "lon.xlsx", maxBytes: 2048 });
    expect(result.ok === false && result.error).toEqual({
      code: "too-large",
      vi: 'Tệp "lon.xlsx" quá lớn: 3 KB, giới hạn là 2 KB.',
      en: 'The file "lon.xlsx" is too large: 3 KB, the limit is 2 KB.',
    });
  });

  it("checks the size of a file on disk before reading it, and names it by its path's base name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tonghop-bad-"));
    const path = join(dir, "thanh-xuan-bac.xlsx");
    await writeFile(path, Buffer.alloc(3000, 0x41));
    const result = await readWorkbook(path, { maxBytes: 2048 });
    expect(result.ok === false && result.error.en).toBe(
      'The file "thanh-xuan-bac.xlsx" is too large: 3 KB, the limit is 2 KB.',
    );
    const missing = await readWorkbook(join(dir, "khong-co.xlsx"));
    expect(missing.ok === false && missing.error.code).toBe("unreadable");
    // A folder named like a workbook opens, and then cannot be read: unreadable, not a throw.
    const folder = join(dir, "thu-muc.xlsx");
    await mkdir(folder);
    const read = await readWorkbook(folder);
    expect(read.ok === false && read.error.code).toBe("unreadable");
    expect(read.ok === false && read.error.en).toContain("thu-muc.xlsx");
  });

  it("refuses a workbook with more cells than the limit, with the count in the message", async () => {
    // The unit sheet spans A1:K40 (the identity row reaches I, the table K): 40 x 11 = 440 cells;
    // the hidden metadata sheet is not counted.
    const result = await readWorkbook(await filledKhuongMai(), {
      fileName: "khuong-mai.xlsx",
      maxCells: 100,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "too-many-cells",
        vi: 'Tệp "khuong-mai.xlsx" có quá nhiều ô: 440 ô, giới hạn là 100 ô.',
        en: 'The file "khuong-mai.xlsx" has too many cells: 440, the limit is 100.',
      },
    });
  });
});
