// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { consolidate, setUpWorkbook } from "../../src/taskpane/use-cases";
import { MemoryWorkbook } from "./memory-workbook";
import { NOW, renderPane } from "./render-pane";
import { setUpInput, unitFigureCells, unitNamed } from "./workbook-builders";

const khuongMai = unitNamed("Khương Mai");
const kimGiang = unitNamed("Kim Giang");

/** The clipboard as the pane finds it: a fake, or none (undefined), over happy-dom's own. */
function clipboardIs(clipboard: { writeText: (text: string) => Promise<void> } | undefined) {
  Object.defineProperty(navigator, "clipboard", { value: clipboard, configurable: true });
}

afterEach(() => {
  cleanup();
  // Back to happy-dom's own clipboard, defined on the prototype.
  delete (navigator as { clipboard?: unknown }).clipboard;
});

/** Two wards, each with 7 typed in every figure cell. */
async function bothReported(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await setUpWorkbook(book, setUpInput({ units: [khuongMai, kimGiang] }), { confirmed: false });
  for (const [sheet, unit] of [
    ["Phường Khương Mai", khuongMai],
    ["Phường Kim Giang", kimGiang],
  ] as const)
    for (const cell of unitFigureCells(unit)) {
      book.type(sheet, cell.actual, 7);
      book.type(sheet, cell.cumulative, 7);
    }
  return book;
}

// Only wards report here, so only the groups of ward indicators have sentences (DT, XH, HC,
// AN); Economy and Budget are the offices' and have none. The closing paragraph is on who
// reported: both wards.
const CLOSING_EN = "2 of 2 units have sent their reports.";
const CLOSING_VI = "2/2 đơn vị đã gửi báo cáo.";

async function openReport(language: "en-US" | "vi-VN" = "en-US") {
  const book = await bothReported();
  renderPane({ port: book, language });
  fireEvent.click(screen.getByRole("button", { name: language === "en-US" ? "Consolidate" : "Tổng hợp" }));
  const name = language === "en-US" ? "Written report" : "Báo cáo";
  return screen.findByRole("region", { name });
}

describe("the written report on the result card", () => {
  it("the consolidation's card carries the report in both languages, paragraphs with something to say", async () => {
    const book = await bothReported();
    const result = await consolidate(book, { now: NOW });
    if (result.kind !== "done") throw new Error("expected a result card");
    const report = result.card.report!;
    expect(report.en.paragraphs.map((p) => p.title)).toEqual([
      "Investment, construction and urban order",
      "Culture and society",
      "Administrative reform",
      "Defence and security",
      "Reports received",
    ]);
    expect(report.vi.paragraphs.at(-1)).toEqual({ title: "Tình hình gửi báo cáo", sentences: [CLOSING_VI] });
    expect(report.en.text.endsWith(`Reports received\n${CLOSING_EN}\n`)).toBe(true);
  });

  it("shows paragraph titles as headings and their sentences, in the pane's language", async () => {
    const section = await openReport();
    expect(within(section).getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual([
      "Investment, construction and urban order",
      "Culture and society",
      "Administrative reform",
      "Defence and security",
      "Reports received",
    ]);
    expect(within(section).getByText(CLOSING_EN)).toBeTruthy();
  });

  it("copies the report's text with Copy, and says so in a status message", async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    clipboardIs({ writeText });
    const section = await openReport();
    const button = within(section).getByRole("button", { name: "Copy the written report" });
    expect(button.textContent).toBe("Copy");
    fireEvent.click(button);
    expect(
      await within(section).findByText("Copied: the written report is on the clipboard, ready to paste into a document."),
    ).toBeTruthy();
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0];
    expect(copied.startsWith("Investment, construction and urban order\n")).toBe(true);
    expect(copied.endsWith(`Reports received\n${CLOSING_EN}\n`)).toBe(true);
    expect(within(section).getByRole("status").textContent).toMatch(/^Copied/);
  });

  it("without a clipboard, selects the text in a read-only box and says to press Ctrl+C", async () => {
    clipboardIs(undefined);
    const section = await openReport();
    fireEvent.click(within(section).getByRole("button", { name: "Copy the written report" }));
    const box = await within(section).findByRole<HTMLTextAreaElement>("textbox", {
      name: "The written report as text",
    });
    expect(box.readOnly).toBe(true);
    expect(box.value.endsWith(`Reports received\n${CLOSING_EN}\n`)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    expect(within(section).getByRole("status").textContent).toMatch(/the report is selected in the box below\. Press Ctrl\+C/);
  });

  it("when the host refuses the clipboard, falls back to the selected text the same way", async () => {
    clipboardIs({ writeText: () => Promise.reject(new Error("NotAllowedError")) });
    const section = await openReport();
    fireEvent.click(within(section).getByRole("button", { name: "Copy the written report" }));
    expect(await within(section).findByRole("textbox", { name: "The written report as text" })).toBeTruthy();
    expect(within(section).getByRole("status").textContent).toMatch(/does not let the panel copy/);
  });

  it("speaks Vietnamese in a Vietnamese Excel: Báo cáo, Sao chép, and the report in Vietnamese", async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    clipboardIs({ writeText });
    const section = await openReport("vi-VN");
    expect(within(section).getByRole("heading", { level: 4, name: "Tình hình gửi báo cáo" })).toBeTruthy();
    expect(within(section).getByText(CLOSING_VI)).toBeTruthy();
    const button = within(section).getByRole("button", { name: "Sao chép báo cáo" });
    expect(button.textContent).toBe("Sao chép");
    fireEvent.click(button);
    expect(await within(section).findByText("Đã sao chép báo cáo, sẵn sàng để dán vào văn bản.")).toBeTruthy();
    expect(writeText.mock.calls[0]![0].endsWith(`Tình hình gửi báo cáo\n${CLOSING_VI}\n`)).toBe(true);
  });

  it("switching the pane's language switches the report", async () => {
    const section = await openReport();
    fireEvent.click(screen.getByRole("button", { name: /switch to Vietnamese/ }));
    expect(await within(section).findByText(CLOSING_VI)).toBeTruthy();
    expect(within(section).queryByText(CLOSING_EN)).toBeNull();
  });
});
