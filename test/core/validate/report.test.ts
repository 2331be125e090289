import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { validateReport, type Finding } from "../../../src/core/validate";
import {
  DEFAULT_FIGURES,
  financeOffice,
  rawReport,
  ward,
  type RawReportOptions,
} from "../../builders/raw-report";

const ctx = { template: builtinTemplate, unit: ward, expectedPeriod: "2024-10" };
const check = (options: RawReportOptions, extra: Partial<typeof ctx> = {}) =>
  validateReport(rawReport(options), { ...ctx, ...extra });
const brief = (f: Finding) => [f.rule, f.severity, f.code, f.column];

describe("whether it is the report expected", () => {
  it("flags a report for another period, comparing codes after trimming", () => {
    expect(check({ period: "2024-09" }).findings.map(brief)).toEqual([
      ["report.other-period", "error", undefined, undefined],
    ]);
    expect(check({ period: " 2024-10 " }).findings).toEqual([]);
  });

  it("flags another template as an error and another version of ours as a warning", () => {
    expect(check({ templateId: "bieu-khac" }).findings.map(brief)).toEqual([
      ["report.other-template", "error", undefined, undefined],
    ]);
    const version = check({ templateVersion: "0.9.0" }).findings;
    expect(version.map(brief)).toEqual([["report.other-version", "warning", undefined, undefined]]);
    expect(version[0]!.message.vi).toBe(
      "Báo cáo lập theo phiên bản 0.9.0 của mẫu biểu, không phải 1.0.0; số liệu được đọc theo mã chỉ tiêu, hãy kiểm tra không thiếu chỉ tiêu nào.",
    );
  });

  it("flags a report naming another unit than the one it was received for", () => {
    expect(check({ unitId: "kim-giang" }).findings.map(brief)).toEqual([
      ["report.other-unit", "error", undefined, undefined],
    ]);
  });

  it("says once that a report holds no figures, not once per cell", () => {
    expect(check({ noRows: true }).findings.map(brief)).toEqual([
      ["report.empty", "error", undefined, undefined],
    ]);
    expect(check({ blank: true }).findings.map(brief)).toEqual([
      ["report.empty", "error", undefined, undefined],
    ]);
  });

  it("takes a sheet with only the office's plans and last year's figures as empty", () => {
    const untouched = check({
      blank: true,
      cells: { XH04: { plan: 400, last_year: 290 } },
    });
    expect(untouched.findings.map((f) => f.rule)).toEqual(["report.empty"]);
  });
});

describe("rows", () => {
  it("warns of an unknown code and leaves its figures out", () => {
    const { findings, report } = check({ extraRows: [{ code: "HC99", cells: { actual: 5 } }] });
    expect(findings.map(brief)).toEqual([["row.unknown-code", "warning", "HC99", undefined]]);
    expect(findings[0]!.row).toBe(47);
    expect(report.values.HC99).toBeUndefined();
  });

  it("reads the first of two rows with one code: a warning for a copy, an error when they differ", () => {
    const same = check({
      extraRows: [{ code: "HC01", cells: { ...DEFAULT_FIGURES.HC01, name: "Hồ sơ (chép lại)" } }],
    }).findings;
    expect(same.map(brief)).toEqual([["row.duplicate", "warning", "HC01", undefined]]);
    const differs = check({ extraRows: [{ code: "HC01", cells: { actual: 999, cumulative: 9999 } }] });
    expect(differs.findings.map(brief)).toEqual([["row.duplicate", "error", "HC01", undefined]]);
    expect(differs.findings[0]!.message.vi).toBe(
      "Dòng 47 (HC01): mã HC01 xuất hiện lần nữa (lần đầu ở dòng 33); chỉ dòng đầu tiên được đọc, và hai dòng có số liệu khác nhau.",
    );
    expect(differs.report.values.HC01?.actual).toBe(1250);
  });

  it("reads a code written with spaces or in lower case", () => {
    const raw = rawReport();
    raw.rows.find((r) => r.code === "HC01")!.code = " hc01 ";
    expect(validateReport(raw, ctx).findings).toEqual([]);
  });

  it("flags a row the unit must report that is not on the sheet", () => {
    const { findings } = check({ dropRows: ["HC02"] });
    // The HC rules naming HC02 stay silent: a missing figure skips them.
    expect(findings.map(brief)).toEqual([["row.missing", "error", "HC02", undefined]]);
  });

  it("warns when a unit fills a row another unit reports, and does not count it", () => {
    const { findings, report } = check({ cells: { NS01: { cumulative: 500 } } });
    expect(findings.map(brief)).toEqual([["row.not-expected", "warning", "NS01", undefined]]);
    expect(report.values.NS01).toBeUndefined();
  });

  it("without the unit, takes blank rows as not the unit's and checks the filled ones", () => {
    const raw = rawReport({ cells: { HC02: { cumulative: null } } });
    const { findings } = validateReport(raw, { template: builtinTemplate, expectedPeriod: "2024-10" });
    expect(findings.map(brief)).toEqual([["cell.required", "error", "HC02", "cumulative"]]);
  });
});

