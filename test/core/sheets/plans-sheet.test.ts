import { describe, expect, it } from "vitest";
import { parsePlansSheet, plansSheetPlan, PLANS_SHEET } from "../../../src/core/sheets/plans-sheet";
import { parseAddress } from "../../../src/core/sheets/a1";
import type { SheetPlan } from "../../../src/core/sheets/plan-types";
import type { SheetSnapshot } from "../../../src/core/sheets/snapshot";
import { builtinTemplate } from "../../../src/core/template/load-template";
import type { Unit } from "../../../src/core/units/unit";
import { planCell, planRow } from "./plan-lookup";

const khuongMai: Unit = { id: "khuong-mai", name: "Phường Khương Mai", kind: "ward" };
const tckh: Unit = { id: "tckh", name: "Phòng Tài chính - Kế hoạch", kind: "office", office: "TCKH" };
const units = [khuongMai, tckh];
const options = { template: builtinTemplate, units };
const AG = ["A", "B", "C", "D", "E", "F", "G"];

// Layout with the built-in template and these two units (worked out by hand): the indicators
// with a plan are, in template order, KT01 KT04 NS01 NS02 NS03 NS04 XH04 AN01 AN02.
// Rows 1-2 title and how-to, 3 header; 4-12 the level ("*") for all nine; 13-15 Khương Mai
// (a ward reports XH04, AN01, AN02); 16-20 the finance office TCKH (KT04, NS01-NS04).
function sheet(): SheetPlan {
  return plansSheetPlan(builtinTemplate, units, "UBND quận Thanh Xuân");
}

/** The plan's cells as a host would read them back, with `typed` over them. */
function filled(typed: Record<string, unknown> = {}, extraRows: unknown[][] = []): SheetSnapshot {
  const values: unknown[][] = sheet().blocks[0]!.rows.map((row) => [...row]);
  values.push(...extraRows);
  for (const [address, value] of Object.entries(typed)) {
    const { row, column } = parseAddress(address)!;
    (values[row - 1] ??= [])[column - 1] = value;
  }
  return { name: PLANS_SHEET, values };
}

describe("the Plans sheet plan", () => {
  it("is named Kế hoạch, with the header row (the names the plans CSV accepts) on row 3, frozen", () => {
    const plan = sheet();
    expect(plan.name).toBe("Kế hoạch");
    expect(planRow(plan, 3, AG)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch",
      "Kế hoạch 2",
    ]);
    expect(plan.freeze).toEqual({ rows: 3, columns: 0 });
  });

  it("lists the level's rows first (unit *), then each unit's planned indicators it reports", () => {
    const plan = sheet();
    expect(planRow(plan, 4, AG)).toEqual([
      "*",
      "UBND quận Thanh Xuân",
      "KT01",
      "Giá trị sản xuất trên địa bàn",
      "triệu đồng",
      null,
      null,
    ]);
    expect(planRow(plan, 12, ["A", "C"])).toEqual(["*", "AN02"]);
    expect([13, 14, 15].map((r) => planRow(plan, r, ["A", "C"]))).toEqual([
      ["khuong-mai", "XH04"],
      ["khuong-mai", "AN01"],
      ["khuong-mai", "AN02"],
    ]);
    expect([16, 17, 18, 19, 20].map((r) => planRow(plan, r, ["A", "B", "C"]))).toEqual([
      ["tckh", "Phòng Tài chính - Kế hoạch", "KT04"],
      ["tckh", "Phòng Tài chính - Kế hoạch", "NS01"],
      ["tckh", "Phòng Tài chính - Kế hoạch", "NS02"],
      ["tckh", "Phòng Tài chính - Kế hoạch", "NS03"],
      ["tckh", "Phòng Tài chính - Kế hoạch", "NS04"],
    ]);
    expect(planCell(plan, "A21")).toBeUndefined();
  });

  it("marks F4:G20 as the input cells: yellow, with a number format", () => {
    const plan = sheet();
    expect(plan.styles).toContainEqual({ range: "F4:G20", style: { fill: "#FFF2CC" } });
    expect(plan.numberFormats).toEqual([{ range: "F4:G20", format: "#,##0.0##" }]);
  });

  it("with one ward only, has the level's nine rows and the ward's three: inputs F4:G15", () => {
    // 9 level rows (4-12) + 3 ward rows (13-15).
    const plan = plansSheetPlan(builtinTemplate, [khuongMai], "UBND phường");
    expect(plan.numberFormats).toEqual([{ range: "F4:G15", format: "#,##0.0##" }]);
    expect(planCell(plan, "A16")).toBeUndefined();
  });
});

