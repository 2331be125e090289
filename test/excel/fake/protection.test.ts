/* eslint-disable office-addins/load-object-before-read --
   These tests read properties before load and sync on purpose: that Excel refuses it is what they check. */
// Sheet protection. Sources:
// - WorksheetProtection.protect reference (@types/office-js, learn.microsoft.com excel.worksheetprotection):
//   "Protects a worksheet. Fails if the worksheet has already been protected."
// - office-js issue #6784: current Excel also fails unprotect() on an unprotected sheet, with AccessDenied.
// - Graph/Excel error for a write to a locked cell: AccessDenied, "You cannot perform the requested
//   operation." (microsoft-graph-docs issue #4546); cells are locked by default (FormatProtection.locked).
// - "Error handling with the application-specific JavaScript APIs": BadPassword, "The password you
//   supplied is incorrect."
// - WorksheetProtectionOptions: allowFormatCells / allowFormatColumns / allowFormatRows.
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../../../src/excel/testing";

const protectedSheet = {
  sheets: [
    { name: "P", protection: { protected: true }, cells: { "B2:B3": { locked: false } }, grid: [["kept"]] },
  ],
};

describe("a protected sheet", () => {
  it("refuses a write to a locked cell with AccessDenied and keeps its value", async () => {
    const fake = createFakeExcel(protectedSheet);
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").getRange("A1").values = [["changed"]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: "AccessDenied",
      debugInfo: { errorLocation: "Range.values" },
    });
    expect(fake.workbook.values("P", "A1")).toEqual([["kept"]]);
  });

  it("accepts a write to unlocked cells", async () => {
    const fake = createFakeExcel(protectedSheet);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").getRange("B2:B3").values = [[1], [2]];
      await context.sync();
    });
    expect(fake.workbook.values("P", "B2:B3")).toEqual([[1], [2]]);
  });

  it("refuses a write that touches one locked cell among unlocked ones", async () => {
    const fake = createFakeExcel(protectedSheet);
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").getRange("B2:B4").values = [[1], [2], [3]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.workbook.values("P", "B2:B4")).toEqual([[""], [""], [""]]);
  });

  it("refuses formatting unless the protection allows it", async () => {
    const fake = createFakeExcel(protectedSheet);
    const refused = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").getRange("B2").format.font.bold = true;
      await context.sync();
    });
    await expect(refused).rejects.toMatchObject({ code: "AccessDenied" });

    const allowing = createFakeExcel({
      sheets: [{ name: "P", protection: { protected: true, options: { allowFormatCells: true } } }],
    });
    await allowing.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").getRange("B2").format.font.bold = true;
      await context.sync();
    });
    expect(allowing.workbook.style("P", "B2", "font.bold")).toBe(true);
  });

  it("refuses changing a cell's locked flag while protected", async () => {
    const fake = createFakeExcel(protectedSheet);
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").getRange("C1").format.protection.locked = false;
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("protect and unprotect", () => {
  it("protect() fails on a protected sheet and unprotect() on an unprotected one", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "P", protection: { protected: true } }, { name: "U" }] });
    const protectAgain = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").protection.protect();
      await context.sync();
    });
    await expect(protectAgain).rejects.toMatchObject({
      code: "AccessDenied",
      debugInfo: { errorLocation: "WorksheetProtection.protect" },
    });
    const unprotectAgain = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("U").protection.unprotect();
      await context.sync();
    });
    await expect(unprotectAgain).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("lets the host check `protected` first, then unprotect, write and protect again in one sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "P", protection: { protected: true } }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("P");
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      sheet.protection.unprotect();
      sheet.getRange("A1").values = [["written"]];
      sheet.getRange("B1").format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    const snapshot = fake.workbook.snapshot().sheets![0]!;
    expect(fake.workbook.values("P", "A1")).toEqual([["written"]]);
    expect(fake.workbook.style("P", "B1", "locked")).toBe(false);
    expect(snapshot.protection).toMatchObject({
      protected: true,
      options: { allowFormatColumns: true, allowFormatCells: false },
    });
  });

  it("needs the password a sheet was protected with", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "P", protection: { protected: true, password: "khoa" } }],
    });
    const wrong = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").protection.unprotect("sai");
      await context.sync();
    });
    await expect(wrong).rejects.toMatchObject({ code: "BadPassword" });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("P").protection.unprotect("khoa");
      await context.sync();
    });
    expect(fake.workbook.snapshot().sheets![0]!.protection).toBeUndefined();
  });
});
