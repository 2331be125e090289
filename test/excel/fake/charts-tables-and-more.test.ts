// Charts, tables, page layout, tab colour, selection and change events on the fake. Sources
// (learn.microsoft.com, Excel JavaScript API reference):
// - ChartCollection.add(type, sourceData, seriesBy), ExcelApi 1.1; ChartSeriesBy: on the web
//   "auto" "will simply default to columns"; ChartType names ("BarClustered", "ColumnClustered").
// - TableCollection.add(address, hasHeaders), ExcelApi 1.1: "If the table cannot be added
//   (e.g., because the address is invalid, or the table would overlap with another table), an
//   error will be thrown"; getItemOrNullObject "If the table doesn't exist, then this method
//   returns an object with its isNullObject property set to true".
// - Worksheet.tabColor (ExcelApi 1.7), Worksheet.pageLayout (ExcelApi 1.9).
// - Range.select (ExcelApi 1.1); WorksheetCollection.onChanged (ExcelApi 1.9), removed with
//   the EventHandlerResult in the context that added it.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../../../src/excel/testing";

const data = {
  sheets: [
    {
      name: "Data",
      grid: [
        ["Ward", "Cases"],
        ["A", 12],
        ["B", 30],
      ],
    },
    { name: "Other" },
  ],
};

describe("worksheet charts", () => {
  it("read a labelled block by columns into one series with categories", async () => {
    const fake = createFakeExcel(data);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A2:B3"), "Columns");
      chart.name = "wards";
      chart.title.text = "Cases by ward";
      chart.series.getItemAt(0).name = "Cases";
      chart.setPosition("E4");
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["wards"]);
    });
    expect(fake.workbook.charts("Data")).toEqual([
      {
        name: "wards",
        type: "ColumnClustered",
        title: "Cases by ward",
        position: "E4",
        valueAxis: { numberFormat: "General", title: "" },
        categoryAxisTitle: "",
        legendVisible: true,
        series: [{ name: "Cases", values: "Data!B2:B3", categories: "Data!A2:A3" }],
      },
    ]);
  });

  it("refuse a chart type Excel does not have", async () => {
    const fake = createFakeExcel(data);
    const run = fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.charts.add("Bars" as Excel.ChartType, sheet.getRange("A2:B3"), "Columns");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.workbook.charts("Data")).toEqual([]);
  });
});

describe("worksheet tables", () => {
  it("are added with their header row, named, and found by name", async () => {
    const fake = createFakeExcel(data);
    await fake.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      table.name = "Wards";
      await context.sync();
      const found = context.workbook.tables.getItemOrNullObject("wards").load("name");
      const missing = context.workbook.tables.getItemOrNullObject("Nowhere");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe("Wards");
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.workbook.tables("Data")).toEqual([
      { name: "Wards", range: "A1:B3", showHeaders: true, style: "TableStyleMedium2" },
    ]);
  });

  it("refuse a name another table has, with ItemAlreadyExists", async () => {
    const fake = createFakeExcel(data);
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true).name = "Wards";
      context.workbook.worksheets.getItem("Other").tables.add("A1:A2", true).name = "WARDS";
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("refuse to overlap another table", async () => {
    const fake = createFakeExcel(data);
    const run = fake.Excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("Data").tables;
      tables.add("A1:B3", true);
      tables.add("B2:C4", true);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("name a blank header cell Column<n>, and go with their sheet", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          grid: [
            ["Ward", null],
            ["A", 1],
          ],
        },
        { name: "T" },
      ],
    });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("A1:B2", true);
      await context.sync();
    });
    expect(fake.workbook.values("S", "A1:B1")).toEqual([["Ward", "Column2"]]);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").delete();
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      expect(tables.items).toEqual([]);
    });
  });
});

describe("fixed fake bugs", () => {
  it("treats null in a grid as an empty cell", () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [[1, null, 3]] }] });
    expect(fake.workbook.values("S", "A1:C1")).toEqual([[1, "", 3]]);
  });

  it("loads the protection of a missing sheet's null object as a null object, not ItemNotFound", async () => {
    const fake = createFakeExcel(data);
    await fake.Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItemOrNullObject("Nowhere").protection;
      protection.load("protected");
      await context.sync();
      expect(protection.isNullObject).toBe(true);
      expect(protection.protected).toBeUndefined();
    });
  });

  it("keeps tab colour and page layout as set", async () => {
    const fake = createFakeExcel(data);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tabColor = "#1f4e79";
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.centerHorizontally = true;
      sheet.pageLayout.setPrintTitleRows("$9:$10");
      await context.sync();
    });
    expect(fake.workbook.tabColor("Data")).toBe("#1F4E79");
    expect(fake.workbook.pageLayout("Data")).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$9:$10",
    });
  });

  it("refuses page layout below ExcelApi 1.9, at the call", async () => {
    const fake = createFakeExcel(data, { excelApi: "1.8" });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").pageLayout.orientation = "Landscape";
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("selection and change events", () => {
  it("selects a range, making its sheet active", async () => {
    const fake = createFakeExcel(data);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("C12").select();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Other");
    });
    expect(fake.workbook.selection()).toEqual({ sheet: "Other", address: "C12" });
  });

  it("calls onChanged handlers when a test fires a change, until they are removed", async () => {
    const fake = createFakeExcel(data);
    const seen: string[] = [];
    const registration = await fake.Excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (event) => {
        seen.push(`${event.worksheetId} ${event.address}`);
        return Promise.resolve();
      });
      await context.sync();
      return result;
    });
    expect(fake.workbook.changeHandlers).toBe(1);
    await fake.fireSheetChange("Data", "B2");
    await fake.Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    await fake.fireSheetChange("Data", "B3");
    expect(fake.workbook.changeHandlers).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/ B2$/);
  });
});
