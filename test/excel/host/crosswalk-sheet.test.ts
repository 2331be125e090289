// The crosswalk sheet through the Excel host, on the fake: laid out by applyWorkbookPlan, typed
// into as an office would, and read back by the same reader the add-in uses.
import { describe, expect, it } from "vitest";
import {
  CROSSWALK_SHEET,
  crosswalkSheetPlan,
  readCrosswalkSheet,
} from "../../../src/core/sheets/crosswalk-sheet";
import { applyWorkbookPlan, readSheets } from "../../../src/excel";
import { installFake, typeInto } from "./fake-host";

const units = [{ id: "khuong-kim", name: "Phường Khương Kim", kind: "ward" as const }];

describe("the crosswalk sheet in Excel", () => {
  it("is laid out, typed into and read back as the add-in reads it", async () => {
    const fake = installFake();
    const applied = await applyWorkbookPlan({
      sheets: [crosswalkSheetPlan(units, ["khuong-mai", "kim-giang"])],
    });
    if (!applied.ok) throw new Error(applied.failure.en);
    const read = async () => {
      const result = await readSheets([CROSSWALK_SHEET]);
      if (!result.ok) throw new Error(result.failure.en);
      return readCrosswalkSheet(result.value.sheets[0]!, { newUnits: ["khuong-kim"] });
    };
    expect(await read()).toEqual({ kind: "empty" });
    // Codes are text cells ("@"), so "khuong-mai" stays as typed.
    expect(fake.workbook.style(CROSSWALK_SHEET, "A4", "numberFormat")).toBe("@");

    await typeInto(fake, CROSSWALK_SHEET, [
      { address: "A4", value: "khuong-mai" },
      { address: "B4", value: "khuong-kim" },
      { address: "C4", value: 1 },
      { address: "A5", value: "kim-giang" },
      { address: "B5", value: "khuong-kim" },
      { address: "C5", value: 0.5 },
    ]);
    expect(await read()).toEqual({
      kind: "ok",
      crosswalk: [
        { oldUnit: "khuong-mai", newUnit: "khuong-kim", share: 1 },
        { oldUnit: "kim-giang", newUnit: "khuong-kim", share: 0.5 },
      ],
      // Kim Giang's shares add up to 0.5: the rest went to no new unit in the table.
      warnings: [expect.objectContaining({ row: 5, severity: "warning" })],
    });
  });
});
