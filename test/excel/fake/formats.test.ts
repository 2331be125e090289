// Formats, layout, data validation and conditional formats. Sources:
// - "Blank and null values in Excel add-ins": a format read over differing cells is null; a blank
//   numberFormat resets to General.
// - RangeFill.color / RangeFont.color: "#RRGGBB" or an HTML color name; Excel answers in "#RRGGBB".
// - RangeBorderCollection.getItem(BorderIndex); RangeFormat.columnWidth / rowHeight; Range.rowHidden
//   (null when mixed); Range.merge(across); WorksheetFreezePanes.freezeRows / freezeAt.
// - DataValidation (ExcelApi 1.8): rule with one criterion; type "None" without a rule.
// - ConditionalFormatCollection.add(type) (ExcelApi 1.6); custom.rule.formula, cellValue.rule.
// - Runtime.enableEvents (ExcelApi 1.8), Application.suspendApiCalculationUntilNextSync (1.6);
//   office.js throws ApiNotFound for an API above the host's requirement set.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../../../src/excel/testing";

describe("cell formats", () => {
  it("store colors as #RRGGBB and read null over differing cells", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.fill.color = "yellow";
      sheet.getRange("A2").format.fill.color = "#ff0000";
      const a1 = sheet.getRange("A1").format.fill.load("color");
      const both = sheet.getRange("A1:A2").format.fill.load("color");
      await context.sync();
      expect(a1.color).toBe("#FFFF00");
      expect(both.color).toBeNull();
    });
    expect(fake.workbook.style("S", "A2", "fill.color")).toBe("#FF0000");
  });

  it("refuse a color that is not one", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").format.font.color = "not-a-color";
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("apply number formats per cell and reset to General on a blank", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [[0.256, 1234567]] }] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.numberFormat = [["0.0%", "#,##0"]];
      range.load("text");
      await context.sync();
      // 0.256 as a percentage with one decimal is 25.6%; 1234567 grouped is 1,234,567.
      expect(range.text).toEqual([["25.6%", "1,234,567"]]);
      range.numberFormat = [["", null]];
      range.load("numberFormat");
      await context.sync();
      expect(range.numberFormat).toEqual([["General", "#,##0"]]);
    });
  });

  it("paint border edges and the matching edge of the neighbouring cell", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("B2:C3");
      range.format.borders.getItem("EdgeBottom").style = "Continuous";
      range.format.borders.getItem("InsideVertical").weight = "Medium";
      await context.sync();
    });
    expect(fake.workbook.style("S", "B3:C3", "border.EdgeBottom.style")).toBe("Continuous");
    expect(fake.workbook.style("S", "B4:C4", "border.EdgeTop.style")).toBe("Continuous");
    expect(fake.workbook.style("S", "B2:B3", "border.EdgeRight.weight")).toBe("Medium");
    expect(fake.workbook.style("S", "C2:C3", "border.EdgeLeft.weight")).toBe("Medium");
    expect(fake.workbook.style("S", "B2:C2", "border.EdgeBottom.style")).toBe("None");
  });

  it("format whole columns without touching a million cells", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { B7: { locked: true } } }] });
    await fake.Excel.run(async (context) => {
      const columns = context.workbook.worksheets.getItem("S").getRange("B:C");
      columns.format.protection.locked = false;
      await context.sync();
    });
    expect(fake.workbook.style("S", "B1:C1048576", "locked")).toBe(false);
    expect(fake.workbook.style("S", "A1", "locked")).toBe(true);
  });
});

describe("layout", () => {
  it("sets column widths, row heights, hidden rows, merges and freeze panes", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [["title", "lost"]] }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A:B").format.columnWidth = 120;
      sheet.getRange("1:1").format.rowHeight = 30;
      sheet.getRange("5:6").rowHidden = true;
      sheet.getRange("A1:C1").merge();
      sheet.freezePanes.freezeAt("A1:B4");
      const rows = sheet.getRange("4:6").load("rowHidden");
      const width = sheet.getRange("A1:B1").format.load("columnWidth");
      await context.sync();
      expect(rows.rowHidden).toBeNull();
      expect(width.columnWidth).toBe(120);
    });
    const snapshot = fake.workbook.snapshot().sheets![0]!;
    expect(snapshot).toMatchObject({
      columnWidths: { A: 120, B: 120 },
      rowHeights: { "1": 30 },
      hiddenRows: [5, 6],
      merges: ["A1:C1"],
      freeze: { rows: 4, columns: 2 },
    });
    // Merging keeps only the top-left value.
    expect(fake.workbook.values("S", "A1:B1")).toEqual([["title", ""]]);
  });
});

