/* eslint-disable office-addins/no-context-sync-in-loop --
   The loops run one Excel.run per case, each checking that its own sync fails. */
// Sheets, used ranges, names and custom properties. Sources:
// - WorksheetCollection.add: "The worksheet will be added at the end of existing worksheets."
// - Worksheet.delete: a "VeryHidden" sheet fails with InvalidOperation.
// - Worksheet.getUsedRange: "If the entire worksheet is blank, this function will return the top
//   left cell"; getUsedRangeOrNullObject returns a null object instead; valuesOnly "considers only
//   cells with values as used cells"; Range.getUsedRange throws ItemNotFound when nothing is used.
// - CustomPropertyCollection.add "Creates a new or sets an existing custom property"; keys are
//   case-insensitive; getItem "Throws an error if the custom property does not exist".
// - NamedItem.value: "For a named range, will return the range address"; NamedItemType values.
// - Excel's own behaviour on renaming and deleting sheets: references follow a rename; a reference
//   to a deleted sheet becomes #REF!.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../../../src/excel/testing";

describe("worksheets", () => {
  it("build a sheet under a temporary name and swap it in for the old one", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "Tổng hợp", grid: [["old"]] },
        { name: "Khác", grid: [["='Tổng hợp'!A1"]] },
      ],
      activeSheet: "Tổng hợp",
    });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const fresh = sheets.add("~tmp Tổng hợp");
      fresh.getRange("A1").values = [["new"]];
      sheets.getItem("Tổng hợp").delete();
      fresh.name = "Tổng hợp";
      fresh.position = 0;
      fresh.activate();
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(["Tổng hợp", "Khác"]);
    expect(fake.workbook.activeSheet()).toBe("Tổng hợp");
    expect(fake.workbook.values("Tổng hợp", "A1")).toEqual([["new"]]);
    // The formula on "Khác" pointed at the deleted sheet: Excel turns it into #REF!.
    expect(fake.workbook.formulas("Khác", "A1")).toEqual([["=#REF!"]]);
  });

  it("rewrite references when a sheet is renamed", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "Old", grid: [[5]] },
        { name: "Use", grid: [["=Old!A1*2"]] },
      ],
    });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Old").name = "Mới 1";
      await context.sync();
    });
    expect(fake.workbook.formulas("Use", "A1")).toEqual([["='Mới 1'!A1*2"]]);
    expect(fake.workbook.values("Use", "A1")).toEqual([[10]]);
  });

  it("refuse a second sheet of the same name, whatever its case", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.add("DATA");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("refuse names Excel refuses", async () => {
    const fake = createFakeExcel();
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.add("a/b");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuse deleting the last visible sheet and a very hidden one", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Only" }, { name: "Secret", visibility: "VeryHidden" }],
    });
    for (const name of ["Only", "Secret"]) {
      const run = fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code: "InvalidOperation" });
    }
  });

  it("keep a proxy on its sheet through a rename, and fail it once the sheet is deleted", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    const run = fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.name = "A2";
      sheet.getRange("A1").values = [["still A"]];
      await context.sync();
      expect(fake.workbook.values("A2", "A1")).toEqual([["still A"]]);
      sheet.delete();
      sheet.getRange("A1").values = [["gone"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("used range", () => {
  const sheets = [
    { name: "S", cells: { B2: 1, D4: "x", F8: { style: { "fill.color": "#FFFF00" } } } },
    { name: "Blank" },
  ];

  it("spans the cells with values, or with values and formats", async () => {
    const fake = createFakeExcel({ sheets });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      await context.sync();
      expect(values.address).toBe("S!B2:D4");
      expect(all.address).toBe("S!B2:F8");
    });
  });

  it("is A1 on a blank sheet, or a null object with getUsedRangeOrNullObject", async () => {
    const fake = createFakeExcel({ sheets });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blank");
      const used = sheet.getUsedRange(true).load("address");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      const present = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe("Blank!A1");
      expect(orNull.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("of a range fails with ItemNotFound where the range holds nothing", async () => {
    const fake = createFakeExcel({ sheets });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C3").getUsedRange(true).load("address");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("keeps its address once computed, as a Range object does", async () => {
    const fake = createFakeExcel({ sheets });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const used = sheet.getUsedRange(true);
      used.load("address");
      await context.sync();
      sheet.getRange("H10").values = [[1]];
      used.load("address");
      await context.sync();
      expect(used.address).toBe("S!B2:D4");
    });
  });
});

describe("ranges by address", () => {
  it("resolve getCell, getResizedRange and whole-sheet getRange()", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("S").getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address");
      const grown = base.getResizedRange(2, -1).load("address");
      const whole = context.workbook.worksheets.getItem("S").getRange().load("address");
      await context.sync();
      expect(cell.address).toBe("S!C3");
      // 2 rows + 2 = 4 rows from row 2; 2 columns - 1 = 1 column: B2:B5.
      expect(grown.address).toBe("S!B2:B5");
      expect(whole.address).toBe("S!1:1048576");
    });
  });

  it("fail with InvalidArgument off the grid or on a bad address", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    for (const make of [
      (s: Excel.Worksheet) => s.getRange("A1").getResizedRange(0, -1),
      (s: Excel.Worksheet) => s.getRange("A0"),
    ]) {
      const run = fake.Excel.run(async (context) => {
        make(context.workbook.worksheets.getItem("S")).load("address");
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});

describe("custom properties", () => {
  it("are added, replaced and found whatever the case of the key", async () => {
    const fake = createFakeExcel({ customProperties: { "tonghop.version": 1 } });
    await fake.Excel.run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.add("TongHop.Version", 2);
      custom.add("tonghop.period", "2024-06");
      const version = custom.getItem("TONGHOP.VERSION").load("key, value, type");
      const missing = custom.getItemOrNullObject("nothing");
      await context.sync();
      expect([version.key, version.value, version.type]).toEqual(["tonghop.version", 2, "Number"]);
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.workbook.snapshot().customProperties).toEqual({
      "tonghop.version": 2,
      "tonghop.period": "2024-06",
    });
  });

  it("fail getItem of a missing key with ItemNotFound", async () => {
    const fake = createFakeExcel();
    const run = fake.Excel.run(async (context) => {
      context.workbook.properties.custom.getItem("nothing").load("value");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("are trimmed to 255 characters on desktop and kept whole on the web", async () => {
    const long = "v".repeat(300);
    for (const [platform, length] of [
      ["desktop", 255],
      ["web", 300],
    ] as const) {
      const fake = createFakeExcel({}, { platform });
      await fake.Excel.run(async (context) => {
        context.workbook.properties.custom.add("k", long);
        await context.sync();
      });
      expect(String(fake.workbook.snapshot().customProperties!.k).length).toBe(length);
    }
  });
});

describe("names", () => {
  it("hold text or a range, with Excel's type and value", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    await fake.Excel.run(async (context) => {
      const names = context.workbook.names;
      names.add("tonghop_meta", '="{""v"":1}"');
      names.add("tonghop_table", context.workbook.worksheets.getItem("Data").getRange("A5:K40"));
      await context.sync();
      const meta = names.getItem("TONGHOP_META").load("type, value");
      const table = names.getItem("tonghop_table").load("type, value, formula");
      await context.sync();
      expect([meta.type, meta.value]).toEqual(["String", '{"v":1}']);
      expect([table.type, table.value, table.formula]).toEqual([
        "Range",
        "Data!$A$5:$K$40",
        "=Data!$A$5:$K$40",
      ]);
    });
  });

  it("refuse a duplicate with ItemAlreadyExists and an invalid name with InvalidArgument", async () => {
    const fake = createFakeExcel({ names: [{ name: "taken", formula: "=1" }] });
    for (const [name, code] of [
      ["TAKEN", "ItemAlreadyExists"],
      ["A1", "InvalidArgument"],
      ["has space", "InvalidArgument"],
    ]) {
      const run = fake.Excel.run(async (context) => {
        context.workbook.names.add(name!, "=2");
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code });
    }
  });

  it("answer getItemOrNullObject with a null object for a missing name", async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.names.getItemOrNullObject("nothing");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });
});
