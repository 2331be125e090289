import { describe, expect, it } from "vitest";
import { builtinTemplate, parseTemplate } from "../../../src/core/template/load-template";
import type { Template, TemplateInput } from "../../../src/core/template/schema";
import { validateReport, ValidateMisuseError, type Finding } from "../../../src/core/validate";
import { financeOffice, previousReport, rawReport, ward, type CellsByCode } from "../../builders/raw-report";

const ctx = { template: builtinTemplate, unit: ward, expectedPeriod: "2024-10" };
const check = (
  cells: CellsByCode,
  extra: Partial<typeof ctx> & { previous?: ReturnType<typeof previousReport> } = {},
) => validateReport(rawReport({ cells, ...(extra.unit ? { unit: extra.unit } : {}) }), { ...ctx, ...extra });
const brief = (f: Finding) => [f.rule, f.severity, f.code, f.column];

describe("compare (HC03 <= HC02 <= HC01)", () => {
  it("says, in the clerk's words, that on-time files exceed resolved files", () => {
    // Cumulative HC03 1,250 > HC02 1,180. Last year blanked so the same-period bound stays quiet.
    const { findings } = check({
      HC03: { cumulative: 1250, last_year: null },
      HC02: { cumulative: 1180, last_year: null },
    });
    expect(findings.map(brief)).toEqual([["hc.on-time-within-resolved", "error", "HC03", "cumulative"]]);
    expect(findings[0]!.address).toBe("H35");
    expect(findings[0]!.message.vi).toBe(
      "Ô H35 (Lũy kế từ đầu năm, HC03): hồ sơ giải quyết đúng hạn 1.250 lớn hơn hồ sơ thủ tục hành chính đã giải quyết 1.180 (số hồ sơ đúng hạn phải nhỏ hơn hoặc bằng số hồ sơ đã giải quyết).",
    );
    expect(findings[0]!.message.en).toBe(
      "Cell H35 (Cumulative year to date, HC03): files resolved on time 1,250 is greater than administrative-procedure files resolved 1,180 (files resolved on time cannot exceed files resolved).",
    );
    expect(findings[0]!.params).toMatchObject({ leftValue: 1250, rightValue: 1180, relation: ">" });
  });

  it("checks each declared column on its own: resolved above received this period only", () => {
    // Actual HC02 1,300 > HC01 1,250; cumulative 11,960 <= 12,340 is fine.
    const { findings } = check({ HC02: { actual: 1300 } });
    expect(findings.map(brief)).toEqual([["hc.resolved-within-received", "error", "HC02", "actual"]]);
  });

  it("allows equality for <=", () => {
    expect(check({ HC03: { actual: 1180 } }).findings).toEqual([]);
  });

  it("stays silent when an operand is blank (skip) or broken (it has its own finding)", () => {
    expect(check({ HC02: { cumulative: null } }).findings.map(brief)).toEqual([
      ["cell.required", "error", "HC02", "cumulative"],
    ]);
    expect(check({ HC02: { cumulative: "11.960" } }).findings.map(brief)).toEqual([
      ["cell.text", "error", "HC02", "cumulative"],
    ]);
  });
});

describe("both or neither (fines only with fined cases)", () => {
  it("flags fines without cases at the fine", () => {
    const { findings } = check({ AN04: { actual: 0 } });
    expect(findings.map(brief)).toEqual([["an.fire-fines", "error", "AN05", "actual"]]);
    expect(findings[0]!.message.vi).toBe(
      "Ô G43 (Thực hiện trong kỳ, AN05): tiền phạt vi phạm phòng cháy chữa cháy là 6 nhưng trường hợp vi phạm phòng cháy chữa cháy bị xử phạt bằng 0 hoặc để trống; hai số này phải cùng có hoặc cùng không.",
    );
  });

  it("flags cases without fines at the cases", () => {
    expect(check({ XH09: { actual: 0 } }).findings.map(brief)).toEqual([
      ["xh.food-fines", "error", "XH08", "actual"],
    ]);
  });

  it("accepts both zero", () => {
    expect(check({ DT03: { actual: 0 }, DT04: { actual: 0 } }).findings).toEqual([]);
  });

  it("is not run for indicators the unit does not report (a ward has no KT05/KT06)", () => {
    expect(check({}).findings).toEqual([]);
  });
});