describe("parsePlansSheet", () => {
  it("reads a filled sheet into a plan table: the level's rows and each unit's, text figures the Vietnamese way", () => {
    // F4 level KT01; F6/G6 level NS01 both plans; F13 Khương Mai XH04; F17 TCKH NS01.
    const { plans, problems } = parsePlansSheet(
      filled({ F4: 1000, F6: "6.000.000,5", G6: 6_100_000, F13: 120, F17: 52_000 }),
      options,
    );
    expect(problems).toEqual([]);
    expect(plans).toEqual({
      level: { KT01: { plan: 1000 }, NS01: { plan: 6_000_000.5, plan2: 6_100_000 } },
      units: { "khuong-mai": { XH04: { plan: 120 } }, tckh: { NS01: { plan: 52_000 } } },
    });
  });

  it("skips rows whose plans are not typed yet, without a problem", () => {
    expect(parsePlansSheet(filled(), options)).toEqual({ plans: { level: {}, units: {} }, problems: [] });
  });

  it("reports each bad row at its cell, in Vietnamese and English, and skips it", () => {
    const { plans, problems } = parsePlansSheet(
      filled(
        {
          G4: 5, // KT01 has no second plan
          F5: "nhiều", // KT04: not a number
          F10: -3, // XH04: negative
          F11: "1.200 người", // AN01: read as 1200, the unit word dropped: a warning
          F13: 120,
        },
        [
          ["phuong-la", "Phường La", "XH04", "", "", 9], // row 21: not on the units list
          ["*", "", "ZZ99", "", "", 1], // row 22: not in the template
          ["khuong-mai", "", "XH04", "", "", 7], // row 23: Khương Mai's XH04 is on row 13
        ],
      ),
      options,
    );
    expect(problems.map((p) => [p.address, p.severity])).toEqual([
      ["G4", "error"],
      ["F5", "error"],
      ["F10", "error"],
      ["F11", "warning"],
      ["A21", "error"],
      ["C22", "error"],
      ["C23", "error"],
    ]);
    expect(problems[1]).toMatchObject({ sheet: "Kế hoạch" });
    expect(problems[1]!.vi).toMatch(/^Ô F5: "nhiều" không phải số/);
    expect(problems[1]!.en).toMatch(/^Cell F5: "nhiều" is not a number/);
    expect(problems[4]!.vi).toBe('Ô A21: không có đơn vị mã "phuong-la" trong danh sách đơn vị.');
    expect(problems[4]!.en).toBe('Cell A21: there is no unit "phuong-la" in the units list.');
    expect(problems[2]!.en).toBe("Cell F10: a plan cannot be negative (-3).");
    expect(plans).toEqual({
      level: { AN01: { plan: 1200 } },
      units: { "khuong-mai": { XH04: { plan: 120 } } },
    });
  });

  it("finds the columns by their header names wherever they are, addresses counted from the origin", () => {
    const snapshot: SheetSnapshot = {
      name: "Kế hoạch (2)",
      origin: "C5",
      values: [["ghi chú"], ["Kế hoạch", "Mã chỉ tiêu", "Mã đơn vị"], [5, "KT01", "*"], ["x", "KT04", ""]],
    };
    const { plans, problems } = parsePlansSheet(snapshot, options);
    expect(plans).toEqual({ level: { KT01: { plan: 5 } }, units: {} });
    // Header on the 2nd row from C5 (row 6); "x" on the 4th row, first column: C8.
    expect(problems.map((p) => [p.sheet, p.address])).toEqual([["Kế hoạch (2)", "C8"]]);
  });

  it("reads the plans CSV's English header keys too", () => {
    const snapshot: SheetSnapshot = {
      name: "Plans",
      values: [
        ["unit", "code", "plan", "plan2"],
        ["tckh", "NS02", 10, 12],
      ],
    };
    expect(parsePlansSheet(snapshot, options).plans.units).toEqual({
      tckh: { NS02: { plan: 10, plan2: 12 } },
    });
  });

  it("says when the sheet has no header row, for the sheet as a whole", () => {
    const { plans, problems } = parsePlansSheet(
      { name: "Kế hoạch", values: [["KẾ HOẠCH"], [1, 2]] },
      options,
    );
    expect(plans).toEqual({ level: {}, units: {} });
    expect(problems).toEqual([
      {
        severity: "error",
        sheet: "Kế hoạch",
        vi: 'Trang "Kế hoạch" không có dòng tiêu đề (cột "Mã chỉ tiêu" và "Kế hoạch"): chưa đọc được kế hoạch nào.',
        en: 'The sheet "Kế hoạch" has no header row (columns "Mã chỉ tiêu" and "Kế hoạch"): no plan was read.',
      },
    ]);
  });

  it("never throws on a hostile snapshot, and an Excel error in a plan cell is a located problem", () => {
    const hostile = [
      { name: 1, values: "nope" },
      { name: "Kế hoạch", values: [null, ["Mã chỉ tiêu", "Kế hoạch"], null, [{}, { error: "#REF!" }]] },
      null,
    ] as unknown as SheetSnapshot[];
    for (const snapshot of hostile) expect(() => parsePlansSheet(snapshot, options)).not.toThrow();
    const { problems } = parsePlansSheet(
      {
        name: "Kế hoạch",
        values: [
          ["Mã chỉ tiêu", "Kế hoạch"],
          ["KT01", { error: "#REF!" }],
        ],
      },
      options,
    );
    expect(problems.map((p) => [p.address, p.en])).toEqual([
      ["B2", "Cell B2: the cell does not hold a number."],
    ]);
  });
});
