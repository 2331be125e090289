import { describe, expect, it } from "vitest";
import { parsePlansCsv } from "../../../src/core/plans/plans-csv";
import { builtinTemplate } from "../../../src/core/template/load-template";
import type { Unit } from "../../../src/core/units/unit";

const units: Unit[] = [
  { id: "khuong-mai", name: "Phường Khương Mai", kind: "ward" },
  { id: "tckh", name: "Phòng Tài chính - Kế hoạch", kind: "office", office: "TCKH" },
];
const context = { template: builtinTemplate, units };

describe("parsePlansCsv", () => {
  it("reads unit plans by unit id and indicator code", () => {
    const { plans, problems } = parsePlansCsv(
      "unit,code,plan,plan2\ntckh,NS01,6000000,6200000\nkhuong-mai,XH04,480,\n",
      context,
    );
    expect(problems).toEqual([]);
    expect(plans.units).toEqual({
      tckh: { NS01: { plan: 6_000_000, plan2: 6_200_000 } },
      "khuong-mai": { XH04: { plan: 480 } },
    });
    expect(plans.level).toEqual({});
  });

  it("takes an empty unit or * as the consolidating level's own plan", () => {
    const { plans, problems } = parsePlansCsv(
      "unit,code,plan,plan2\n,NS01,7000000,\n*,KT04,1500,\n",
      context,
    );
    expect(problems).toEqual([]);
    expect(plans.level).toEqual({ NS01: { plan: 7_000_000 }, KT04: { plan: 1_500 } });
  });

  it("reads numbers written the Vietnamese way and Vietnamese headers", () => {
    // "6.000.000,5": "." groups thousands and "," marks decimals -> 6000000.5
    const { plans, problems } = parsePlansCsv(
      'đơn vị;mã chỉ tiêu;kế hoạch;kế hoạch 2\ntckh;NS01;6.000.000,5;"6.100.000"\n',
      context,
    );
    expect(problems).toEqual([]);
    expect(plans.units.tckh).toEqual({ NS01: { plan: 6_000_000.5, plan2: 6_100_000 } });
  });

  it("reports an unknown unit and an unknown code with their line and skips those rows", () => {
    const { plans, problems } = parsePlansCsv(
      "unit,code,plan,plan2\nnowhere,NS01,1,\ntckh,ZZ99,1,\ntckh,NS02,5,\n",
      context,
    );
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [2, "error"],
      [3, "error"],
    ]);
    expect(problems[0]!.en).toContain("nowhere");
    expect(problems[0]!.vi).toContain("nowhere");
    expect(problems[1]!.en).toContain("ZZ99");
    expect(plans.units).toEqual({ tckh: { NS02: { plan: 5 } } });
  });

  it("refuses a plan that is not a number, a negative plan and a row without any plan", () => {
    const { plans, problems } = parsePlansCsv(
      "unit,code,plan,plan2\ntckh,NS01,nhiều,\ntckh,NS02,-5,\ntckh,NS03,,\n",
      context,
    );
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems.every((p) => p.severity === "error")).toBe(true);
    expect(problems[0]!.vi).toContain("nhiều");
    expect(plans.units).toEqual({});
  });

  it("refuses the same unit and code twice, keeping the first", () => {
    const { plans, problems } = parsePlansCsv("unit,code,plan,plan2\ntckh,NS01,1,\ntckh,NS01,2,\n", context);
    expect(problems.map((p) => p.line)).toEqual([3]);
    expect(plans.units.tckh).toEqual({ NS01: { plan: 1 } });
  });

  it("refuses a plan for an indicator the template gives no plan", () => {
    // DT03 (urban-order cases) carries no plan in the built-in template.
    const { problems } = parsePlansCsv("unit,code,plan,plan2\nkhuong-mai,DT03,10,\n", context);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.en).toContain("DT03");
  });

  it("says which header is missing, and that an empty file is empty", () => {
    expect(parsePlansCsv("unit,plan\nx,1\n").problems.map((p) => [p.line, p.severity])).toEqual([
      [1, "error"],
    ]);
    expect(parsePlansCsv("unit,plan\nx,1\n").problems[0]!.en).toContain("code");
    expect(parsePlansCsv("").problems[0]!.line).toBe(0);
  });

  it("accepts any unit and code when no template or units are given", () => {
    const { plans, problems } = parsePlansCsv("unit,code,plan,plan2\nanyone,X1,3,4\n");
    expect(problems).toEqual([]);
    expect(plans.units).toEqual({ anyone: { X1: { plan: 3, plan2: 4 } } });
  });

  it("never throws on hostile text", () => {
    for (const text of ["\u0000\u0001", '"""', "unit,code\n\n\n", "\uFEFFunit,code,plan\n,,,,,,\n"])
      expect(() => parsePlansCsv(text, context)).not.toThrow();
  });
});
