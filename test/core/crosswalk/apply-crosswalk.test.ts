import { describe, expect, it } from "vitest";
import type { CrosswalkRow } from "../../../src/core/crosswalk";
import { applyCrosswalk, NOT_COMPARABLE } from "../../../src/core/crosswalk";
import { builtinTemplate } from "../../../src/core/template/load-template";

const row = (oldUnit: string, newUnit: string, share: CrosswalkRow["share"]): CrosswalkRow => ({
  oldUnit,
  newUnit,
  share,
});

describe("last year's figures on the new boundaries", () => {
  it("adds two merged wards (shares 1 and 1)", () => {
    const result = applyCrosswalk(
      { "khuong-mai": { XH07: 40, XH10: 120 }, "khuong-trung": { XH07: 35, XH10: 80 } },
      [row("khuong-mai", "khuong-dinh-moi", 1), row("khuong-trung", "khuong-dinh-moi", 1)],
      { codes: ["XH07", "XH10"] },
    );
    // XH07: 40 + 35 = 75; XH10 (stock): 120 + 80 = 200.
    expect(result.byNewUnit).toEqual({ "khuong-dinh-moi": { XH07: 75, XH10: 200 } });
    expect(result.notComparable).toEqual([]);
    expect(result.basis).toEqual({ vi: "so sánh theo địa giới mới", en: "compared on the new boundaries" });
  });

  it("splits a ward in two (0.6 / 0.4)", () => {
    const result = applyCrosswalk(
      { "nhan-chinh": { DT03: 250, DT04: 87.5 } },
      [row("nhan-chinh", "nhan-chinh-moi", 0.6), row("nhan-chinh", "yen-hoa-moi", 0.4)],
      { codes: ["DT03", "DT04"] },
    );
    // DT03: 0.6 x 250 = 150, 0.4 x 250 = 100. DT04: 0.6 x 87.5 = 52.5, 0.4 x 87.5 = 35.
    expect(result.byNewUnit["nhan-chinh-moi"]!.DT03).toBeCloseTo(150, 9);
    expect(result.byNewUnit["yen-hoa-moi"]!.DT03).toBeCloseTo(100, 9);
    expect(result.byNewUnit["nhan-chinh-moi"]!.DT04).toBeCloseTo(52.5, 9);
    expect(result.byNewUnit["yen-hoa-moi"]!.DT04).toBeCloseTo(35, 9);
  });

  it("moves part of a ward (old A -> new A 0.8 and new B 0.2; old B -> new B 1)", () => {
    const result = applyCrosswalk(
      { "old-a": { XH07: 50 }, "old-b": { XH07: 30 } },
      [row("old-a", "new-a", 0.8), row("old-a", "new-b", 0.2), row("old-b", "new-b", 1)],
      { codes: ["XH07"] },
    );
    // new A: 0.8 x 50 = 40. new B: 0.2 x 50 + 1 x 30 = 10 + 30 = 40.
    expect(result.byNewUnit["new-a"]!.XH07).toBeCloseTo(40, 9);
    expect(result.byNewUnit["new-b"]!.XH07).toBeCloseTo(40, 9);
  });

  it("gives null and a mark, never a partial figure, when one source is not comparable", () => {
    const result = applyCrosswalk(
      { "old-a": { XH07: 50 }, "old-b": { XH07: 30 } },
      [row("old-a", "new-a", 1), row("old-b", "new-a", NOT_COMPARABLE), row("old-b", "new-b", 0.5)],
      { codes: ["XH07"] },
    );
    expect(result.byNewUnit["new-a"]).toEqual({ XH07: null }); // not 50, which would pose as the whole
    expect(result.byNewUnit["new-b"]!.XH07).toBeCloseTo(15, 9); // 0.5 x 30
    expect(result.notComparable).toEqual([
      {
        newUnit: "new-a",
        reason: "not-comparable",
        why: {
          vi: "Không so sánh được: phần từ old-b không có cơ sở quy đổi.",
          en: "Not comparable: the part from old-b has no sound basis.",
        },
      },
    ]);
  });

  it("gives null when an old unit is missing from the history, or lacks one indicator", () => {
    const result = applyCrosswalk(
      { "old-a": { XH07: 50, XH10: 12 } },
      [row("old-a", "new-a", 1), row("old-b", "new-a", 1), row("old-a", "new-c", 0.5)],
      { codes: ["XH07", "AN07"] },
    );
    expect(result.byNewUnit).toEqual({
      "new-a": { XH07: null, AN07: null },
      "new-c": { XH07: 25, AN07: null },
    });
    expect(result.notComparable.map(({ newUnit, code, reason }) => ({ newUnit, code, reason }))).toEqual([
      { newUnit: "new-a", code: undefined, reason: "old-unit-missing" },
      { newUnit: "new-c", code: "AN07", reason: "figure-missing" },
    ]);
    expect(result.notComparable[1]!.why.vi).toBe("Thiếu số liệu cùng kỳ chỉ tiêu AN07 của old-a.");
  });

  it("keeps a zero as a figure (no fires last year is a comparison, not a gap)", () => {
    const result = applyCrosswalk({ "old-a": { AN07: 0 } }, [row("old-a", "new-a", 1)], { codes: ["AN07"] });
    expect(result.byNewUnit).toEqual({ "new-a": { AN07: 0 } });
  });

  it("recomputes a derived rate from the rebuilt operands instead of splitting it", () => {
    const result = applyCrosswalk(
      {
        "old-a": { HC02: 100, HC03: 99, HC04: 99 },
        "old-b": { HC02: 10, HC03: 1, HC04: 10 },
      },
      [row("old-a", "new-a", 1), row("old-b", "new-a", 1)],
      { codes: ["HC02", "HC03", "HC04"], template: builtinTemplate },
    );
    // (99 + 1) / (100 + 10) x 100 = 100 / 110 x 100 = 90.9090...; summing the rates would give 109.
    expect(result.byNewUnit["new-a"]!.HC04).toBeCloseTo(90.909_090_9, 6);
  });

  it("gives a rate no value when its operands cannot be rebuilt", () => {
    const result = applyCrosswalk({ "old-a": { HC04: 99 } }, [row("old-a", "new-a", 1)], {
      codes: ["HC04"],
      template: builtinTemplate,
    });
    expect(result.byNewUnit).toEqual({ "new-a": { HC04: null } });
    expect(result.notComparable[0]).toMatchObject({
      newUnit: "new-a",
      code: "HC04",
      reason: "operand-missing",
    });
  });

  it("gives null to a new unit the crosswalk does not mention, when the caller lists the new units", () => {
    const result = applyCrosswalk({ "old-a": { XH07: 50 } }, [row("old-a", "new-a", 1)], {
      codes: ["XH07"],
      newUnits: ["new-a", "new-z"],
    });
    expect(result.byNewUnit).toEqual({ "new-a": { XH07: 50 }, "new-z": { XH07: null } });
    expect(result.notComparable).toMatchObject([{ newUnit: "new-z", reason: "no-crosswalk-row" }]);
  });
});
