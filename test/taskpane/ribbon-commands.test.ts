import { describe, expect, it } from "vitest";
import { checkSheetCommand, consolidateCommand } from "../../src/commands/ribbon-commands";
import { setUpWorkbook } from "../../src/taskpane/use-cases";
import { MemoryWorkbook } from "./memory-workbook";
import { setUpInput, unitCell, unitFigureCells, unitNamed } from "./workbook-builders";

const khuongMai = unitNamed("Khương Mai");
const sheet = "Phường Khương Mai";

async function oneWard(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await setUpWorkbook(book, setUpInput({ units: [khuongMai] }), { confirmed: false });
  for (const cell of unitFigureCells(khuongMai)) {
    book.type(sheet, cell.actual, 2);
    book.type(sheet, cell.cumulative, 2);
  }
  return book;
}

describe("ribbon commands (ExecuteFunction, no panel)", () => {
  it("Consolidate writes the summary and leaves the summary sheet active", async () => {
    const book = await oneWard();
    expect(await consolidateCommand(book, new Date("2024-11-04T03:00:00Z"))).toBe("done");
    expect(book.summaryWrites).toBe(1);
    expect(book.active).toBe("Tổng hợp");
  });

  it("Consolidate in a workbook not set up changes nothing", async () => {
    const book = new MemoryWorkbook();
    expect(await consolidateCommand(book, new Date())).toBe("not-set-up");
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("Consolidate stops on an unreadable row of the history sheet and selects it, writing nothing", async () => {
    const book = await oneWard();
    const now = new Date("2024-11-04T03:00:00Z");
    expect(await consolidateCommand(book, now)).toBe("done");
    book.type("Lịch sử", "E4", "n/a");
    expect(await consolidateCommand(book, now)).toBe("history-unreadable");
    expect(book.summaryWrites).toBe(1);
    expect(book.selection).toEqual({ sheet: "Lịch sử", address: "A4" });
  });

  it("Consolidate stops on a crosswalk row with an error and selects it", async () => {
    const book = await oneWard();
    const now = new Date("2024-11-04T03:00:00Z");
    await consolidateCommand(book, now);
    await setUpWorkbook(book, setUpInput({ units: [unitNamed("Kim Giang")] }), { confirmed: true });
    // The history holds Khương Mai, no longer on the list: the set-up added the crosswalk sheet.
    book.type("Chuyển đổi địa giới", "A4", "khuong-mai");
    book.type("Chuyển đổi địa giới", "B4", "phuong-khong-co");
    book.type("Chuyển đổi địa giới", "C4", 1);
    expect(await consolidateCommand(book, now)).toBe("crosswalk-unusable");
    expect(book.selection).toEqual({ sheet: "Chuyển đổi địa giới", address: "A4" });
  });

  it("Check sheet selects the first cell in error on the active unit sheet", async () => {
    const book = await oneWard();
    const cell = unitCell(khuongMai, "XH02", "cumulative");
    book.type(sheet, cell, "nhiều");
    await book.activateSheet(sheet);
    expect(await checkSheetCommand(book)).toBe("done");
    expect(book.selection).toEqual({ sheet, address: cell });
  });

  it("Check sheet on a clean sheet selects nothing", async () => {
    const book = await oneWard();
    await book.activateSheet(sheet);
    expect(await checkSheetCommand(book)).toBe("clean");
    expect(book.selection).toBeUndefined();
  });
});