describe("cumulative rules", () => {
  it("flags a cumulative below this period's actual", () => {
    const { findings } = check({ XH07: { actual: 140 } });
    expect(findings.map(brief)).toEqual([["cumulative.at-least-actual", "error", "XH07", "cumulative"]]);
  });

  it("flags a cumulative below last month's when the previous report is given", () => {
    // Previous HC01 cumulative 12,500 > this month's 12,340.
    const previous = previousReport({ cumulative: { HC01: 12_500 } });
    const { findings } = check({}, { previous });
    expect(findings.map(brief)).toEqual([["cumulative.not-below-previous", "error", "HC01", "cumulative"]]);
    expect(findings[0]!.message.vi).toBe(
      "Ô H33 (Lũy kế từ đầu năm, HC01): lũy kế 12.340 nhỏ hơn lũy kế 12.500 đã báo cáo kỳ 2024-09; lũy kế không thể giảm trong năm.",
    );
  });

  it("accepts a cumulative equal to last month's, and says nothing without a previous report", () => {
    expect(check({}, { previous: previousReport({ cumulative: { HC01: 12_340 } }) }).findings).toEqual([]);
    expect(check({ HC01: { cumulative: 1 } }).findings.map((f) => f.rule)).not.toContain(
      "cumulative.not-below-previous",
    );
  });

  it("refuses a previous report of another unit: a caller's mistake", () => {
    const previous = previousReport({ unit: financeOffice });
    expect(() => check({}, { previous })).toThrow(ValidateMisuseError);
  });
});

describe("same period last year", () => {
  it("warns of a jump above 200% without a note", () => {
    // DT03: 118 / 40 = 295%.
    const { findings } = check({ DT03: { last_year: 40 } });
    expect(findings.map(brief)).toEqual([["same-period.bound", "warning", "DT03", "cumulative"]]);
    expect(findings[0]!.message.vi).toBe(
      "Ô H20 (Lũy kế từ đầu năm, DT03): lũy kế 118 bằng 295% cùng kỳ năm trước (40), ngoài khoảng 50% - 200%; nếu số liệu đúng, hãy ghi lý do ở cột Ghi chú.",
    );
  });

  it("accepts the jump when the unit wrote a note", () => {
    expect(check({ DT03: { last_year: 40, note: "Ra quân xử lý theo chuyên đề" } }).findings).toEqual([]);
  });

  it("warns of a drop below 50%, including stock indicators", () => {
    // XH10: 20 / 51 = 39.2%.
    expect(check({ XH10: { cumulative: 20 } }).findings.map(brief)).toEqual([
      ["same-period.bound", "warning", "XH10", "cumulative"],
    ]);
  });

  it("accepts the bounds themselves (exactly 50% and 200%)", () => {
    expect(check({ DT05: { cumulative: 24 }, AN07: { cumulative: 1 } }).findings).toEqual([]);
  });

  it("gives no ratio, hence no warning, when last year was 0", () => {
    expect(check({ AN07: { last_year: 0 } }).findings).toEqual([]);
  });
});