describe("data validation", () => {
  it("sets a rule with its prompt and alert, and reads its type", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("S").getRange("C5:C9").dataValidation;
      validation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      validation.prompt = { showPrompt: true, title: "Số liệu", message: "Nhập số không âm" };
      validation.errorAlert = { showAlert: true, style: "Stop", title: "Sai", message: "Phải là số ≥ 0" };
      const whole = context.workbook.worksheets.getItem("S").getRange("C5:C9").dataValidation.load("type");
      const part = context.workbook.worksheets.getItem("S").getRange("C9:C10").dataValidation.load("type");
      await context.sync();
      expect(whole.type).toBe("Decimal");
      expect(part.type).toBe("Inconsistent");
    });
    expect(fake.workbook.snapshot().sheets![0]!.dataValidations).toEqual([
      {
        range: "C5:C9",
        type: "Decimal",
        rule: { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
        prompt: { showPrompt: true, title: "Số liệu", message: "Nhập số không âm" },
        errorAlert: { showAlert: true, style: "Stop", title: "Sai", message: "Phải là số ≥ 0" },
        ignoreBlanks: true,
      },
    ]);
  });

  it("refuses a rule with two criteria and clears the range's rule", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          dataValidations: [{ range: "A1:A3", type: "Custom", rule: { custom: { formula: "=A1>0" } } }],
        },
      ],
    });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
        decimal: { formula1: 0, operator: "GreaterThan" },
      };
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2").dataValidation.clear();
      await context.sync();
    });
    expect(fake.workbook.snapshot().sheets![0]!.dataValidations!.map((dv) => dv.range)).toEqual(["A1", "A3"]);
  });
});

describe("conditional formats", () => {
  it("adds custom and cell-value formats, newest first", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("S").getRange("D5:D9").conditionalFormats;
      const custom = formats.add("Custom");
      custom.custom.rule.formula = "=D5<0";
      custom.custom.format.font.color = "red";
      const cellValue = formats.add("CellValue");
      cellValue.cellValue.rule = { formula1: "100", operator: "GreaterThan" };
      cellValue.cellValue.format.fill.color = "#C6EFCE";
      formats.load("items/type, items/priority");
      await context.sync();
      expect(formats.items.map((f) => [f.type, f.priority])).toEqual([
        ["CellValue", 0],
        ["Custom", 1],
      ]);
    });
    expect(fake.workbook.snapshot().sheets![0]!.conditionalFormats).toEqual([
      {
        range: "D5:D9",
        type: "CellValue",
        rule: { formula1: "100", operator: "GreaterThan" },
        format: { "fill.color": "#C6EFCE" },
        stopIfTrue: false,
      },
      {
        range: "D5:D9",
        type: "Custom",
        rule: { formula: "=D5<0" },
        format: { "font.color": "#FF0000" },
        stopIfTrue: false,
      },
    ]);
  });

  it("fails reaching the custom part of a cell-value format", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("S")
        .getRange("A1")
        .conditionalFormats.add("CellValue").custom.rule.formula = "=TRUE";
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("application switches and requirement sets", () => {
  it("records suspended calculation and event switching", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.runtime.enableEvents = false;
      await context.sync();
    });
    expect(fake.workbook.calculationSuspensions).toBe(1);
    expect(fake.workbook.enableEvents).toBe(false);
  });

  it("throws ApiNotFound at the call for an API above the requirement set played", async () => {
    const fake = createFakeExcel({}, { excelApi: "1.7" });
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    await fake.Excel.run(async (context) => {
      expect(() => {
        context.runtime.enableEvents = false;
      }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      await context.sync();
    });
  });

  it("installs Excel and Office on a global object and takes them back", () => {
    const fake = createFakeExcel();
    const target: Record<string, unknown> = {};
    const uninstall = fake.install(target);
    expect(target.Excel).toBe(fake.Excel);
    expect((target.Excel as typeof fake.Excel).BorderIndex.edgeTop).toBe("EdgeTop");
    uninstall();
    expect(target.Excel).toBeUndefined();
  });
});
