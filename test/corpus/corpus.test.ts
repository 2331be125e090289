/**
 * The bad-input corpus: every file here is a unit report with the exact findings it must
 * produce. Files are named bad.NN-what.json (must produce findings) or ok.NN-what.json
 * (must produce none); any other name, or a bad case with no expectation, fails loudly.
 * Each case is built from the default report (test/builders/raw-report.ts) changed only
 * where the case says, so the file shows just what is wrong.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../src/core/template/load-template";
import type { Unit } from "../../src/core/units/unit";
import { validateReport, type Finding } from "../../src/core/validate";
import {
  economyOffice,
  financeOffice,
  previousReport,
  rawReport,
  ward,
  type RawReportOptions,
} from "../builders/raw-report";

interface Expected {
  rule: string;
  unit: string;
  severity: string;
  code?: string;
  column?: string;
  suggestion?: number;
}

interface CorpusCase {
  description: string;
  unit: "ward" | "tckh" | "kt";
  report: Omit<RawReportOptions, "unit" | "template">;
  previous?: { cumulative: Record<string, number> };
  expect: Expected[];
}

const UNITS: Record<CorpusCase["unit"], Unit> = { ward, tckh: financeOffice, kt: economyOffice };
const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith(".json"))
  .sort();

function project(f: Finding): Expected {
  const out: Expected = { rule: f.rule, unit: f.unitId, severity: f.severity };
  if (f.code !== undefined) out.code = f.code;
  if (f.column !== undefined) out.column = f.column;
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  return out;
}

describe("the bad-input corpus", () => {
  it("holds at least 40 bad or odd reports", () => {
    expect(files.filter((f) => f.startsWith("bad.")).length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)("%s", (file) => {
    const kind = file.startsWith("bad.") ? "bad" : file.startsWith("ok.") ? "ok" : undefined;
    if (!kind) throw new Error(`${file}: corpus files are named bad.* or ok.*`);
    const spec = JSON.parse(readFileSync(join(here, file), "utf8")) as CorpusCase;
    if (!Array.isArray(spec.expect)) throw new Error(`${file}: no "expect" list`);
    if (kind === "bad" && spec.expect.length === 0)
      throw new Error(`${file}: a bad case must expect findings`);
    if (kind === "ok" && spec.expect.length > 0) throw new Error(`${file}: an ok case expects no findings`);

    const unit = UNITS[spec.unit];
    const raw = rawReport({ ...spec.report, unit });
    const before = structuredClone(raw);
    const previous = spec.previous
      ? previousReport({ unit, cumulative: spec.previous.cumulative })
      : undefined;

    const { findings } = validateReport(raw, {
      template: builtinTemplate,
      unit,
      expectedPeriod: "2024-10",
      ...(previous ? { previous } : {}),
    });

    expect(findings.map(project)).toEqual(spec.expect);
    expect(raw).toEqual(before);
    for (const f of findings) {
      expect(f.message.vi.length).toBeGreaterThan(10);
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(`${f.message.vi} ${f.message.en}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
