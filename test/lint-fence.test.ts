import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ESLint } from "eslint";
import type { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
// eslint.config.js is plain JavaScript with no declaration file, so a static import would
// be an implicit `any` under strict TypeScript; import it by URL and name the one export used.
const { coreFence } = (await import(pathToFileURL(join(root, "eslint.config.js")).href)) as {
  coreFence: Linter.Config;
};
const badText = readFileSync(join(root, "test", "lint-fence", "bad-core-import.ts"), "utf8");

/**
 * Lints the bad file's text as if it lived at `relativePath`, with nothing but the exported
 * core fence (and a TypeScript parser so the file parses): the fence alone must refuse it.
 */
async function lintAs(relativePath: string) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } }, coreFence],
  });
  const [result] = await eslint.lintText(badText, { filePath: join(root, relativePath) });
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

/** 1-based line of the bad file that contains needle. */
function lineOf(needle: string): number {
  return badText.split("\n").findIndex((line) => line.includes(needle)) + 1;
}

describe("the src/core lint fence (eslint.config.js coreFence)", () => {
  it("refuses imports of ExcelJS and React, and the window and Excel globals, in src/core", async () => {
    const messages = await lintAs("src/core/bad.ts");
    expect(messages).toEqual([
      {
        rule: "no-restricted-imports",
        line: lineOf('from "exceljs"'),
        message: expect.stringContaining("src/core must not import ExcelJS"),
      },
      {
        rule: "no-restricted-imports",
        line: lineOf('from "react"'),
        message: expect.stringContaining("src/core must not import React or Fluent UI."),
      },
      {
        rule: "no-restricted-globals",
        line: lineOf("window.innerWidth"),
        message: expect.stringContaining("src/core has no DOM."),
      },
      {
        rule: "no-restricted-globals",
        line: lineOf("Excel.run"),
        message: expect.stringContaining("src/core knows no Excel object."),
      },
    ]);
  });

  it("fences nested folders of src/core too", async () => {
    const rules = (await lintAs("src/core/template/deep/bad.ts")).map((m) => m.rule);
    expect(rules).toEqual([
      "no-restricted-imports",
      "no-restricted-imports",
      "no-restricted-globals",
      "no-restricted-globals",
    ]);
  });

  it("does not fence the same text outside src/core (a host adapter may use them)", async () => {
    expect(await lintAs("src/excel/bad.ts")).toEqual([]);
    expect(await lintAs("src/taskpane/bad.ts")).toEqual([]);
  });
});
