/**
 * LibreOffice as the independent oracle: it opens the workbook we wrote and filled, saves its
 * own .xlsx, and we read that back. This test needs soffice (scripts/install-system.sh) and
 * fails, naming the program, when it is missing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { builtinTemplate } from "../../src/core/template/load-template";
import { parseUnitSheet } from "../../src/core/sheets/parse-unit-sheet";
import type { RawUnitReport } from "../../src/core/report/unit-report";
import { readWorkbook, type ReadWorkbookResult } from "../../src/xlsx";
import { LibreOfficeMissingError, convertWithLibreOffice } from "./libreoffice";
import { TYPED, filledKhuongMai } from "./unit-workbook";

const LO_TIMEOUT = 180_000;

function figure(report: RawUnitReport, code: string, key: string) {
  return report.rows.find((r) => r.code === code)?.cells[key as "actual"]?.value;
}

describe("a unit workbook saved again by LibreOffice", () => {
  let read: Extract<ReadWorkbookResult, { ok: true }>;

  beforeAll(async () => {
    const saved = await convertWithLibreOffice(await filledKhuongMai(), "khuong-mai.xlsx");
    const result = await readWorkbook(saved, { fileName: "khuong-mai.xlsx" });
    if (!result.ok) throw new Error(`LibreOffice's file could not be read: ${result.error.en}`);
    read = result;
  }, LO_TIMEOUT);

  it("still parses to the figures the clerk typed", () => {
    const sheet = read.sheets.find((s) => s.name === "Phường Khương Mai")!;
    const parsed = parseUnitSheet(sheet, { template: builtinTemplate, workbookMetadata: read.metadata });
    if (!parsed.ok) throw new Error(parsed.problem.en);
    const { report } = parsed;
    for (const [code, figures] of Object.entries(TYPED))
      for (const [key, value] of Object.entries(figures))
        expect(figure(report, code, key), `${code}.${key}`).toEqual(
          typeof value === "number" ? { kind: "number", value } : { kind: "text", text: value },
        );
    expect(figure(report, "DT03", "last_year")).toEqual({ kind: "number", value: 80 });
    expect(figure(report, "AN01", "plan")).toEqual({ kind: "number", value: 62 });
    expect(report).toMatchObject({
      unitId: "khuong-mai",
      period: "2024-10",
      submittedAt: "2024-11-04",
      reporter: { name: "Nguyễn Thị Lan", phone: "0912345678" },
    });
    expect(parsed.problems).toEqual([]);
  });

  it("keeps the key row, the workbook's custom properties and the sheet's metadata", () => {
    const sheet = read.sheets.find((s) => s.name === "Phường Khương Mai")!;
    expect(sheet.values[10]).toEqual(KEYS);
    const identity = {
      template_id: "tonghop-standard",
      template_version: "1.0.0",
      unit_id: "khuong-mai",
      period: "2024-10",
    };
    expect(read.metadata).toMatchObject(identity);
    expect(sheet.metadata).toMatchObject(identity);
  });

  it("parses from the hidden identity row when the metadata is gone", () => {
    const sheet = read.sheets.find((s) => s.name === "Phường Khương Mai")!;
    const parsed = parseUnitSheet({ ...sheet, metadata: {} }, { template: builtinTemplate });
    expect(parsed.ok && parsed.report.unitId).toBe("khuong-mai");
    expect(parsed.ok && figure(parsed.report, "HC03", "cumulative")).toEqual({
      kind: "number",
      value: 13902,
    });
  });
});

const KEYS = [
  "no",
  "code",
  "name",
  "uom",
  "plan",
  "plan2",
  "actual",
  "cumulative",
  "last_year",
  "estimate",
  "note",
];

describe("the LibreOffice helper", () => {
  it("fails with a message naming soffice when LibreOffice is not installed", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(convertWithLibreOffice(Buffer.from("x"), "x.xlsx")).rejects.toThrow(
        LibreOfficeMissingError,
      );
      await expect(convertWithLibreOffice(Buffer.from("x"), "x.xlsx")).rejects.toThrow(
        /the program `soffice`\) is not installed/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
