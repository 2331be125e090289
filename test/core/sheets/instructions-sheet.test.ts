import { describe, expect, it } from "vitest";
import { instructionsSheetPlan } from "../../../src/core/sheets/instructions-sheet";
import { planCell } from "./plan-lookup";

describe("the instructions sheet plan", () => {
  it("is named Hướng dẫn, titled with the period in capitals", () => {
    const plan = instructionsSheetPlan("Tháng 10/2024", undefined);
    expect(plan.name).toBe("Hướng dẫn");
    expect(planCell(plan, "A1")).toBe("HƯỚNG DẪN ĐIỀN BÁO CÁO - THÁNG 10/2024");
    expect(plan.styles).toEqual([
      { range: "A1", style: { bold: true, fontSize: 13, fontColour: "#1F4E79" } },
    ]);
  });

  it("says the deadline on its 8th point (row 10) when there is one, else the office's deadline", () => {
    // Rows: 1 title, 2 blank, 3-10 points 1-8, 11 blank, 12 closing line.
    expect(planCell(instructionsSheetPlan("Quý III/2024", "05/10/2024"), "A10")).toBe(
      "8. Hạn gửi: 05/10/2024.",
    );
    expect(planCell(instructionsSheetPlan("Quý III/2024", undefined), "A10")).toBe(
      "8. Gửi báo cáo theo hạn đơn vị tổng hợp thông báo.",
    );
  });

  it("tells which cells are the unit's to fill: the yellow ones", () => {
    expect(planCell(instructionsSheetPlan("Tháng 10/2024", undefined), "A4")).toBe(
      "2. Chỉ điền các ô nền vàng: thực hiện kỳ báo cáo, lũy kế từ đầu năm, ước thực hiện và ghi chú.",
    );
  });

  it("has nothing to fill: one column of text, no input cells, no validations", () => {
    const plan = instructionsSheetPlan("Tháng 10/2024", undefined);
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]!.rows.every((row) => row.length === 1)).toBe(true);
    expect(plan.blocks[0]!.rows).toHaveLength(12);
    expect(plan.unlocked).toBeUndefined();
    expect(plan.validations).toBeUndefined();
  });
});
