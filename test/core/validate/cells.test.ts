import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../../src/core/template/load-template";
import type { Template } from "../../../src/core/template/schema";
import { validateReport, type Finding } from "../../../src/core/validate";
import { rawReport, ward, type CellsByCode } from "../../builders/raw-report";

const ctx = { template: builtinTemplate, unit: ward, expectedPeriod: "2024-10" };
const check = (cells: CellsByCode, template: Template = builtinTemplate) =>
  validateReport(rawReport({ cells, template }), { ...ctx, template });
const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  code: f.code,
  column: f.column,
  address: f.address,
});

// Sheet rows of the built-in template in the builder: the first indicator (KT01) on row 8,
// then KT 6 rows, NS 4, DT 5, XH 10, HC 6, AN 8, so DT03 (13th) is row 8 + 12 = 20,
// XH09 row 31, HC01 row 33, HC02 row 34, HC03 row 35, AN08 row 46.
// Columns: plan E, plan2 F, actual G, cumulative H, last_year I, estimate J, note K.

describe("figures typed as text", () => {
  it("flags '1.592,5' typed as text as an error and suggests 1592,5", () => {
    const { findings } = check({ XH09: { cumulative: "1.592,5", last_year: null } });
    expect(findings.map(brief)).toEqual([
      { rule: "cell.text", severity: "error", code: "XH09", column: "cumulative", address: "H31" },
    ]);
    expect(findings[0]!.suggestion).toBe(1592.5);
    expect(findings[0]!.seen).toEqual({ kind: "text", text: "1.592,5" });
    expect(findings[0]!.message.vi).toBe(
      'Ô H31 (Lũy kế từ đầu năm, XH09): ô có chữ "1.592,5" chứ không phải số; có thể là 1.592,5 triệu đồng. Hãy gõ lại dưới dạng số.',
    );
    expect(findings[0]!.message.en).toBe(
      'Cell H31 (Cumulative year to date, XH09): the cell holds the text "1.592,5", not a number; it may be 1,592.5 million VND. Type it again as a number.',
    );
  });

  it("reads money written in words, '2 tỷ 62 triệu', as 2062 triệu đồng", () => {
    // 2 tỷ = 2,000 triệu, + 62 triệu = 2,062 triệu.
    const { findings } = check({ XH09: { cumulative: "2 tỷ 62 triệu", last_year: null } });
    expect(findings.map((f) => [f.rule, f.suggestion])).toEqual([["cell.text", 2062]]);
  });

  it("suggests 12 for '  12 ' in a count: still text, still an error", () => {
    const { findings } = check({ AN08: { cumulative: "  12 ", last_year: null } });
    expect(findings.map((f) => [f.rule, f.severity, f.code, f.suggestion])).toEqual([
      ["cell.text", "error", "AN08", 12],
    ]);
  });

  it("gives no suggestion for text that holds no number ('n/a'), and says what to do", () => {
    const { findings } = check({ AN08: { actual: "n/a" } });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.rule).toBe("cell.text");
    expect(findings[0]!.suggestion).toBeUndefined();
    expect(findings[0]!.message.vi).toContain(
      'Ô G46 (Thực hiện trong kỳ, AN08): ô có chữ "n/a" chứ không phải số.',
    );
  });

  it("leaves a text cell out of the clean report (absent, not zero)", () => {
    const { report } = check({ HC01: { actual: "1.250" } });
    expect(report.values.HC01).toEqual({ cumulative: 12_340, last_year: 11_800 });
  });
});

describe("cells that are not numbers at all", () => {
  it.each(["#DIV/0!", "#REF!", "#N/A", "#VALUE!"])("names the Excel error %s", (error) => {
    const { findings } = check({ HC03: { actual: { error } } });
    expect(findings.map(brief)).toEqual([
      { rule: "cell.excel-error", severity: "error", code: "HC03", column: "actual", address: "G35" },
    ]);
    expect(findings[0]!.message.vi).toBe(
      `Ô G35 (Thực hiện trong kỳ, HC03): ô báo lỗi Excel ${error} thay vì số; hãy sửa công thức hoặc gõ số.`,
    );
  });

  it("flags TRUE/FALSE in a figure cell", () => {
    const { findings } = check({ AN06: { actual: true } });
    expect(findings.map((f) => [f.rule, f.code, f.column])).toEqual([["cell.boolean", "AN06", "actual"]]);
  });

  it("reads a formula the unit typed by its value, without a finding", () => {
    const { findings, report } = check({ HC01: { actual: { formula: "=G40+G41", value: 1250 } } });
    expect(findings).toEqual([]);
    expect(report.values.HC01?.actual).toBe(1250);
  });
});

