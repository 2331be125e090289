import { describe, expect, it } from "vitest";
import { templateJob } from "../../../src/core/jobs";
import { cellAt } from "../summary/plan-grid";
import { smallTemplate, UNITS } from "../summary/small-template";
import type { HistoryRecord } from "../../../src/core/history";
import { parseAddress, parseRange } from "../../../src/core/sheets/a1";
import type { SheetPlan } from "../../../src/core/sheets/plan-types";

/** Whether the unit may type into the cell once the sheet is protected. */
function unlocked(sheet: SheetPlan, address: string): boolean {
  const at = parseAddress(address)!;
  return (sheet.unlocked ?? []).some((range) => {
    const r = parseRange(range.includes(":") ? range : `${range}:${range}`)!;
    return (
      at.row >= r.start.row && at.row <= r.end.row && at.column >= r.start.column && at.column <= r.end.column
    );
  });
}

const last = (unit: string, indicator: string, value: number, period = "2023-10"): HistoryRecord => ({
  period,
  unit,
  indicator,
  column: "cumulative",
  value,
  source: "unit",
  time: "2023-11-08T08:00:00+07:00",
});

describe("the template job", () => {
  const workbooks = () =>
    templateJob({
      template: smallTemplate,
      units: UNITS,
      period: "2024-10",
      deadline: "2024-11-05",
      plans: { units: { w1: { A01: { plan: 5000 } } }, level: {} },
      lastYear: { w1: { A01: 900 } },
    });

  it("makes one workbook per unit that reports something, named by period and unit", () => {
    expect(workbooks().map((w) => w.fileName)).toEqual([
      "2024-10 w1.xlsx",
      "2024-10 w2.xlsx",
      "2024-10 w3.xlsx",
      "2024-10 tc.xlsx",
    ]);
  });

  it("fills the unit's plans and last year's figures, and the period label and deadline in the title block", () => {
    const { plan, layout } = workbooks()[0]!;
    const sheet = plan.sheets[0]!;
    const row = layout.indicatorRows.A01!;
    expect(cellAt(sheet, `${layout.columns.plan}${row}`)).toBe(5000);
    expect(cellAt(sheet, `${layout.columns.last_year}${row}`)).toBe(900);
    expect(cellAt(sheet, "C3")).toBe("Tháng 10/2024");
    expect(cellAt(sheet, "C4")).toBe("05/11/2024");
    expect(plan.metadata?.[0]?.entries).toMatchObject({
      unit_id: "w1",
      period: "2024-10",
      template_id: "t-small",
    });
  });

  it("leaves units without a plan with empty plan cells", () => {
    const { plan, layout } = workbooks()[1]!;
    expect(cellAt(plan.sheets[0]!, `${layout.columns.plan}${layout.indicatorRows.A01}`)).toBeUndefined();
  });

  describe("with history", () => {
    // w1's October 2023 A01 and A02 are in the history; w2 has only September 2023, no October.
    const history = [last("w1", "A01", 800), last("w1", "A02", 760), last("w2", "A01", 50, "2023-09")];
    const withHistory = () =>
      templateJob({ template: smallTemplate, units: UNITS, period: "2024-10", history });

    it("fills last year's figures from the history's same period and says so under the table", () => {
      const { plan, layout, lastYearFilled } = withHistory()[0]!;
      const sheet = plan.sheets[0]!;
      expect(cellAt(sheet, `${layout.columns.last_year}${layout.indicatorRows.A01}`)).toBe(800);
      expect(cellAt(sheet, `${layout.columns.last_year}${layout.indicatorRows.A02}`)).toBe(760);
      expect(lastYearFilled).toBe(2);
      expect(unlocked(sheet, `${layout.columns.last_year}${layout.indicatorRows.A01}`)).toBe(false);
      expect(cellAt(sheet, `A${layout.lastRow + 2}`)).toBe(
        'Cột "Cùng kỳ năm trước" được điền sẵn từ lịch sử số liệu (Tháng 10/2023); ô còn trống: đơn vị tự nhập.',
      );
    });

    it("leaves last year for the unit to type where the history lacks that period, and says so", () => {
      const { plan, layout, lastYearFilled } = withHistory()[1]!;
      const sheet = plan.sheets[0]!;
      expect(cellAt(sheet, `${layout.columns.last_year}${layout.indicatorRows.A01}`)).toBeUndefined();
      expect(lastYearFilled).toBe(0);
      expect(cellAt(sheet, `A${layout.lastRow + 2}`)).toContain("đơn vị tự nhập");
      expect(unlocked(sheet, `${layout.columns.last_year}${layout.indicatorRows.A01}`)).toBe(true);
    });

    it("fills last year on the new boundaries from a crosswalk and says the basis", () => {
      const workbooks = templateJob({
        template: smallTemplate,
        units: UNITS,
        period: "2024-10",
        history: [
          last("o1", "A01", 300),
          last("o2", "A01", 200),
          last("o1", "A02", 100),
          last("o2", "A02", 90),
        ],
        crosswalk: [
          { oldUnit: "o1", newUnit: "w1", share: 1 },
          { oldUnit: "o2", newUnit: "w1", share: 1 },
        ],
      });
      const { plan, layout } = workbooks[0]!;
      // w1 = o1 + o2: A01 300 + 200 = 500, A02 100 + 90 = 190.
      expect(cellAt(plan.sheets[0]!, `${layout.columns.last_year}${layout.indicatorRows.A01}`)).toBe(500);
      expect(cellAt(plan.sheets[0]!, `${layout.columns.last_year}${layout.indicatorRows.A02}`)).toBe(190);
      expect(cellAt(plan.sheets[0]!, `A${layout.lastRow + 2}`)).toContain("so sánh theo địa giới mới");
    });

    it("writes no note without history", () => {
      const { plan, layout } = workbooks()[0]!;
      expect(cellAt(plan.sheets[0]!, `A${layout.lastRow + 2}`)).toBeUndefined();
    });
  });
});
