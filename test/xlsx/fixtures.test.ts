/**
 * The committed fixture files (test/fixtures/xlsx/README.md): good.* read and parse to the
 * typed figures, bad.* fail with their listed error; an unlisted bad file fails loudly.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../src/core/template/load-template";
import { parseUnitSheet } from "../../src/core/sheets/parse-unit-sheet";
import type { ReadErrorCode } from "../../src/xlsx";
import { readWorkbook } from "../../src/xlsx";
import { TYPED } from "./unit-workbook";

const DIR = join(import.meta.dirname, "../fixtures/xlsx");
const files = readdirSync(DIR).filter((name) => /^(good|bad)\./.test(name));

const BAD: Record<string, ReadErrorCode> = {
  "bad.legacy-excel-97.xls": "legacy-xls",
  "bad.truncated.xlsx": "damaged",
  "bad.csv-renamed.xlsx": "not-xlsx",
  "bad.pdf-renamed.xlsx": "not-xlsx",
  "bad.encrypted-synthetic.xlsx": "encrypted",
};

describe("fixture files", () => {
  it("are there: at least one good and every listed bad one", () => {
    expect(files.filter((f) => f.startsWith("good."))).not.toEqual([]);
    expect(files.filter((f) => f.startsWith("bad.")).sort()).toEqual(Object.keys(BAD).sort());
  });

  for (const name of files.filter((f) => f.startsWith("bad."))) {
    it(`${name} fails with ${BAD[name] ?? "(no expectation: add one)"}, naming the file`, async () => {
      const result = await readWorkbook(join(DIR, name));
      expect(BAD[name], `no expected error listed for ${name}`).toBeDefined();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(BAD[name]);
      expect(result.error.vi).toContain(`"${name}"`);
      expect(result.error.en).toContain(`"${name}"`);
    });
  }

  for (const name of files.filter((f) => f.startsWith("good."))) {
    it(`${name} parses to the figures typed into it`, async () => {
      const read = await readWorkbook(join(DIR, name));
      if (!read.ok) throw new Error(read.error.en);
      const parsed = parseUnitSheet(read.sheets[0]!, {
        template: builtinTemplate,
        workbookMetadata: read.metadata,
        fileName: name,
      });
      if (!parsed.ok) throw new Error(parsed.problem.en);
      const cells = Object.fromEntries(parsed.report.rows.map((r) => [r.code, r.cells]));
      expect(cells.DT03!.actual!.value).toEqual({ kind: "number", value: TYPED.DT03.actual });
      expect(cells.DT04!.cumulative!.value).toEqual({ kind: "number", value: 210.25 });
      expect(cells.DT04!.note!.value).toEqual({ kind: "text", text: "=1+1" });
      expect(cells.XH03!.actual!.value).toEqual({ kind: "text", text: "1.592,5" });
      expect(cells.HC02!.cumulative!.value).toEqual({ kind: "number", value: 14011 });
      expect(parsed.report).toMatchObject({
        unitId: "khuong-mai",
        period: "2024-10",
        source: { file: name },
      });
    });
  }
});
