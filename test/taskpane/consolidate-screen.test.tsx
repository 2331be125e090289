// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setUpWorkbook } from "../../src/taskpane/use-cases";
import { MemoryWorkbook } from "./memory-workbook";
import { renderPane } from "./render-pane";
import { setUpInput, unitCell, unitFigureCells, unitNamed } from "./workbook-builders";

afterEach(cleanup);

const khuongMai = unitNamed("Khương Mai");
const kimGiang = unitNamed("Kim Giang");

async function twoWardBook(fill: {
  khuongMai?: number;
  kimGiang?: number | string;
}): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await setUpWorkbook(book, setUpInput({ units: [khuongMai, kimGiang] }), { confirmed: false });
  const typeAll = (sheet: string, unit: typeof khuongMai, value: number) => {
    for (const cell of unitFigureCells(unit)) {
      book.type(sheet, cell.actual, value);
      book.type(sheet, cell.cumulative, value);
    }
  };
  if (fill.khuongMai !== undefined) typeAll("Phường Khương Mai", khuongMai, fill.khuongMai);
  if (typeof fill.kimGiang === "number") typeAll("Phường Kim Giang", kimGiang, fill.kimGiang);
  if (typeof fill.kimGiang === "string") {
    typeAll("Phường Kim Giang", kimGiang, 3);
    book.type("Phường Kim Giang", unitCell(kimGiang, "XH01", "actual"), fill.kimGiang);
  }
  return book;
}

describe("consolidate screen", () => {
  it("in a workbook not set up, says so and its button leads to Set up", async () => {
    renderPane();
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    expect(await screen.findByText(/has not been set up yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Go to Set up" }));
    expect(screen.getByRole("tab", { name: "Set up" }).getAttribute("aria-selected")).toBe("true");
  });

  it("shows a progress bar with the step it is on while it works", async () => {
    const book = await twoWardBook({});
    let release: () => void = () => {};
    const slow = Object.assign(Object.create(book) as MemoryWorkbook, {
      readSheets: () => new Promise((resolve) => (release = () => resolve(book.readSheets()))),
    });
    renderPane({ port: slow });
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Reading the unit sheets…")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Consolidate" }).hasAttribute("disabled")).toBe(true);
    release();
    // Nothing typed yet: none of the two wards has reported.
    expect(await screen.findByText("0 of 2 units reported")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows the result card: units reported out of expected, who is missing, and opens the summary", async () => {
    const book = await twoWardBook({ khuongMai: 7 });
    renderPane({ port: book });
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    const card = await screen.findByRole("region", { name: "Summary for October 2024" });
    expect(within(card).getByText("1 of 2 units reported")).toBeTruthy();
    const missing = within(card).getByRole("heading", { name: "Not reported (1)" }).closest("section")!;
    expect(within(missing).getByRole("listitem").textContent).toBe("Phường Kim Giang");
    expect(within(card).getByText(/remind the units that have not reported/)).toBeTruthy();

    await book.activateSheet("Phường Khương Mai");
    fireEvent.click(within(card).getByRole("button", { name: "Open the summary" }));
    await waitFor(() => expect(book.active).toBe("Tổng hợp"));
  });

  it("lists a unit left out for errors and accepts it with a reason, consolidating again", async () => {
    const book = await twoWardBook({ khuongMai: 7, kimGiang: "n/a" });
    renderPane({ port: book });
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    const card = await screen.findByRole("region", { name: /Summary for/ });
    expect(within(card).getByRole("heading", { name: "Left out for errors (1)" })).toBeTruthy();
    expect(within(card).getByText("Phường Kim Giang (1 error)")).toBeTruthy();

    fireEvent.click(within(card).getByRole("button", { name: "Accept Phường Kim Giang…" }));
    const reason = screen.getByRole("textbox", { name: /Why accept Phường Kim Giang/ });
    fireEvent.click(screen.getByRole("button", { name: "Accept and consolidate again" }));
    expect(await screen.findByText(/Write the reason for accepting/)).toBeTruthy();

    fireEvent.change(reason, { target: { value: "Checked by phone" } });
    fireEvent.click(screen.getByRole("button", { name: "Accept and consolidate again" }));
    expect(await screen.findByRole("heading", { name: "Accepted despite errors (1)" })).toBeTruthy();
    expect(screen.getByText("Phường Kim Giang: Checked by phone")).toBeTruthy();
    expect(screen.getByText("2 of 2 units reported")).toBeTruthy();
  });

  it("says when Excel could not write the summary, and what to do next", async () => {
    const book = await twoWardBook({ khuongMai: 7 });
    book.failNextSummary = new Error("RequestPayloadSizeLimitExceeded");
    renderPane({ port: book });
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    expect(await screen.findByText(/RequestPayloadSizeLimitExceeded/)).toBeTruthy();
    expect(screen.getByText(/Nothing was half written. Try again/)).toBeTruthy();
  });

  it("stops on an unreadable row of the history sheet, names it, and goes to it", async () => {
    const book = await twoWardBook({ khuongMai: 7 });
    renderPane({ port: book });
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    await screen.findByText("1 of 2 units reported");
    book.type("Lịch sử", "E6", "bảy");
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    expect(
      await screen.findByText(/Some rows of the "Lịch sử" sheet cannot be read. Nothing was written./),
    ).toBeTruthy();
    expect(screen.getByText(/Row 6: .*bảy/)).toBeTruthy();
    expect(screen.queryByText("1 of 2 units reported")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Go to the first row" }));
    await waitFor(() => expect(book.selection).toEqual({ sheet: "Lịch sử", address: "A6" }));
    expect(book.summaryWrites).toBe(1);
  });

  it("stops on a crosswalk row with an error, and says why", async () => {
    const book = await twoWardBook({ khuongMai: 7 });
    renderPane({ port: book });
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    await screen.findByText("1 of 2 units reported");
    // A year on, Khương Mai is gone from the list: the set-up adds the crosswalk sheet.
    await setUpWorkbook(book, setUpInput({ units: [kimGiang], period: "2025-10" }), { confirmed: true });
    book.type("Chuyển đổi địa giới", "A4", "khuong-mai");
    book.type("Chuyển đổi địa giới", "B4", "kim-giang");
    book.type("Chuyển đổi địa giới", "C4", "nửa");
    fireEvent.click(screen.getByRole("button", { name: "Consolidate" }));
    expect(
      await screen.findByText(/The crosswalk on the "Chuyển đổi địa giới" sheet cannot be used yet/),
    ).toBeTruthy();
    expect(screen.getByText(/Row 4: the share "nửa" must be a number/)).toBeTruthy();
  });

  it("speaks Vietnamese in a Vietnamese Excel", async () => {
    const book = await twoWardBook({ khuongMai: 7, kimGiang: 5 });
    renderPane({ port: book, language: "vi-VN" });
    fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    expect(await screen.findByText("2/2 đơn vị đã báo cáo")).toBeTruthy();
    expect(screen.getByText("Tất cả các đơn vị đã báo cáo.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Mở báo cáo tổng hợp" })).toBeTruthy();
  });
});
