import { describe, expect, it } from "vitest";
import { checkWorkbookPlan } from "../../../src/core/sheets/check-plan";
import {
  CROSSWALK_SHEET,
  crosswalkSheetPlan,
  readCrosswalkSheet,
} from "../../../src/core/sheets/crosswalk-sheet";
import type { SheetSnapshot } from "../../../src/core/sheets/snapshot";
import type { Unit } from "../../../src/core/units/unit";
import { snapshotOf } from "../summary/plan-grid";
import { planRow } from "./plan-lookup";

const units: Unit[] = [
  { id: "khuong-dinh-moi", name: "Phường Khương Đình (mới)", kind: "ward" },
  { id: "thanh-xuan-moi", name: "Phường Thanh Xuân (mới)", kind: "ward" },
];
const gone = ["khuong-dinh", "khuong-trung", "thanh-xuan-bac"];

/** The sheet as laid out, with the office's rows typed into A:C from row 4. */
function filled(rows: unknown[][]): SheetSnapshot {
  const snapshot = snapshotOf(crosswalkSheetPlan(units, gone));
  rows.forEach((cells, i) => {
    const line = (snapshot.values[3 + i] ??= []);
    cells.forEach((cell, c) => (line[c] = cell));
  });
  return snapshot;
}

const context = { oldUnits: gone, newUnits: units.map((u) => u.id) };

describe("the crosswalk sheet", () => {
  it("lays out the header the file reads, and lists this year's units and the gone ones to copy", () => {
    const sheet = crosswalkSheetPlan(units, gone);
    expect(sheet.name).toBe(CROSSWALK_SHEET);
    const columns = ["A", "B", "C", "D", "E", "F", "G", "H"];
    expect(planRow(sheet, 3, columns)).toEqual([
      "Đơn vị cũ",
      "Đơn vị mới",
      "Tỷ lệ",
      null,
      "Mã đơn vị năm nay",
      "Tên đơn vị",
      null,
      "Mã đơn vị cũ (trong lịch sử)",
    ]);
    expect(planRow(sheet, 4, columns)).toEqual([
      undefined,
      undefined,
      undefined,
      null,
      "khuong-dinh-moi",
      "Phường Khương Đình (mới)",
      null,
      "khuong-dinh",
    ]);
    expect(planRow(sheet, 6, ["E", "H"])).toEqual([null, "thanh-xuan-bac"]);
    expect(checkWorkbookPlan({ sheets: [sheet] })).toEqual([]);
  });

  it("reads nothing from a sheet nobody filled", () => {
    expect(readCrosswalkSheet(filled([]), context)).toEqual({ kind: "empty" });
  });

  it("reads a merge and a split, shares written either way, skipping blank rows", () => {
    const result = readCrosswalkSheet(
      filled([
        ["khuong-dinh", "khuong-dinh-moi", 1],
        ["khuong-trung", "khuong-dinh-moi", "100%"],
        [],
        ["thanh-xuan-bac", "thanh-xuan-moi", "0,6"],
        ["thanh-xuan-bac", "khuong-dinh-moi", 0.4],
      ]),
      context,
    );
    expect(result).toEqual({
      kind: "ok",
      crosswalk: [
        { oldUnit: "khuong-dinh", newUnit: "khuong-dinh-moi", share: 1 },
        { oldUnit: "khuong-trung", newUnit: "khuong-dinh-moi", share: 1 },
        { oldUnit: "thanh-xuan-bac", newUnit: "thanh-xuan-moi", share: 0.6 },
        { oldUnit: "thanh-xuan-bac", newUnit: "khuong-dinh-moi", share: 0.4 },
      ],
      warnings: [],
    });
  });

  it("names the sheet row of every problem, and uses none of a crosswalk with an error", () => {
    const result = readCrosswalkSheet(
      filled([
        ["khuong-dinh", "khuong-dinh-moi", 1],
        [],
        ["phuong-la", "thanh-xuan-moi", 1],
        ["thanh-xuan-bac", "thanh-xuan-moi", 0.7],
        ["thanh-xuan-bac", "khuong-dinh-moi", 0.5],
      ]),
      context,
    );
    if (result.kind !== "unusable") throw new Error(result.kind);
    // Rows 4, (5 blank), 6, 7, 8: "phuong-la" is unknown (row 6); thanh-xuan-bac's shares
    // (rows 7 and 8) add up to 1.2.
    expect(result.problems.map((p) => [p.row, p.severity])).toEqual([
      [6, "error"],
      [7, "error"],
    ]);
    expect(result.problems[0]!.message.vi).toBe('Hàng 6: không có đơn vị cũ mã "phuong-la".');
    expect(result.problems[1]!.message.en).toBe(
      "The shares of the old unit thanh-xuan-bac (rows 7, 8) add up to 1.2, more than 1: part of its figures would be counted twice.",
    );
  });

  it("says when a sheet of that name has no header row", () => {
    const result = readCrosswalkSheet({ name: CROSSWALK_SHEET, values: [["ghi chú"]], origin: "A1" });
    expect(result).toMatchObject({ kind: "unusable", problems: [{ row: 0, severity: "error" }] });
  });
});
