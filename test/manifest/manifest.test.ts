import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkManifest, formatProblem } from "../../scripts/validate-manifest.mjs";

const root = join(import.meta.dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** Replaces exactly one occurrence, so a variant changes what the test says it changes. */
function variant(from: string, to: string): string {
  const at = manifest.indexOf(from);
  expect(at, `"${from}" occurs in manifest.xml`).toBeGreaterThanOrEqual(0);
  expect(manifest.indexOf(from, at + 1), `"${from}" occurs once`).toBe(-1);
  return manifest.slice(0, at) + to + manifest.slice(at + from.length);
}

/** 1-based line of the first line containing needle. */
function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  expect(index, `"${needle}" found`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

async function problemsOf(xml: string) {
  return (await checkManifest(xml, { rootDir: root })).problems;
}

describe("manifest validation (XSD + the add-in's own rules)", () => {
  it("accepts the project's manifest.xml with no problem", async () => {
    expect(await problemsOf(manifest)).toEqual([]);
  });

  it("declares Excel only, ExcelApi 1.8 as the minimum and a Vietnamese display name", () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(manifest).toContain('<Override Locale="vi-VN" Value="Tổng hợp báo cáo"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    // Open panel, Check sheet and Consolidate (issue 6): one task pane button, two functions.
    expect(manifest.match(/<Control xsi:type="Button"/g)).toHaveLength(3);
    expect(manifest.match(/<Action xsi:type="ExecuteFunction">/g)).toHaveLength(2);
    expect(manifest).toContain('<FunctionFile resid="Tonghop.Commands.Url"/>');
  });

  it("rejects an http URL, naming the line and the URL", async () => {
    const xml = variant(
      'DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'DefaultValue="http://localhost:3000/assets/icon-16.png"',
    );
    expect(await problemsOf(xml)).toEqual([
      {
        line: lineOf(xml, '<bt:Image id="Tonghop.Icon.16"'),
        message: "<bt:Image> URL must use https: http://localhost:3000/assets/icon-16.png",
      },
    ]);
  });

  it("rejects a URL on a second host, naming both origins", async () => {
    const xml = variant(
      '<bt:Url id="Tonghop.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Tonghop.Taskpane.Url" DefaultValue="https://baocao.example.vn/taskpane.html"/>',
    );
    const problems = await problemsOf(xml);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(lineOf(xml, '<bt:Url id="Tonghop.Taskpane.Url"'));
    expect(problems[0]!.message).toContain("second origin https://baocao.example.vn");
    expect(problems[0]!.message).toContain("the manifest's origin is https://localhost:3000");
  });

  it("counts the port as part of the origin (localhost:3001 is a second origin)", async () => {
    const xml = variant(
      '<bt:Url id="Tonghop.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Tonghop.Taskpane.Url" DefaultValue="https://localhost:3001/taskpane.html"/>',
    );
    const problems = await problemsOf(xml);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining("second origin https://localhost:3001"),
    ]);
  });

  it("rejects an icon URL whose file is missing from assets/", async () => {
    const xml = variant(
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-65.png"/>',
    );
    expect(await problemsOf(xml)).toEqual([
      {
        line: lineOf(xml, "<HighResolutionIconUrl"),
        message: "icon file assets/icon-65.png is missing (for https://localhost:3000/assets/icon-65.png)",
      },
    ]);
  });

  it("rejects an icon served from outside assets/", async () => {
    const xml = variant(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/icon-32.png"/>',
    );
    expect(await problemsOf(xml)).toEqual([
      {
        line: lineOf(xml, "<IconUrl"),
        message: "icon URL https://localhost:3000/icon-32.png must point into assets/",
      },
    ]);
  });

  it("rejects an element out of schema order (Permissions before DefaultSettings)", async () => {
    const moved = manifest
      .replace("  <Permissions>ReadWriteDocument</Permissions>\n", "")
      .replace("  <DefaultSettings>", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>");
    const problems = await problemsOf(moved);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(lineOf(moved, "<Permissions>"));
    expect(problems[0]!.message).toMatch(
      /^schema: Element '\{[^}]+\}Permissions': This element is not expected/,
    );
    expect(problems[0]!.message).toContain("DefaultSettings");
  });

  it("rejects a resid that no resource declares", async () => {
    const xml = variant(
      '<Description resid="Tonghop.OpenPanel.Tip"/>',
      '<Description resid="Tonghop.Missing.Tip"/>',
    );
    expect(await problemsOf(xml)).toEqual([
      {
        line: lineOf(xml, "Tonghop.Missing.Tip"),
        message: 'resid "Tonghop.Missing.Tip" is not declared under <Resources>',
      },
    ]);
  });

  it("formats a problem as file:line: message", () => {
    expect(formatProblem("manifest.xml", { line: 7, message: "boom" })).toBe("manifest.xml:7: boom");
    expect(formatProblem("manifest.xml", { line: null, message: "boom" })).toBe("manifest.xml: boom");
  });
});

describe("validate-manifest command line", () => {
  const work = mkdtempSync(join(tmpdir(), "tonghop-manifest-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const script = join(root, "scripts", "validate-manifest.mjs");

  function run(file: string): { status: number; output: string } {
    try {
      const stdout = execFileSync(process.execPath, [script, file, "--root", root], {
        encoding: "utf8",
        stdio: "pipe",
      });
      return { status: 0, output: stdout };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, output: failed.stdout + failed.stderr };
    }
  }

  it("exits 0 on the project's manifest", () => {
    expect(run(join(root, "manifest.xml")).status).toBe(0);
  });

  it("exits non-zero and prints a located message on a bad manifest", () => {
    const file = join(work, "bad.xml");
    writeFileSync(
      file,
      variant("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadAll</Permissions>"),
    );
    const { status, output } = run(file);
    expect(status).toBe(1);
    expect(output).toContain(`${file}:${lineOf(manifest, "<Permissions>")}: schema:`);
  });
});
