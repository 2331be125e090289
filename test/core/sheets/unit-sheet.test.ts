import { describe, expect, it } from "vitest";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { unitSheetPlan, unitWorkbookPlan } from "../../../src/core/sheets/unit-sheet";
import type { Unit } from "../../../src/core/units/unit";
import { isUnlocked, planCell, planRow, validationAt } from "./plan-lookup";

const khuongMai: Unit = { id: "khuong-mai", name: "Phường Khương Mai", kind: "ward" };
const tckh: Unit = { id: "tckh", name: "Phòng Tài chính - Kế hoạch", kind: "office", office: "TCKH" };
const october = { code: "2024-10", label: "Tháng 10/2024" };
const ALL = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"];

function wardSheet(extra: Partial<Parameters<typeof unitSheetPlan>[0]> = {}) {
  return unitSheetPlan({ template: builtinTemplate, unit: khuongMai, period: october, ...extra });
}

describe("the unit sheet plan", () => {
  // Layout of a ward's sheet with the built-in template (worked out by hand):
  // rows 1-8 title block, 9 identity (hidden), 10 headers, 11 keys (hidden);
  // a ward reports DT03-DT05, XH01-XH10, HC01-HC03 and HC04 (rate of HC03/HC02), AN01-AN08:
  // 12 I DT, 13-15 DT03-DT05, 16 II XH, 17-26 XH01-XH10, 27 III HC, 28-31 HC01-HC04,
  // 32 IV AN, 33-40 AN01-AN08. Columns: A STT, B code, C name, D uom, E plan, F plan2,
  // G actual, H cumulative, I last_year, J estimate, K note.

  it("gives a row whose indicator name wraps the height of its lines", () => {
    const { sheet } = wardSheet();
    // DT03 (row 13), "Trường hợp vi phạm trật tự đô thị, an toàn giao thông được xử lý", in the
    // 46-wide name column: "... thị, an toàn" (42) then "giao thông được xử lý" (21): 2 lines.
    expect(sheet.rows).toContainEqual({ row: 13, height: 30 });
    // XH01 (row 17), "Mũi tiêm vắc xin", fits on one line: the default height.
    expect(sheet.rows?.some((r) => r.row === 17)).toBe(false);
  });

  it("writes the machine keys in a hidden row under the Vietnamese headers", () => {
    const { sheet, layout } = wardSheet();
    expect(planRow(sheet, 10, ALL)).toEqual([
      "STT",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kế hoạch / dự toán năm",
      "Dự toán HĐND / điều chỉnh",
      "Thực hiện trong kỳ",
      "Lũy kế từ đầu năm",
      "Cùng kỳ năm trước",
      "Ước thực hiện",
      "Ghi chú",
    ]);
    expect(planRow(sheet, 11, ALL)).toEqual([
      "no",
      "code",
      "name",
      "uom",
      "plan",
      "plan2",
      "actual",
      "cumulative",
      "last_year",
      "estimate",
      "note",
    ]);
    expect(sheet.rows).toContainEqual({ row: 11, hidden: true });
    expect(layout.keyRow).toBe(11);
  });

  it("lists only the indicators the unit reports, by group, with Roman group numbers and STT", () => {
    const { sheet, layout } = wardSheet();
    expect(planRow(sheet, 12, ["A", "B", "C"])).toEqual(["I", null, "Đầu tư - xây dựng - đô thị"]);
    expect(planRow(sheet, 13, ["A", "B", "C", "D"])).toEqual([
      1,
      "DT03",
      "Trường hợp vi phạm trật tự đô thị, an toàn giao thông được xử lý",
      "trường hợp",
    ]);
    expect(planRow(sheet, 32, ["A", "C"])).toEqual(["IV", "Quốc phòng - an ninh"]);
    expect(planRow(sheet, 40, ["A", "B"])).toEqual([8, "AN08"]);
    expect(layout.indicatorRows.HC04).toBe(31);
    expect(layout.indicatorRows.NS01).toBeUndefined();
    expect(layout.lastRow).toBe(40);
  });

  it("puts an office's own indicators on its sheet (finance office: KT04, NS01-NS04, HC01-HC04)", () => {
    const { layout } = unitSheetPlan({ template: builtinTemplate, unit: tckh, period: october });
    expect(Object.keys(layout.indicatorRows)).toEqual([
      "KT04",
      "NS01",
      "NS02",
      "NS03",
      "NS04",
      "HC01",
      "HC02",
      "HC03",
      "HC04",
    ]);
    // 12 I KT, 13 KT04, 14 II NS, 15-18 NS01-NS04, 19 III HC, 20-23 HC01-HC04
    expect(layout.indicatorRows.NS01).toBe(15);
    expect(layout.lastRow).toBe(23);
  });

  it("unlocks only what the unit fills: actual, cumulative, estimate, note, last_year without history, and the reporter cells", () => {
    const { sheet } = wardSheet({ lastYear: { DT03: 120 } });
    // DT03 (row 13) has last year's figure from history: I13 is pre-filled and locked.
    expect(planCell(sheet, "I13")).toBe(120);
    expect(["G13", "H13", "I13", "J13", "K13"].map((a) => isUnlocked(sheet, a))).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    // DT04 (row 14) has none: the unit types it.
    expect(isUnlocked(sheet, "I14")).toBe(true);
    // Codes, names, plans, headers and keys stay locked.
    expect(
      ["A13", "B13", "C13", "D13", "E13", "F13", "G10", "G11", "C2"].some((a) => isUnlocked(sheet, a)),
    ).toBe(false);
    expect(["C5", "C6", "C7"].every((a) => isUnlocked(sheet, a))).toBe(true);
    expect(sheet.unlocked).toContain("C5");
  });

  it("gives a derived indicator no input cells (HC04, row 31, is computed after consolidation)", () => {
    const { sheet } = wardSheet();
    expect(["G31", "H31", "I31", "J31", "K31"].some((a) => isUnlocked(sheet, a))).toBe(false);
    expect(planRow(sheet, 31, ["E", "F", "G", "H", "I", "J", "K"])).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(validationAt(sheet, "G31")).toBeUndefined();
  });

  it("validates counts as whole numbers >= 0 and money as decimals >= 0, with Vietnamese messages", () => {
    const { sheet } = wardSheet();
    const count = validationAt(sheet, "G13")!; // DT03: trường hợp
    expect(count.rule).toEqual({ type: "whole", min: 0 });
    expect(count.input?.message).toBe(
      "Nhập số nguyên lớn hơn hoặc bằng 0, đơn vị tính: trường hợp. Để trống nếu chưa có số liệu, nhập 0 nếu bằng 0.",
    );
    expect(count.error?.style).toBe("stop");
    expect(count.error?.title).toBe("Số liệu không hợp lệ");
    const money = validationAt(sheet, "H14")!; // DT04: triệu đồng
    expect(money.rule).toEqual({ type: "decimal", min: 0 });
    expect(money.error?.message).toBe(
      "Ô này chỉ nhận số lớn hơn hoặc bằng 0 (đơn vị tính: triệu đồng), không nhận chữ hay số âm.",
    );
    expect(money.range).toBe("G14:J14");
    // The note is text: no number validation there.
    expect(validationAt(sheet, "K14")).toBeUndefined();
  });

  it("keeps input messages within Excel's limits (title 32, message 255 characters)", () => {
    const { sheet } = wardSheet();
    for (const v of sheet.validations ?? []) {
      expect(v.input!.title.length).toBeLessThanOrEqual(32);
      expect(v.input!.message.length).toBeLessThanOrEqual(255);
      expect(v.error!.message.length).toBeLessThanOrEqual(225);
    }
  });

  it("shows the office's plans in locked plan cells", () => {
    const { sheet } = wardSheet({ plans: { AN01: { plan: 62 }, XH04: { plan: 1500 } } });
    expect(planCell(sheet, "E33")).toBe(62); // AN01
    expect(planCell(sheet, "E20")).toBe(1500); // XH04, row 17 + 3
    expect(isUnlocked(sheet, "E33")).toBe(false);
  });

  it("highlights required blank cells with a formula rule per run of rows", () => {
    const { sheet } = wardSheet();
    const actual = (sheet.conditionalFormats ?? [])
      .filter((c) => c.range.startsWith("G"))
      .map((c) => c.range);
    // XH10 (row 26, a stock) requires only the cumulative figure; HC04 (31) is derived.
    expect(actual).toEqual(["G13:G15", "G17:G25", "G28:G30", "G33:G40"]);
    const cumulative = (sheet.conditionalFormats ?? [])
      .filter((c) => c.range.startsWith("H"))
      .map((c) => c.range);
    expect(cumulative).toEqual(["H13:H15", "H17:H26", "H28:H30", "H33:H40"]);
    const first = sheet.conditionalFormats!.find((c) => c.range === "G17:G25")!;
    expect(first.rule).toEqual({ type: "formula", formula: "LEN(TRIM(G17))=0" });
  });

  it("fills in the title block: title, unit, period, deadline, and blank reporter cells", () => {
    const { sheet, layout } = wardSheet({ deadline: "05/11/2024" });
    expect(planCell(sheet, "A1")).toBe("Biểu chỉ tiêu báo cáo kinh tế - xã hội định kỳ");
    expect(planRow(sheet, 2, ["A", "C"])).toEqual(["Đơn vị báo cáo:", "Phường Khương Mai"]);
    expect(planRow(sheet, 3, ["A", "C"])).toEqual(["Kỳ báo cáo:", "Tháng 10/2024"]);
    expect(planRow(sheet, 4, ["A", "C"])).toEqual(["Hạn gửi báo cáo:", "05/11/2024"]);
    expect(planRow(sheet, 5, ["A", "C"])).toEqual(["Người báo cáo:", null]);
    expect(layout.inputs).toEqual({ reporter: "C5", phone: "C6", sentDate: "C7" });
    expect(sheet.numberFormats).toContainEqual({ range: "C6", format: "@" });
  });

  it("protects the sheet without a password, prints A4 landscape with the header rows repeated, freezes the headers", () => {
    const { sheet } = wardSheet();
    expect(sheet.protection?.password).toBeUndefined();
    expect(sheet.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { from: 10, to: 11 },
    });
    expect(sheet.freeze).toEqual({ rows: 11, columns: 3 });
    expect(wardSheet({ password: "khoa" }).sheet.protection?.password).toBe("khoa");
  });

  it("carries template id and version, unit id and period as metadata of its sheet", () => {
    const { sheet, metadata } = wardSheet();
    expect(metadata).toEqual({
      scope: { sheet: "Phường Khương Mai" },
      entries: {
        template_id: "tonghop-standard",
        template_version: "1.0.0",
        unit_id: "khuong-mai",
        unit_name: "Phường Khương Mai",
        period: "2024-10",
      },
    });
    // The hidden identity row repeats it for copies that lose metadata.
    expect(planRow(sheet, 9, ["A", "B", "C", "D", "E", "F", "G", "H", "I"])).toEqual([
      "tonghop",
      "template_id",
      "tonghop-standard",
      "template_version",
      "1.0.0",
      "unit_id",
      "khuong-mai",
      "period",
      "2024-10",
    ]);
  });

  it("names the sheet after the unit, unique in the workbook", () => {
    expect(wardSheet({ takenSheetNames: ["Phường Khương Mai"] }).sheet.name).toBe("Phường Khương Mai (2)");
    const slash = unitSheetPlan({
      template: builtinTemplate,
      unit: { id: "x", name: "Phòng Văn hóa/Thông tin", kind: "office", office: "VHTT" },
      period: october,
    });
    expect(slash.sheet.name).toBe("Phòng Văn hóa-Thông tin");
  });

  it("is plain data: it survives JSON unchanged", () => {
    const { plan } = unitWorkbookPlan({ template: builtinTemplate, unit: khuongMai, period: october });
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(plan.metadata?.[0]).toMatchObject({ scope: "workbook", entries: { unit_id: "khuong-mai" } });
  });

  it("writes a unit name that looks like a formula as a plain string value", () => {
    const { sheet } = unitSheetPlan({
      template: builtinTemplate,
      unit: { id: "odd", name: '=HYPERLINK("x")', kind: "ward" },
      period: october,
    });
    expect(planCell(sheet, "C2")).toBe('=HYPERLINK("x")');
  });
});
