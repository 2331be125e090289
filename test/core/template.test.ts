import { describe, expect, it } from "vitest";
import builtinJson from "../../src/core/template/builtin-template.json";
import { builtinTemplate, parseTemplate, parseTemplateText } from "../../src/core/template/load-template";

describe("built-in template", () => {
  it("holds the whole catalog of 39 indicators (KT 6, NS 4, DT 5, XH 10, HC 6, AN 8) with their stable codes, in report order", () => {
    const codes = builtinTemplate.indicators.map((i) => i.code);
    expect(codes).toHaveLength(39);
    expect(codes.slice(0, 6)).toEqual(["KT01", "KT02", "KT03", "KT04", "KT05", "KT06"]);
    expect(codes).toContain("HC04");
    expect(codes.at(-1)).toBe("AN08");
    expect(builtinTemplate.groups.map((g) => g.id)).toEqual(["KT", "NS", "DT", "XH", "HC", "AN"]);
  });

  it("declares derived indicators as ratios of reported ones, never reported themselves", () => {
    const hc04 = builtinTemplate.indicators.find((i) => i.code === "HC04")!;
    expect(hc04.kind).toBe("derived");
    expect(hc04.derived).toEqual({ numerator: "HC03", denominator: "HC02", scale: 100 });
    expect(hc04.reportedBy).toBeUndefined();
  });

  it("says who reports: NS01 from the finance office, XH10 from wards, HC01 from everyone", () => {
    const by = (code: string) => builtinTemplate.indicators.find((i) => i.code === code)!.reportedBy;
    expect(by("NS01")).toEqual({ wards: false, offices: ["TCKH"] });
    expect(by("XH10")).toEqual({ wards: true, offices: [] });
    expect(by("HC01")).toEqual({ wards: true, offices: "all" });
  });

  it("names the plan the way the report does", () => {
    const ns01 = builtinTemplate.indicators.find((i) => i.code === "NS01")!;
    expect(ns01.plans.plan?.vi).toBe("dự toán thành phố giao");
    expect(ns01.plans.plan2?.vi).toBe("dự toán HĐND giao");
    const withPlan = builtinTemplate.indicators.filter((i) => i.plans.plan).map((i) => i.code);
    expect(withPlan).toEqual(["KT01", "KT04", "NS01", "NS02", "NS03", "NS04", "XH04", "AN01", "AN02"]);
  });
});

describe("a template loaded from JSON", () => {
  const clone = () => JSON.parse(JSON.stringify(builtinJson)) as Record<string, any>;

  it("is accepted when it is the built-in one", () => {
    expect(parseTemplate(clone()).ok).toBe(true);
  });

  it("lists every schema problem with its path in both languages", () => {
    const bad = clone();
    bad.indicators[2].kind = "average";
    delete bad.indicators[5].name;
    const result = parseTemplate(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain("indicators[2].kind");
    expect(paths).toContain("indicators[5].name");
    const missing = result.problems.find((p) => p.path === "indicators[5].name")!;
    expect(missing.vi).toBe("Tại indicators[5].name: thiếu trường bắt buộc.");
    expect(missing.en).toBe("At indicators[5].name: a required field is missing.");
  });

  it("catches what the schema cannot: repeated codes, unknown groups, unknown operands and rule codes", () => {
    const bad = clone();
    bad.indicators[1].code = "KT01";
    bad.indicators[3].group = "ZZ";
    bad.indicators[2].derived.denominator = "KT99";
    bad.rules[0].left = ["HC33"];
    const result = parseTemplate(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const en = result.problems.map((p) => p.en);
    expect(en).toContain("At indicators[1].code: code KT01 is repeated.");
    expect(en).toContain("At indicators[3].group: group ZZ is not among the groups.");
    expect(en).toContain("At indicators[2].derived.denominator: code KT99 does not exist.");
    expect(en).toContain("At rules[0]: rule hc.on-time-within-resolved names unknown code HC33.");
  });

  it("reports text that is not JSON instead of throwing", () => {
    const result = parseTemplateText("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.vi).toMatch(/^Tệp mẫu biểu không phải JSON hợp lệ/);
  });
});
