/**
 * The built task pane in Debian's Chromium at its default width (350 px), with the fake
 * Excel in place of office.js; then with Microsoft's real office.js outside Office, and with
 * office.js unreachable. Screenshots of each screen go to docs/screenshots/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submissionFile } from "../taskpane/submission-files";
import { unitFigureCells, unitNamed } from "../taskpane/workbook-builders";
import { openPane, startBed, type Bed } from "./harness";

const shots = join(import.meta.dirname, "..", "..", "docs", "screenshots");
let bed: Bed;

beforeAll(async () => {
  bed = await startBed();
}, 180_000);

afterAll(async () => {
  await bed?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function typeFigures(page: Page, sheet: string, cells: [string, string | number][]): Promise<void> {
  await page.evaluate(
    ([s, c]) =>
      (
        window as unknown as { __tonghopFake: { type(s: string, c: unknown): Promise<void> } }
      ).__tonghopFake.type(s, c),
    [sheet, cells] as const,
  );
}

async function sheetValues(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    ([s, a]) =>
      (
        window as unknown as { __tonghopFake: { values(s: string, a: string): unknown[][] } }
      ).__tonghopFake.values(s, a),
    [sheet, address] as const,
  );
}

/** Calls one of the fake's test hooks (fake-office-entry.ts) in the page. */
async function fakeCall<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([n, a]) =>
      (window as unknown as { __tonghopFake: Record<string, (...x: unknown[]) => unknown> }).__tonghopFake[
        n
      ]!(...a) as T,
    [name, args] as const,
  );
}

