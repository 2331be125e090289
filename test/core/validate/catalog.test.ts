import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../../src/core/i18n/en";
import { formatFigure, formatPercent } from "../../../src/core/i18n/format-number";
import { vi } from "../../../src/core/i18n/vi";
import { builtinTemplate, parseTemplate } from "../../../src/core/template/load-template";
import type { Template } from "../../../src/core/template/schema";
import type { Unit } from "../../../src/core/units/unit";
import { validateAll, validateReport, type Finding } from "../../../src/core/validate";
import {
  economyOffice,
  financeOffice,
  previousReport,
  rawReport,
  ward,
  type RawReportOptions,
} from "../../builders/raw-report";

/** Every finding the corpus and a few template-specific cases produce. */
function everyFinding(): Finding[] {
  const dir = join(import.meta.dirname, "../../corpus");
  const units: Record<string, Unit> = { ward, tckh: financeOffice, kt: economyOffice };
  const out: Finding[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const spec = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
      unit: string;
      report: RawReportOptions;
      previous?: { cumulative: Record<string, number> };
    };
    const unit = units[spec.unit]!;
    const previous = spec.previous
      ? previousReport({ unit, cumulative: spec.previous.cumulative })
      : undefined;
    out.push(
      ...validateReport(rawReport({ ...spec.report, unit }), {
        template: builtinTemplate,
        unit,
        expectedPeriod: "2024-10",
        ...(previous ? { previous } : {}),
      }).findings,
    );
  }
  // What only a template of one's own, or many units, can produce.
  const json = structuredClone(builtinTemplate);
  json.columns = json.columns.filter((c) => c.key !== "estimate");
  const an07 = json.indicators.find((i) => i.code === "AN07")!;
  an07.min = 1;
  an07.max = 1;
  json.rules.push({
    id: "one",
    type: "one-or-other",
    severity: "warning",
    missing: "skip",
    codes: ["AN01", "AN02"],
    columns: ["estimate", "actual"],
    exclusive: true,
  });
  const parsed = parseTemplate(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const template: Template = parsed.template;
  const custom = rawReport({
    template,
    cells: { AN07: { actual: 0, cumulative: 2 }, AN01: { actual: 1, estimate: 3 } },
  });
  out.push(...validateReport(custom, { template, unit: ward, expectedPeriod: "2024-10" }).findings);
  const none = rawReport({ template, cells: { AN01: { actual: null }, AN02: { actual: null } } });
  out.push(...validateReport(none, { template, unit: ward, expectedPeriod: "2024-10" }).findings);
  out.push(
    ...validateAll([rawReport({ unitId: "xa-la" })], {
      template: builtinTemplate,
      units: [ward],
      expectedPeriod: "2024-10",
    }).findings,
  );
  return out;
}

describe("message catalogs", () => {
  const findings = everyFinding();
  const used = new Set(findings.map((f) => f.messageKey));

  it("hold the same keys in Vietnamese and English", () => {
    expect(Object.keys(vi.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(Object.keys(vi.location).sort()).toEqual(Object.keys(en.location).sort());
  });

  it("have every key the validation uses, in both languages", () => {
    for (const key of used) {
      expect(vi.messages).toHaveProperty(key);
      expect(en.messages).toHaveProperty(key);
    }
  });

  it("have no key that nothing uses", () => {
    expect(Object.keys(en.messages).filter((key) => !used.has(key as never))).toEqual([]);
  });

  it("render every finding as a readable sentence in each language", () => {
    for (const f of findings) {
      for (const text of [f.message.vi, f.message.en]) {
        expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
        expect(text.trim()).toMatch(/[.!?]$/);
      }
      expect(f.message.vi).not.toBe(f.message.en);
    }
  });
});

describe("figures in messages", () => {
  it("writes Vietnamese figures with '.' thousands and ',' decimals, English the other way", () => {
    expect(formatFigure(1592.5, "vi")).toBe("1.592,5");
    expect(formatFigure(1592.5, "en")).toBe("1,592.5");
    expect(formatFigure(2_345_678, "vi")).toBe("2.345.678");
    expect(formatFigure(-1, "vi")).toBe("-1");
    expect(formatFigure(0.1 + 0.2, "vi")).toBe("0,3");
    expect(formatFigure(1e15, "vi")).toBe("1.000.000.000.000.000");
  });

  it("writes percentages with at most two decimals and no trailing zeros", () => {
    expect(formatPercent(41.3, "vi")).toBe("41,3%");
    expect(formatPercent(7.254, "vi")).toBe("7,25%");
    expect(formatPercent(100, "en")).toBe("100%");
    // 118 / 40 = 2.95 -> 295%.
    expect(formatPercent((118 / 40) * 100, "vi")).toBe("295%");
  });
});
