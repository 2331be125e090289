import { describe, expect, it } from "vitest";
import { NOT_COMPARABLE, parseCrosswalkCsv } from "../../../src/core/crosswalk";

describe("crosswalk from CSV", () => {
  it('reads shares written as 0.6, "0,6", 60% and 1, and the words for not comparable', () => {
    const text = [
      "old_unit,new_unit,share",
      "old-a,new-a,0.6",
      'old-a,new-b,"0,2"',
      "old-a,new-c,20%",
      "old-b,new-b,1",
      "old-c,new-c,không so sánh được",
      "old-d,new-d,Not Comparable",
    ].join("\n");
    expect(parseCrosswalkCsv(text)).toEqual({
      ok: true,
      crosswalk: [
        { oldUnit: "old-a", newUnit: "new-a", share: 0.6 },
        { oldUnit: "old-a", newUnit: "new-b", share: 0.2 },
        { oldUnit: "old-a", newUnit: "new-c", share: 0.2 },
        { oldUnit: "old-b", newUnit: "new-b", share: 1 },
        { oldUnit: "old-c", newUnit: "new-c", share: NOT_COMPARABLE },
        { oldUnit: "old-d", newUnit: "new-d", share: NOT_COMPARABLE },
      ],
      warnings: [],
    });
  });

  it("accepts Vietnamese headers", () => {
    const result = parseCrosswalkCsv("Đơn vị cũ,Đơn vị mới,Tỷ lệ\nold-a,new-a,1\n");
    expect(result).toMatchObject({ ok: true, crosswalk: [{ oldUnit: "old-a", newUnit: "new-a", share: 1 }] });
  });

  it("rejects the whole table when the shares of one old unit add up to more than 1", () => {
    // 0.7 + 0.5 = 1.2: 20% of old-a would be counted twice.
    const result = parseCrosswalkCsv(
      "old_unit,new_unit,share\nold-a,new-a,0.7\nold-b,new-b,1\nold-a,new-b,0.5\n",
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: 2,
          severity: "error",
          vi: "Các tỷ lệ của đơn vị cũ old-a (dòng 2, 4) cộng lại bằng 1,2, vượt quá 1: một phần số liệu bị tính hai lần.",
          en: "The shares of the old unit old-a (lines 2, 4) add up to 1.2, more than 1: part of its figures would be counted twice.",
        },
      ],
    });
  });

  it("takes shares adding up to exactly 1 even when written to three decimals", () => {
    const result = parseCrosswalkCsv("old_unit,new_unit,share\nx,a,0.333\nx,b,0.333\nx,c,0.334\n");
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it("warns, without rejecting, when an old unit's shares add up to less than 1", () => {
    const result = parseCrosswalkCsv("old_unit,new_unit,share\nold-a,new-a,0.8\n");
    expect(result).toEqual({
      ok: true,
      crosswalk: [{ oldUnit: "old-a", newUnit: "new-a", share: 0.8 }],
      warnings: [
        {
          line: 2,
          severity: "warning",
          vi: "Các tỷ lệ của đơn vị cũ old-a (dòng 2) cộng lại bằng 0,8, dưới 1: phần còn lại không thuộc đơn vị mới nào trong bảng.",
          en: "The shares of the old unit old-a (line 2) add up to 0.8, under 1: the rest goes to no new unit in the table.",
        },
      ],
    });
  });

  it("rejects unknown old and new units, shares out of range, repeated pairs and blanks, each on its line", () => {
    const text = [
      "old_unit,new_unit,share",
      "ghost,new-a,1", // 2: unknown old unit
      "old-a,nowhere,1", // 3: unknown new unit
      "old-a,new-a,1.5", // 4: over 1
      "old-a,new-a,0", // 5: zero
      "old-a,new-a,nửa", // 6: not a number
      "old-b,new-a,1", // 7: fine
      "old-b,new-a,1", // 8: repeated pair
      ",new-a,1", // 9: blank old unit
    ].join("\n");
    const result = parseCrosswalkCsv(text, { oldUnits: ["old-a", "old-b"], newUnits: ["new-a"] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 8, 9]);
    expect(result.problems[0]).toEqual({
      line: 2,
      severity: "error",
      vi: 'Dòng 2: không có đơn vị cũ mã "ghost".',
      en: 'Line 2: there is no old unit "ghost".',
    });
    expect(result.problems[2]!.en).toBe(
      'Line 4: the share "1.5" must be a number above 0 and at most 1 (e.g. 0.6 or 60%), or "not comparable".',
    );
    expect(result.problems[5]!.vi).toBe("Dòng 8: cặp old-b → new-a đã có ở dòng 7.");
  });

  it("reports an empty file and a header without the needed columns, never throwing", () => {
    expect(parseCrosswalkCsv("")).toMatchObject({ ok: false, problems: [{ line: 0 }] });
    expect(parseCrosswalkCsv("from,to\na,b\n")).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(() => parseCrosswalkCsv(null as unknown as string)).not.toThrow();
  });
});
