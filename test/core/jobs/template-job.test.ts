import { describe, expect, it } from "vitest";
import { templateJob } from "../../../src/core/jobs";
import { cellAt } from "../summary/plan-grid";
import { smallTemplate, UNITS } from "../summary/small-template";

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
});
