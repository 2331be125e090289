// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setUpWorkbook } from "../../src/taskpane/use-cases";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";
import { submissionFile } from "./submission-files";
import { setUpInput, unitCell, unitNamed } from "./workbook-builders";

afterEach(cleanup);

const khuongMai = unitNamed("Khương Mai");
const kimGiang = unitNamed("Kim Giang");

async function twoWards(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await setUpWorkbook(book, setUpInput({ units: [khuongMai, kimGiang] }), { confirmed: false });
  return book;
}

function pick(files: { name: string; bytes: Uint8Array }[]): void {
  const input = screen.getByLabelText("Import files…", { selector: "input" });
  fireEvent.change(input, { target: { files: files.map((f) => new File([f.bytes.slice().buffer], f.name)) } });
}

describe("files screen", () => {
  it("exports one blank workbook per unit, named by period and unit", async () => {
    const { saved } = renderPane({ port: await twoWards(), screen: "files" });
    fireEvent.click(screen.getByRole("button", { name: "Export unit workbooks" }));
    expect(await screen.findByText(/2 files exported/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(saved.map((f) => f.name)).toEqual(["2024-10 khuong-mai.xlsx", "2024-10 kim-giang.xlsx"]);
    // An .xlsx is a zip: it starts with "PK".
    expect([...saved[0]!.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("reads several files at once and shows unit, period, errors and warnings before accepting", async () => {
    const book = await twoWards();
    renderPane({ port: book, screen: "files" });
    pick([
      { name: "khuong-mai.xlsx", bytes: await submissionFile(khuongMai, 6) },
      { name: "kim-giang.xlsx", bytes: await submissionFile(kimGiang, (code) => (code === "XH01" ? "n/a" : 2)) },
      { name: "notes.txt", bytes: new TextEncoder().encode("hello") },
    ]);
    const list = await screen.findByRole("list", { name: "Files read" }, { timeout: 10_000 });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain("Phường Khương Mai");
    expect(items[0]!.textContent).toContain("October 2024");
    expect(items[0]!.textContent).toMatch(/Error0Warning0/);
    // "n/a" typed in both XH01 cells (actual and cumulative): two errors.
    expect(items[1]!.textContent).toMatch(/Error2Warning0/);
    expect(items[2]!.textContent).toContain("is not an Excel .xlsx file");

    fireEvent.click(within(items[0]!).getByRole("button", { name: "Accept into Phường Khương Mai's sheet" }));
    expect(await within(items[0]!).findByText(/Written into "Phường Khương Mai"/)).toBeTruthy();
    expect(book.cell("Phường Khương Mai", unitCell(khuongMai, "XH01", "cumulative"))).toBe(6);
  });

  it("replaces a unit's typed figures only after confirmation, keeping them in a copy", async () => {
    const book = await twoWards();
    const cell = unitCell(khuongMai, "XH01", "cumulative");
    book.type("Phường Khương Mai", cell, 99);
    renderPane({ port: book, screen: "files" });
    pick([{ name: "khuong-mai.xlsx", bytes: await submissionFile(khuongMai, 6) }]);
    const list = await screen.findByRole("list", { name: "Files read" }, { timeout: 10_000 });
    expect(within(list).getByText(/already holds figures/)).toBeTruthy();
    fireEvent.click(within(list).getByRole("button", { name: /Accept into/ }));
    fireEvent.click(await within(list).findByRole("button", { name: "Replace, keeping a copy" }));
    expect(await within(list).findByText(/the replaced figures are in "Phường Khương Mai \(lưu 2024-10\)"/)).toBeTruthy();
    expect(book.cell("Phường Khương Mai", cell)).toBe(6);
    expect(book.cell("Phường Khương Mai (lưu 2024-10)", cell)).toBe(99);
  });

  it("does not offer to accept a report for another period", async () => {
    renderPane({ port: await twoWards(), screen: "files" });
    pick([{ name: "old.xlsx", bytes: await submissionFile(khuongMai, 6, "2024-09") }]);
    const list = await screen.findByRole("list", { name: "Files read" }, { timeout: 10_000 });
    expect(within(list).getByText("It is the report for September 2024, but this workbook is set up for October 2024.")).toBeTruthy();
    expect(within(list).queryByRole("button")).toBeNull();
  });
});