describe("task pane in Chromium, over the fake Excel", () => {
  it("sets up the sample district, takes typed figures and two files, consolidates and writes the summary", async () => {
    const page = await openPane(bed, { office: "fake" });
    await page.getByRole("tab", { name: "Set up" }).click();
    await page.getByRole("textbox", { name: /Period/ }).fill("2024-10");
    await page.getByLabel("Deadline").fill("2024-11-05");
    await shot(page, "setup");
    await page.getByRole("button", { name: "Set up workbook" }).click();
    await page.getByText("Done: 19 unit sheets.", { exact: false }).waitFor({ timeout: 60_000 });
    await shot(page, "setup-done");

    // Khương Mai types 7 in every figure cell of its sheet, through Excel.
    const khuongMai = unitNamed("Khương Mai");
    await typeFigures(
      page,
      "Phường Khương Mai",
      unitFigureCells(khuongMai).flatMap((c) => [
        [c.actual, 7],
        [c.cumulative, 7],
      ]),
    );

    // A slip on the sheet being checked: text in a count cell, and a negative count.
    const [vaccines, gifts] = unitFigureCells(khuongMai).filter(
      (c) => c.code === "XH01" || c.code === "XH02",
    );
    await typeFigures(page, "Phường Khương Mai", [
      [vaccines!.actual, "12 mũi"],
      [gifts!.actual, -3],
    ]);
    await page.evaluate(() =>
      (window as unknown as { __tonghopFake: { activate(s: string): Promise<void> } }).__tonghopFake.activate(
        "Phường Khương Mai",
      ),
    );
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check this sheet" }).click();
    const findings = page.getByRole("list", { name: "Findings" });
    await findings.waitFor({ timeout: 30_000 });
    expect(
      await findings.getByRole("button", { name: new RegExp(`Error.*cell ${vaccines!.actual}`) }).count(),
    ).toBe(1);
    await shot(page, "check-findings");

    // Choosing the finding selects its cell in Excel.
    await findings.getByRole("button", { name: new RegExp(`Error.*cell ${vaccines!.actual}`) }).click();
    await expect
      .poll(() => fakeCall<{ sheet: string; address: string }>(page, "selection"), { timeout: 10_000 })
      .toEqual({ sheet: "Phường Khương Mai", address: vaccines!.actual });

    // The clerk corrects both cells; Excel's change event runs the check again by itself.
    await typeFigures(page, "Phường Khương Mai", [
      [vaccines!.actual, 7],
      [gifts!.actual, 7],
    ]);
    await fakeCall(page, "changed", "Phường Khương Mai", gifts!.actual);
    await page.getByText("1 sheet checked: nothing to correct.").waitFor({ timeout: 30_000 });
    expect(await findings.count()).toBe(0);

    await page.getByRole("tab", { name: "Files" }).click();
    const kimGiang = unitNamed("Kim Giang");
    const haDinh = unitNamed("Hạ Đình");
    await page.getByLabel("Import files…").setInputFiles([
      {
        name: "kim-giang.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(await submissionFile(kimGiang, 5)),
      },
      {
        name: "ha-dinh.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(await submissionFile(haDinh, 4)),
      },
    ]);
    const read = page.getByRole("list", { name: "Files read" });
    await read.waitFor({ timeout: 30_000 });
    await shot(page, "files-import");
    await page.getByRole("button", { name: "Accept into Phường Kim Giang's sheet" }).click();
    await page.getByText('Written into "Phường Kim Giang"', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Accept into Phường Hạ Đình's sheet" }).click();
    await page.getByText('Written into "Phường Hạ Đình"', { exact: false }).waitFor({ timeout: 30_000 });

    await page.getByRole("tab", { name: "Consolidate" }).click();
    await page.getByRole("button", { name: "Consolidate" }).click();
    await page.getByText("3 of 19 units reported").waitFor({ timeout: 60_000 });
    await shot(page, "consolidate-result");

    // The summary sheet, read from the fake: XH01 (vaccine doses) cumulative 7 + 5 + 4 = 16.
    const grid = await sheetValues(page, "Tổng hợp", "A1:T80");
    const keyRow = grid.find((row) => row.includes("code") && row.includes("cumulative"))!;
    const xh01 = grid.find((row) => row[keyRow.indexOf("code")] === "XH01")!;
    expect(xh01[keyRow.indexOf("cumulative")]).toBe(16);
    expect(xh01[keyRow.indexOf("actual")]).toBe(16);

    // Consolidating again reads back the history the first run wrote, with a row the office
    // added to it: Khương Mai's year to date of October 2023. It becomes the same period last
    // year of Khương Mai's XH01, and the history is written back with that row kept.
    const historyRows = async () =>
      (await sheetValues(page, "Lịch sử", "A1:G5000")).filter((row) =>
        row.some((c) => c !== "" && c !== null),
      ).length;
    const before = await historyRows();
    expect(before).toBeGreaterThan(2);
    const next = before + 1;
    await typeFigures(page, "Lịch sử", [
      [`A${next}`, "2023-10"],
      [`B${next}`, "khuong-mai"],
      [`C${next}`, "XH01"],
      [`D${next}`, "cumulative"],
      [`E${next}`, 5],
      [`F${next}`, "unit"],
      [`G${next}`, "2023-11-05T08:00:00+07:00"],
    ]);
    await page.getByRole("button", { name: "Consolidate" }).click();
    await page.getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
    await page.getByText("3 of 19 units reported").waitFor({ timeout: 60_000 });
    expect(await historyRows()).toBe(before + 1);
    const again = await sheetValues(page, "Tổng hợp", "A1:T80");
    const xh01Again = again.find((row) => row[keyRow.indexOf("code")] === "XH01")!;
    expect(xh01Again[keyRow.indexOf("last_year")]).toBe(5);
    await page.context().close();
  }, 120_000);

  it("speaks Vietnamese in a Vietnamese Excel and switches to English", async () => {
    const page = await openPane(bed, { office: "fake", lang: "vi-VN" });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Tổng hợp báo cáo");
    for (const name of ["Tổng hợp", "Kiểm tra", "Thiết lập", "Tệp"])
      expect(await page.getByRole("tab", { name, exact: true }).count()).toBe(1);
    await shot(page, "consolidate-vi");
    await page.getByRole("button", { name: /Switch to English/ }).click();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Report Consolidation");
    await page.context().close();
  });

  it("works from the keyboard: arrows move between tabs, Tab reaches the button, Enter runs it", async () => {
    const page = await openPane(bed, { office: "fake" });
    await page.getByRole("tab", { name: "Consolidate" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Check this sheet");
    await page.keyboard.press("Enter");
    await page.getByText("This workbook has not been set up yet.", { exact: false }).waitFor();
    await page.context().close();
  });

  it("on an Excel without ExcelApi 1.8, says which version is needed", async () => {
    const page = await openPane(bed, { office: "fake", api: "1.7" });
    await page.getByText("This version of Excel is too old").waitFor();
    await shot(page, "excel-too-old");
    await page.context().close();
  });
});

describe("task pane outside Excel", () => {
  it("with Microsoft's office.js in a plain browser tab, says it must be opened in Excel", async () => {
    const page = await openPane(bed, { office: "real" });
    await page.getByRole("heading", { name: "Open this add-in in Excel" }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole("heading", { name: "Hãy mở phần bổ trợ này trong Excel" }).count()).toBe(1);
    await shot(page, "outside-excel");
    await page.context().close();
  }, 30_000);

  it("with office.js unreachable (no internet), says Office.js could not be loaded", async () => {
    const page = await openPane(bed, { office: "missing" });
    await page.getByText("Office.js could not be loaded", { exact: false }).waitFor();
    await shot(page, "office-unreachable");
    await page.context().close();
  });
});