describe("per-figure checks from the indicator's fields", () => {
  it("refuses a negative figure (minimum 0 by default)", () => {
    const { findings } = check({ AN08: { actual: -1 } });
    expect(findings.map(brief)).toEqual([
      { rule: "cell.min", severity: "error", code: "AN08", column: "actual", address: "G46" },
    ]);
    expect(findings[0]!.message.vi).toBe(
      "Ô G46 (Thực hiện trong kỳ, AN08): -1 là số âm; chỉ tiêu này không nhận số âm.",
    );
  });

  it("refuses a decimal in a count and accepts it in money", () => {
    const count = check({ HC01: { actual: 1250.5 } }).findings;
    expect(count.map((f) => [f.rule, f.code])).toEqual([["cell.whole-number", "HC01"]]);
    expect(count[0]!.message.vi).toBe(
      "Ô G33 (Thực hiện trong kỳ, HC01): 1.250,5 hồ sơ không phải số nguyên.",
    );
    expect(check({ XH09: { actual: 12.75 } }).findings).toEqual([]);
  });

  it("refuses a huge figure (1e15) as implausible, above the 1e12 sanity bound", () => {
    const { findings } = check({ XH01: { actual: 1e15 } });
    expect(findings.map((f) => [f.rule, f.severity, f.code, f.column])).toEqual([
      ["cell.implausible", "error", "XH01", "actual"],
    ]);
    expect(findings[0]!.message.vi).toContain("1.000.000.000.000.000 mũi là số quá lớn");
  });

  it("gives one finding per cell: a negative decimal in a count is reported as negative only", () => {
    expect(check({ AN08: { actual: -1.5 } }).findings.map((f) => f.rule)).toEqual(["cell.min"]);
  });

  it("applies a template's own minimum and maximum", () => {
    const template = structuredClone(builtinTemplate);
    const an08 = template.indicators.find((i) => i.code === "AN08")!;
    an08.min = 1;
    an08.max = 5;
    // 0.5 is below 1 (and not whole: the minimum is checked first, one finding per cell).
    expect(
      check({ AN08: { actual: 0.5, cumulative: 5 } }, template).findings.map((f) => f.messageKey),
    ).toEqual(["belowMin"]);
    expect(check({ AN08: { actual: 2, cumulative: 5 } }, template).findings).toEqual([]);
    expect(
      check({ AN08: { actual: 6, cumulative: 5 } }, template).findings.map((f) => [f.rule, f.column]),
    ).toEqual([
      ["cell.max", "actual"],
      // cumulative 5 < actual 6 is not raised: actual is broken and has its own finding.
    ]);
  });
});

describe("required cells", () => {
  it("flags a blank required cell", () => {
    const { findings } = check({ HC02: { cumulative: null } });
    expect(findings.map(brief)).toEqual([
      { rule: "cell.required", severity: "error", code: "HC02", column: "cumulative", address: "H34" },
    ]);
  });

  it("treats a cell of spaces only as blank", () => {
    const { findings } = check({ HC02: { actual: "   " } });
    expect(findings.map((f) => [f.rule, f.code, f.column])).toEqual([["cell.required", "HC02", "actual"]]);
  });

  it("says nothing about spaces in an optional cell", () => {
    expect(check({ HC02: { estimate: "  " } }).findings).toEqual([]);
  });
});

describe("figures in the wrong column", () => {
  it("does not count a plan for an indicator that has none", () => {
    const { findings, report } = check({ DT03: { plan: 100 } });
    expect(findings.map(brief)).toEqual([
      { rule: "cell.wrong-column", severity: "warning", code: "DT03", column: "plan", address: "E20" },
    ]);
    expect(report.values.DT03?.plan).toBeUndefined();
  });

  it("does not count a second plan where the indicator has only one (XH04)", () => {
    const { findings } = check({ XH04: { plan2: 400 } });
    expect(findings.map((f) => [f.rule, f.code, f.column])).toEqual([["cell.wrong-column", "XH04", "plan2"]]);
  });

  it("keeps the office's plan where the indicator has one", () => {
    expect(check({}).report.values.XH04?.plan).toBe(400);
  });

  it("warns of a number in the note column and keeps text notes", () => {
    const { findings, report } = check({ HC01: { note: 1250 }, HC02: { note: "  gồm hồ sơ trực tuyến " } });
    expect(findings.map((f) => [f.rule, f.severity, f.code, f.column])).toEqual([
      ["cell.note-number", "warning", "HC01", "note"],
    ]);
    expect(report.notes).toEqual({ HC02: "gồm hồ sơ trực tuyến" });
  });

  it("warns that a figure typed into a computed row (HC04) is not used", () => {
    const { findings } = check({ HC04: { actual: 95 } });
    expect(findings.map((f) => [f.rule, f.severity, f.code, f.column])).toEqual([
      ["cell.derived", "warning", "HC04", "actual"],
    ]);
  });
});
