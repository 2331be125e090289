// Metadata kept the way the .xlsx host keeps it: names tied to sheets, rows of a hidden sheet.
import { describe, expect, it } from "vitest";
import {
  metadataBySheet,
  metadataWrite,
  sheetOfFormula,
  storedMetadata,
} from "../../../src/excel/metadata-store";

describe("stored metadata", () => {
  it("finds the sheet a name points at, quoted or not, and none for #REF!", () => {
    expect(sheetOfFormula("='Phường Khương Mai'!$A$1")).toBe("Phường Khương Mai");
    expect(sheetOfFormula("='A ''b'''!$A$1")).toBe("A 'b'");
    expect(sheetOfFormula("=Sheet1!$A$1")).toBe("Sheet1");
    expect(sheetOfFormula("=#REF!$A$1")).toBeUndefined();
  });

  it("ties rows to the sheet their name points at now, after a rename", () => {
    const stored = storedMetadata({
      metaValues: [
        ["anchor", "key", "value"],
        ["workbook", "template_id", "t"],
        ["tonghop_sheet_1", "_sheet_name", "Old name"],
        ["tonghop_sheet_1", "unit_id", "u1"],
      ],
      names: [{ name: "tonghop_sheet_1", formula: "='New name'!$A$1" }],
      properties: [
        { key: "tonghop.period", value: "2024-10" },
        { key: "other", value: "x" },
      ],
    });
    const found = metadataBySheet(stored, ["New name"]);
    expect(found.workbook).toEqual({ template_id: "t", period: "2024-10" });
    expect(found.sheets.get("New name")).toEqual({ unit_id: "u1" });
  });

  it("numbers new anchors after the highest in use and drops the rows of replaced sheets", () => {
    const stored = storedMetadata({
      metaValues: [
        ["anchor", "key", "value"],
        ["tonghop_sheet_7", "_sheet_name", "Tổng hợp"],
        ["tonghop_sheet_7", "kind", "summary"],
      ],
      names: [{ name: "tonghop_sheet_7", formula: "='Tổng hợp'!$A$1" }],
      properties: [],
    });
    const write = metadataWrite(
      stored,
      [{ scope: { sheet: "Tổng hợp" }, entries: { kind: "summary" } }],
      new Map([["Tổng hợp", "~TH1 Tổng hợp"]]),
      new Set(["tổng hợp"]),
    );
    expect(write.build).toEqual([{ op: "addName", name: "tonghop_sheet_8", sheet: "~TH1 Tổng hợp" }]);
    expect(write.rows).toEqual([
      ["tonghop_sheet_8", "_sheet_name", "Tổng hợp"],
      ["tonghop_sheet_8", "kind", "summary"],
    ]);
    expect(write.commit[0]).toEqual({ op: "deleteName", name: "tonghop_sheet_7" });
  });
});