describe("the result", () => {
  it("returns the clean figures of every indicator the unit reports, and its notes", () => {
    const { report, blocking } = check({ cells: { DT03: { note: "Tăng do ra quân" } } });
    expect(blocking).toBe(false);
    expect(Object.keys(report.values)).toHaveLength(24);
    expect(report.values.XH10).toEqual({ cumulative: 42, last_year: 51 });
    expect(report.values.XH04).toEqual({ plan: 400, actual: 35, cumulative: 310, last_year: 290 });
    expect(report.notes).toEqual({ DT03: "Tăng do ra quân" });
    expect(report).toMatchObject({ unitId: "khuong-mai", period: "2024-10", templateId: "tonghop-standard" });
  });

  it("works for an office: the finance office reports the budget and HC rows", () => {
    const { findings, report } = check({ unit: financeOffice }, { unit: financeOffice });
    expect(findings).toEqual([]);
    expect(Object.keys(report.values)).toEqual([
      "KT04",
      "NS01",
      "NS02",
      "NS03",
      "NS04",
      "HC01",
      "HC02",
      "HC03",
    ]);
  });

  it("blocks on an error, not on a warning", () => {
    expect(check({ cells: { AN08: { actual: -1 } } }).blocking).toBe(true);
    expect(check({ cells: { DT03: { last_year: 40 } } }).blocking).toBe(false);
  });

  it("lists findings in sheet order: report first, then by row and column", () => {
    const { findings } = check({
      period: "2024-09",
      cells: {
        AN08: { actual: -1 },
        HC03: { cumulative: { error: "#N/A" }, actual: "x" },
        DT03: { cumulative: "118" },
      },
      dropRows: ["XH01"],
    });
    expect(findings.map((f) => [f.rule, f.code ?? "", f.column ?? ""])).toEqual([
      ["report.other-period", "", ""],
      ["cell.text", "DT03", "cumulative"],
      ["cell.text", "HC03", "actual"],
      ["cell.excel-error", "HC03", "cumulative"],
      ["cell.min", "AN08", "actual"],
      ["row.missing", "XH01", ""],
    ]);
  });

  it("gives identical findings for identical input and leaves the input as it was", () => {
    const raw = rawReport({
      cells: { HC03: { cumulative: "1.250" }, AN05: { actual: 0 }, DT03: { last_year: 1 } },
    });
    const before = structuredClone(raw);
    const first = validateReport(raw, ctx);
    const second = validateReport(raw, ctx);
    expect(second).toEqual(first);
    expect(raw).toEqual(before);
  });

  it("names the sheet in each finding when the report says which sheet it came from", () => {
    const { findings } = check({ sheet: "Khương Mai", cells: { AN08: { actual: -1 } } });
    expect(findings[0]!.sheet).toBe("Khương Mai");
  });
});
