// The host's small operations for the task pane (select a cell, activate a sheet, the active
// sheet's name, change events), and print setup and tab colours now that the fake has them.
import { describe, expect, it } from "vitest";
import {
  activateSheet,
  activeSheetName,
  applyWorkbookPlan,
  onSheetChanged,
  selectCell,
} from "../../../src/excel";
import { installFake } from "./fake-host";

const twoSheets = { sheets: [{ name: "Phường A" }, { name: "Phường B", visibility: "Hidden" as const }] };

/** Lets queued promise callbacks (the subscription's batch, a handler's lookup) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("sheet navigation", () => {
  it("selects a cell on a sheet, bringing the sheet to the front", async () => {
    const fake = installFake({ sheets: [{ name: "Phường A" }, { name: "Phường B" }] });
    expect((await selectCell("Phường B", "G12")).ok).toBe(true);
    expect(fake.workbook.selection()).toEqual({ sheet: "Phường B", address: "G12" });
    expect(await activeSheetName()).toEqual({ ok: true, value: "Phường B" });
  });

  it("activates a sheet, one round trip", async () => {
    const fake = installFake({ sheets: [{ name: "Phường A" }, { name: "Phường B" }] });
    expect((await activateSheet("Phường B")).ok).toBe(true);
    expect(fake.workbook.activeSheet()).toBe("Phường B");
    expect(fake.counters.roundTrips).toBe(1);
  });

  it("reports a hidden sheet it cannot show as a failure value in both languages", async () => {
    installFake(twoSheets);
    const result = await activateSheet("Phường B");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failure.cause).toMatch(/^InvalidOperation/);
      expect(result.failure.vi).not.toBe("");
    }
  });

  it("tells the sheet's name when cells change, until unsubscribed", async () => {
    const fake = installFake({ sheets: [{ name: "Phường A" }, { name: "Phường B" }] });
    const seen: string[] = [];
    const stop = onSheetChanged((sheet) => seen.push(sheet));
    await settle();
    expect(fake.workbook.changeHandlers).toBe(1);
    await fake.fireSheetChange("Phường B", "G12");
    await settle();
    stop();
    await settle();
    expect(fake.workbook.changeHandlers).toBe(0);
    await fake.fireSheetChange("Phường A", "G12");
    await settle();
    expect(seen).toEqual(["Phường B"]);
  });

  it("subscribes nothing below ExcelApi 1.9", async () => {
    const fake = installFake({}, { excelApi: "1.8" });
    const stop = onSheetChanged(() => undefined);
    await settle();
    expect(fake.workbook.changeHandlers).toBe(0);
    expect(fake.counters.roundTrips).toBe(0);
    stop();
  });
});

describe("print setup and tab colour", () => {
  it("are applied where the Excel has them", async () => {
    const fake = installFake();
    const result = await applyWorkbookPlan({
      sheets: [
        {
          name: "In",
          blocks: [{ at: "A1", rows: [["x"]] }],
          tabColour: "#C00000",
          print: {
            paper: "A4",
            orientation: "landscape",
            fitToWidth: true,
            repeatRows: { from: 9, to: 10 },
            margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 },
            centerHorizontally: true,
          },
        },
      ],
    });
    expect(result.ok && result.value.notes).toEqual([]);
    expect(fake.workbook.tabColor("In")).toBe("#C00000");
    // Margins in points: 0.5 in x 72 = 36, 0.75 in x 72 = 54.
    expect(fake.workbook.pageLayout("In")).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      centerHorizontally: true,
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 54,
      bottomMargin: 54,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$9:$10",
    });
  });
});
