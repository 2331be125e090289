// Writes are queued and applied at sync, in order. Sources:
// - "Application-specific API model": "Any methods that you invoke or properties that you set or
//   load on proxy objects are simply added to a queue of pending commands" run at sync().
// - OfficeExtension.Error trace example (office-js-docs-reference, OfficeExtension.Error): in a
//   failing batch the commands before the failure are applied; "All other commands after the
//   failed command in the batch are not executed".
// - "Blank and null values in Excel add-ins" (excel-add-ins-blank-null-values): null in a 2-D
//   array leaves the cell; a blank value clears; null is not valid for a single property.
// - office-js issue #1025: a wrongly shaped array fails with InvalidArgument, message "The number
//   of rows or columns in the input array doesn't match the size or dimensions of the range.",
//   errorLocation "Range.values".
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../../../src/excel/testing";

describe("queued writes", () => {
  it("change nothing until sync, then apply in the order they were queued", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("S").getRange("A1");
      cell.values = [[1]];
      cell.values = [[2]];
      expect(fake.workbook.values("S", "A1")).toEqual([[""]]);
      await context.sync();
      expect(fake.workbook.values("S", "A1")).toEqual([[2]]);
    });
  });

  it("serve a load queued after a write with the written value, and one queued before with the old", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [["old"]] }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [["new"]];
      const after = sheet.getRange("A1").load("values");
      await context.sync();
      expect(before.values).toEqual([["old"]]);
      expect(after.values).toEqual([["new"]]);
    });
  });

  it("keep the writes before a failing one, skip those after, and deliver no loaded value", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    let loaded: Excel.Range | undefined;
    const run = fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [["before"]];
      loaded = sheet.getRange("A1").load("values");
      sheet.getRange("A2:B2").values = [[1]]; // wrong shape: fails here
      sheet.getRange("A3").values = [["after"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.values("S", "A1:A3")).toEqual([["before"], [""], [""]]);
    expect(() => loaded!.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("report trace messages queued before the failure", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const run = fake.Excel.run(async (context) => {
      context.trace("first");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      context.trace("second");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound", traceMessages: ["first"] });
  });
});

describe("writing values", () => {
  it("fails with InvalidArgument and Excel's message when the array's shape differs from the range", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const run = fake.Excel.run(async (context) => {
      // 2 rows of 3 written to a 2 by 2 range.
      context.workbook.worksheets.getItem("S").getRange("A1:B2").values = [
        [1, 2, 3],
        [4, 5, 6],
      ];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: "InvalidArgument",
      message:
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      debugInfo: { errorLocation: "Range.values" },
    });
  });

  it("leaves cells under null untouched and clears the range on a blank value", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [["a", "b", "c"]] }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:C1").values = [[null, "B", null]];
      await context.sync();
      expect(fake.workbook.values("S", "A1:C1")).toEqual([["a", "B", "c"]]);
      sheet.getRange("A1:C1").values = "" as unknown as unknown[][];
      await context.sync();
    });
    expect(fake.workbook.values("S", "A1:C1")).toEqual([["", "", ""]]);
  });

  it("refuses null for a single property", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").format.fill.color = null as unknown as string;
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("parses typed text as Excel does: numbers, booleans, formulas; text kept in '@' cells", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", cells: { D1: { numberFormat: "@" } } }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:D1").values = [["001", "true", "=1+1", "001"]];
      await context.sync();
    });
    expect(fake.workbook.values("S", "A1:D1")).toEqual([[1, true, 2, "001"]]);
    expect(fake.workbook.formulas("S", "C1")).toEqual([["=1+1"]]);
  });

  it("reports value types, formulas and displayed text", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          grid: [["x", 1234.5, true, "", "=B1/0"]],
          cells: { B1: { value: 1234.5, numberFormat: "#,##0.0" } },
        },
      ],
    });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("S")
        .getRange("A1:E1")
        .load("valueTypes, text, formulas");
      await context.sync();
      expect(range.valueTypes).toEqual([["String", "Double", "Boolean", "Empty", "Error"]]);
      // 1234.5 shown with a thousands separator and one decimal.
      expect(range.text).toEqual([["x", "1,234.5", "TRUE", "", "#DIV/0!"]]);
      expect(range.formulas).toEqual([["x", 1234.5, true, "", "=B1/0"]]);
    });
  });
});

describe("formulas", () => {
  it("evaluates arithmetic over cell references and follows later changes", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [[30, 120, "=A1/B1*100", "=SUM(A1:B1)"]] }] });
    // 30 / 120 * 100 = 25; 30 + 120 = 150.
    expect(fake.workbook.values("S", "C1:D1")).toEqual([[25, 150]]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[60]];
      await context.sync();
    });
    // 60 / 120 * 100 = 50; 60 + 120 = 180.
    expect(fake.workbook.values("S", "C1:D1")).toEqual([[50, 180]]);
  });

  it("shows the cached value of a formula it cannot evaluate, else #FAKE!", () => {
    const fake = createFakeExcel({
      sheets: [{ name: "S", cells: { A1: { formula: "=VLOOKUP(1,B:C,2,0)", value: 7 }, A2: "=TODAY()" } }],
    });
    expect(fake.workbook.values("S", "A1:A2")).toEqual([[7], ["#FAKE!"]]);
  });
});
