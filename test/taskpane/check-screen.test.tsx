// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setUpWorkbook } from "../../src/taskpane/use-cases";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";
import { setUpInput, unitCell, unitFigureCells, unitNamed } from "./workbook-builders";

afterEach(cleanup);

const khuongMai = unitNamed("Khương Mai");
const sheet = "Phường Khương Mai";

async function filledBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await setUpWorkbook(book, setUpInput({ units: [khuongMai] }), { confirmed: false });
  for (const cell of unitFigureCells(khuongMai)) {
    book.type(sheet, cell.actual, 4);
    book.type(sheet, cell.cumulative, 4);
  }
  return book;
}

describe("check screen", () => {
  it("checks the active sheet and says there is nothing to correct", async () => {
    renderPane({ port: await filledBook(), screen: "check" });
    fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
    expect(await screen.findByText("1 sheet checked: nothing to correct.")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Findings" })).toBeNull();
  });

  it("lists each finding with its severity in words and its cell; choosing one selects the cell", async () => {
    const book = await filledBook();
    const cell = unitCell(khuongMai, "XH01", "actual");
    book.type(sheet, cell, "12 mũi");
    renderPane({ port: book, screen: "check" });
    fireEvent.click(screen.getByRole("button", { name: "Check all sheets" }));
    const list = await screen.findByRole("list", { name: "Findings" });
    const item = within(list).getByRole("button", { name: new RegExp(`Error.*${sheet}, cell ${cell}`) });
    await book.activateSheet("Kế hoạch");
    fireEvent.click(item);
    await waitFor(() => expect(book.selection).toEqual({ sheet, address: cell }));
    expect(screen.getByText(/1 sheet checked: 1 errors, 0 warnings/)).toBeTruthy();
  });

  it("reaches every finding with the keyboard: each is a focusable button", async () => {
    const book = await filledBook();
    book.type(sheet, unitCell(khuongMai, "XH01", "actual"), "n/a");
    book.type(sheet, unitCell(khuongMai, "XH02", "actual"), -3);
    renderPane({ port: book, screen: "check" });
    fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
    const list = await screen.findByRole("list", { name: "Findings" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const button of buttons) {
      button.focus();
      expect(document.activeElement).toBe(button);
    }
  });

  it("checks again by itself after an edit, once typing pauses", async () => {
    const book = await filledBook();
    renderPane({ port: book, screen: "check" });
    fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
    expect(await screen.findByText("1 sheet checked: nothing to correct.")).toBeTruthy();
    book.type(sheet, unitCell(khuongMai, "XH01", "actual"), "n/a");
    expect(
      await screen.findByText(/1 errors, 0 warnings.*Checked again after your edit/, {}, { timeout: 3000 }),
    ).toBeTruthy();
  });

  it("says when the active sheet is not a unit's sheet", async () => {
    const book = await filledBook();
    await book.activateSheet("Hướng dẫn");
    renderPane({ port: book, screen: "check", language: "vi-VN" });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra trang này" }));
    expect(await screen.findByText(/"Hướng dẫn" không phải trang của đơn vị/)).toBeTruthy();
  });
});