/** A small template of our own, to show rules come from data. */
function customTemplate(rules: unknown[]): Template {
  const json: TemplateInput = {
    id: "test-template",
    version: "1",
    title: { vi: "Mẫu thử", en: "Test template" },
    groups: [{ id: "G", name: { vi: "Nhóm", en: "Group" } }],
    columns: [
      { key: "code", header: { vi: "Mã", en: "Code" }, filledBy: "template" },
      { key: "actual", header: { vi: "Thực hiện", en: "Actual" }, filledBy: "unit" },
      { key: "cumulative", header: { vi: "Lũy kế", en: "Cumulative" }, filledBy: "unit" },
      { key: "last_year", header: { vi: "Cùng kỳ", en: "Last year" }, filledBy: "history" },
      { key: "note", header: { vi: "Ghi chú", en: "Note" }, filledBy: "unit" },
    ],
    indicators: ["A1", "A2", "A3", "T1"].map((code) => ({
      code,
      group: "G",
      name: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
      uom: { vi: "triệu đồng", en: "million VND" },
      kind: "flow",
      valueType: "money",
      reportedBy: { wards: true, offices: [] },
      required: [],
    })),
    rules: rules as TemplateInput["rules"],
  };
  const parsed = parseTemplate(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.template;
}

function checkCustom(template: Template, cells: CellsByCode) {
  return validateReport(rawReport({ template, cells }), { template, unit: ward, expectedPeriod: "2024-10" });
}

describe("rules declared by a template loaded from JSON", () => {
  const partsEqualTotal = customTemplate([
    {
      id: "parts",
      type: "compare",
      severity: "error",
      left: ["A1", "A2"],
      op: "==",
      right: ["T1"],
      columns: ["actual"],
      tolerance: 0.5,
    },
  ]);

  it("checks a sum of parts against a total, and points at the total", () => {
    // 10 + 20 = 30 but the total says 31.
    const { findings } = checkCustom(partsEqualTotal, {
      A1: { actual: 10 },
      A2: { actual: 20 },
      T1: { actual: 31 },
    });
    expect(findings.map(brief)).toEqual([["parts", "error", "T1", "actual"]]);
    expect(findings[0]!.message.vi).toBe("Ô G11 (Thực hiện, T1): tổng A1 + A2 30 khác chỉ tiêu T1 31.");
  });

  it("allows the declared tolerance and the rounding of money sums", () => {
    expect(
      checkCustom(partsEqualTotal, { A1: { actual: 10 }, A2: { actual: 20 }, T1: { actual: 30.5 } }).findings,
    ).toEqual([]);
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; it equals 0.3 here.
    const exact = customTemplate([
      {
        id: "p",
        type: "compare",
        severity: "error",
        left: ["A1", "A2"],
        op: "==",
        right: ["T1"],
        columns: ["actual"],
      },
    ]);
    expect(
      checkCustom(exact, { A1: { actual: 0.1 }, A2: { actual: 0.2 }, T1: { actual: 0.3 } }).findings,
    ).toEqual([]);
  });

  it("skips a rule whose figure is missing, or treats it as zero where the rule says so", () => {
    const skip = customTemplate([
      {
        id: "lt",
        type: "compare",
        severity: "error",
        left: ["A1"],
        op: "<",
        right: ["A2"],
        columns: ["actual"],
      },
    ]);
    const zero = customTemplate([
      {
        id: "lt",
        type: "compare",
        severity: "error",
        left: ["A1"],
        op: "<",
        right: ["A2"],
        columns: ["actual"],
        missing: "zero",
      },
    ]);
    expect(checkCustom(skip, { A1: { actual: 5 } }).findings).toEqual([]);
    // A2 blank counts as 0: 5 < 0 fails.
    expect(checkCustom(zero, { A1: { actual: 5 } }).findings.map(brief)).toEqual([
      ["lt", "error", "A1", "actual"],
    ]);
    // Strict: 5 < 5 fails too.
    expect(checkCustom(skip, { A1: { actual: 5 }, A2: { actual: 5 } }).findings.map((f) => f.rule)).toEqual([
      "lt",
    ]);
    // Neither figure reported: nothing to compare, even with "zero".
    expect(checkCustom(zero, { A3: { actual: 1 } }).findings).toEqual([]);
  });

  it("checks one-or-other, and exactly one when exclusive", () => {
    const one = customTemplate([
      { id: "one", type: "one-or-other", severity: "warning", codes: ["A1", "A2"], columns: ["actual"] },
    ]);
    const only = customTemplate([
      {
        id: "only",
        type: "one-or-other",
        severity: "error",
        codes: ["A1", "A2"],
        columns: ["actual"],
        exclusive: true,
      },
    ]);
    expect(checkCustom(one, { A3: { actual: 1 } }).findings.map(brief)).toEqual([
      ["one", "warning", "A1", "actual"],
    ]);
    expect(checkCustom(one, { A2: { actual: 0 } }).findings).toEqual([]);
    expect(checkCustom(only, { A1: { actual: 1 }, A2: { actual: 2 } }).findings.map(brief)).toEqual([
      ["only", "error", "A2", "actual"],
    ]);
  });

  it("applies per-indicator rules to the codes they name", () => {
    const template = customTemplate([
      { id: "cum", type: "cumulative-at-least-actual", severity: "error", codes: ["A2"] },
    ]);
    // A1 and A2 both have cumulative < actual; only A2 is named.
    const { findings } = checkCustom(template, {
      A1: { actual: 5, cumulative: 1 },
      A2: { actual: 5, cumulative: 1 },
    });
    expect(findings.map(brief)).toEqual([["cum", "error", "A2", "cumulative"]]);
  });

  it("uses the rule's own severity: a same-period bound as an error with no note exemption", () => {
    const template = customTemplate([
      { id: "bound", type: "same-period-bound", severity: "error", low: 80, high: 120, noteExempts: false },
    ]);
    // 100 / 50 = 200%, above 120%: an error, and the note does not excuse it.
    const { findings } = checkCustom(template, {
      A1: { actual: 1, cumulative: 100, last_year: 50, note: "đúng" },
    });
    expect(findings.map(brief)).toEqual([["bound", "error", "A1", "cumulative"]]);
    expect(findings[0]!.message.vi).toBe(
      "Ô H8 (Lũy kế, A1): lũy kế 100 bằng 200% cùng kỳ năm trước (50), ngoài khoảng 80% - 120%; hãy kiểm tra lại số liệu.",
    );
  });
});
