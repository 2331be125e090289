// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { consolidate } from "../../src/taskpane/use-cases";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";
import { unitCell, unitFigureCells, unitNamed } from "./workbook-builders";

afterEach(cleanup);

const khuongMai = unitNamed("Khương Mai");

/** The sample district set up through the screen, Khương Mai's figures typed (3), consolidated. */
async function consolidatedOctober(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  renderPane({ port: book, screen: "setup" });
  fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
  await screen.findByText(/Done: 19 unit sheets/);
  for (const cell of unitFigureCells(khuongMai)) {
    book.type("Phường Khương Mai", cell.actual, 3);
    book.type("Phường Khương Mai", cell.cumulative, 3);
  }
  await consolidate(book, { now: new Date("2024-11-06T02:00:00Z") });
  return book;
}

describe("set-up screen", () => {
  it("starts with the built-in template, last month and the sample district, and sets it up", async () => {
    const book = new MemoryWorkbook();
    renderPane({ port: book, screen: "setup" });
    expect(screen.getByRole("radio", { name: /Built-in template/ })).toHaveProperty("checked", true);
    // NOW is 4 November 2024: the period offered is October.
    expect(screen.getByRole("textbox", { name: /Period/ })).toHaveProperty("value", "2024-10");
    expect(screen.getByText("19 units")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByText(/Done: 19 unit sheets\. Next: fill the Plans sheet/)).toBeTruthy();
    expect(book.sheet("Phường Khương Mai")).toBeDefined();
    expect(book.sheet("Hướng dẫn")).toBeDefined();
  });

  it("takes a pasted list of names, one a line", async () => {
    const book = new MemoryWorkbook();
    renderPane({ port: book, screen: "setup" });
    fireEvent.click(screen.getByRole("radio", { name: "A pasted list" }));
    fireEvent.change(screen.getByRole("textbox", { name: /one per line/ }), {
      target: { value: "Phường Kim Giang\nPhường Hạ Đình\n" },
    });
    expect(screen.getByText("2 units")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByText(/Done: 2 unit sheets/)).toBeTruthy();
  });

  it("refuses a period it cannot read and says how to write one", async () => {
    renderPane({ screen: "setup" });
    fireEvent.change(screen.getByRole("textbox", { name: /Period/ }), { target: { value: "10/2024" } });
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByText(/10\/2024/)).toBeTruthy();
    expect(screen.queryByText(/Done:/)).toBeNull();
  });

  it("asks before replacing typed figures, then keeps a copy", async () => {
    const book = new MemoryWorkbook();
    renderPane({ port: book, screen: "setup" });
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    await screen.findByText(/Done: 19 unit sheets/);
    const cell = unitCell(unitNamed("Khương Mai"), "XH01", "actual");
    book.type("Phường Khương Mai", cell, 250);

    fireEvent.change(screen.getByRole("textbox", { name: /Period/ }), { target: { value: "2024-11" } });
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByText("Some unit sheets already hold figures")).toBeTruthy();
    expect(book.cell("Phường Khương Mai", cell)).toBe(250);
    fireEvent.click(screen.getByRole("button", { name: "Keep copies and set up" }));
    expect(await screen.findByText(/Copies kept: Phường Khương Mai \(lưu 2024-10\)/)).toBeTruthy();
    expect(book.cell("Phường Khương Mai (lưu 2024-10)", cell)).toBe(250);
  });

  it("says when last year's figures came from the History sheet", async () => {
    const book = await consolidatedOctober();

    fireEvent.change(screen.getByRole("textbox", { name: /Period/ }), { target: { value: "2025-10" } });
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    fireEvent.click(await screen.findByRole("button", { name: "Keep copies and set up" }));
    // Only Khương Mai reported in October 2024, so only its sheet is filled in.
    expect(
      await screen.findByText(
        /Last year's figures \(October 2024\) were filled in from the History sheet on 1 unit sheet\./,
      ),
    ).toBeTruthy();
    expect(book.cell("Phường Khương Mai", unitCell(khuongMai, "XH01", "last_year"))).toBe(3);
  });

  it("says when it added the crosswalk sheet for units the history holds but the list does not", async () => {
    const book = await consolidatedOctober();

    // Next year's list, pasted without Khương Mai.
    fireEvent.change(screen.getByRole("textbox", { name: /Period/ }), { target: { value: "2025-10" } });
    fireEvent.click(screen.getByRole("radio", { name: "A pasted list" }));
    fireEvent.change(screen.getByRole("textbox", { name: /one per line/ }), {
      target: { value: "Phường Kim Giang" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    fireEvent.click(await screen.findByRole("button", { name: "Keep copies and set up" }));
    expect(
      await screen.findByText(
        /The History sheet holds 1 unit no longer on the list: the "Chuyển đổi địa giới" sheet was added\./,
      ),
    ).toBeTruthy();
    expect(book.sheet("Chuyển đổi địa giới")).toBeDefined();
  });
});
