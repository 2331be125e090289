/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-empty-load --
   These tests read properties before load and sync on purpose: that Excel refuses it is what they check. */
// Behaviour of proxies, load and sync, checked against:
// - "Application-specific API model" (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
//   properties must be loaded and synced before they are read; set properties and methods are
//   queued and run at sync; *OrNullObject results carry isNullObject after a sync, unloaded.
// - office.js's own runtime (@microsoft/office-js, excel-web-16.00.debug.js): Utility.throwIfNotLoaded
//   throws RuntimeError { name "RichApi.Error", code "PropertyNotLoaded" }; the Range.values
//   setter keeps the written value on the proxy (`this.m_values = value`).
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../../../src/excel/testing";

const oneSheet = {
  sheets: [
    {
      name: "Data",
      grid: [
        [1, 2],
        [3, 4],
      ],
    },
  ],
};

describe("reading a property", () => {
  it("throws PropertyNotLoaded before load and sync, as office.js does", async () => {
    const fake = createFakeExcel(oneSheet);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }),
      );
      range.load("values");
      // Loaded but not yet synced: still not available.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      // Only what was loaded can be read.
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("names the property in the message and the object in debugInfo", async () => {
    const fake = createFakeExcel(oneSheet);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      let caught: unknown;
      try {
        void sheet.name;
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({
        message: expect.stringContaining("'name'"),
        debugInfo: { errorLocation: "Worksheet.name" },
      });
      await context.sync();
    });
  });

  it("loads nested properties by path and loads everything scalar with a bare load()", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data", protection: { protected: true } }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.load("name, protection/protected");
      const cell = sheet.getRange("B3");
      cell.load();
      await context.sync();
      expect(sheet.name).toBe("Data");
      expect(sheet.protection.protected).toBe(true);
      expect(cell.address).toBe("Data!B3");
      expect(cell.rowIndex).toBe(2);
    });
  });

  it("reads back a value the program set, before and after sync, as the runtime keeps it", async () => {
    const fake = createFakeExcel(oneSheet);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["123"]];
      expect(range.values).toEqual([["123"]]);
      await context.sync();
      // Still what was written, not what Excel stored (the number 123), until loaded again.
      expect(range.values).toEqual([["123"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[123]]);
    });
  });

  it("loads a collection's items with their properties", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A" }, { name: "B", visibility: "Hidden" }] });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["A", "Visible"],
        ["B", "Hidden"],
      ]);
    });
  });
});

describe("null objects", () => {
  it("tell whether the item exists after a sync, without a load", async () => {
    const fake = createFakeExcel(oneSheet);
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nowhere");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("read loaded properties as undefined rather than throwing", async () => {
    const fake = createFakeExcel(oneSheet);
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nowhere");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
    });
  });

  it("whereas getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const fake = createFakeExcel(oneSheet);
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nowhere").load("name");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("Excel.run", () => {
  it("syncs what is still queued when the batch resolves", async () => {
    const fake = createFakeExcel(oneSheet);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[9]];
      return Promise.resolve();
    });
    expect(fake.workbook.values("Data", "A1")).toEqual([[9]]);
    expect(fake.counters.roundTrips).toBe(1);
  });

  it("rejects a batch that does not return a promise with RunMustReturnPromise", async () => {
    const fake = createFakeExcel(oneSheet);
    const run = fake.Excel.run(((context: Excel.RequestContext) => {
      void context;
      return undefined;
    }) as unknown as (context: Excel.RequestContext) => Promise<void>);
    await expect(run).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("records delayForCellEdit for each run", async () => {
    const fake = createFakeExcel(oneSheet);
    await fake.Excel.run({ delayForCellEdit: true }, async (context) => context.sync());
    await fake.Excel.run(async (context) => context.sync());
    expect(fake.counters.runs).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: false }]);
  });
});
