// How the host talks to Excel: delayForCellEdit, calculation suspended and events off around
// bulk writes, protection state checked before protect()/unprotect(), shapes that match,
// text that stays text, and features above ExcelApi 1.8 degrading with a message.
import { describe, expect, it } from "vitest";
import type { WorkbookPlan } from "../../../src/core/sheets/plan-types";
import { applyWorkbookPlan, HostMisuseError, readSheets } from "../../../src/excel";
import { installFake } from "./fake-host";

const plain = (
  name: string,
  rows: WorkbookPlan["sheets"][number]["blocks"][number]["rows"],
): WorkbookPlan => ({
  sheets: [{ name, blocks: [{ at: "A1", rows }] }],
});

describe("the Excel host's manners", () => {
  it("runs every batch with delayForCellEdit, so a user typing in a cell does not make it fail", async () => {
    const fake = installFake();
    fake.faults.setCellEditMode(true);
    const result = await applyWorkbookPlan(plain("S", [[1]]));
    expect(result.ok).toBe(true);
    expect(fake.counters.runs.length).toBeGreaterThan(0);
    expect(fake.counters.runs.every((r) => r.delayForCellEdit)).toBe(true);
  });

  it("suspends calculation in each write batch and turns events back on afterwards", async () => {
    const fake = installFake();
    await applyWorkbookPlan(plain("S", [[1, { formula: "=A1*2" }]]));
    // One inspection (no write) and one write batch.
    expect(fake.workbook.calculationSuspensions).toBe(1);
    expect(fake.workbook.enableEvents).toBe(true);
    expect(fake.workbook.values("S", "A1:B1")).toEqual([[1, 2]]);
  });

  it("turns events back on when a write fails", async () => {
    const fake = installFake();
    fake.faults.failAtRoundTrip(2);
    const result = await applyWorkbookPlan(plain("S", [[1]]));
    expect(result).toMatchObject({ ok: false, failure: { stage: "write" } });
    expect(fake.workbook.enableEvents).toBe(true);
  });

  it("writes strings as text, whatever they start with, and plan formulas as formulas", async () => {
    const fake = installFake();
    const texts = [
      "=1+1",
      "+84 912",
      "-5",
      "@x",
      "'quoted",
      "0912345678",
      "12%",
      "TRUE",
      "#N/A",
      "04/11/2024",
      "Phường 1",
    ];
    await applyWorkbookPlan(plain("S", [texts, [2, { formula: "=A2*3" }]]));
    expect(fake.workbook.values("S", "A1:K1")).toEqual([texts]);
    expect(fake.workbook.formulas("S", "B2")).toEqual([["=A2*3"]]);
    expect(fake.workbook.values("S", "B2")).toEqual([[6]]);
  });

  it("pads ragged rows so every array has the shape of its range", async () => {
    const fake = installFake();
    const result = await applyWorkbookPlan(plain("S", [[1, 2, 3], [4], []]));
    expect(result.ok).toBe(true);
    expect(fake.workbook.values("S", "A1:C2")).toEqual([
      [1, 2, 3],
      [4, "", ""],
    ]);
  });

  it("refuses, writing nothing, a plan whose sheet exists, unless told to replace or update it", async () => {
    const fake = installFake({ sheets: [{ name: "S", grid: [["old", "kept"]] }] });
    const refused = await applyWorkbookPlan(plain("S", [["new"]]));
    expect(refused).toMatchObject({ ok: false, failure: { stage: "write", cause: "ItemAlreadyExists" } });
    expect(fake.workbook.values("S", "A1:B1")).toEqual([["old", "kept"]]);
    expect((await applyWorkbookPlan(plain("S", [["new"]]), { existing: "update" })).ok).toBe(true);
    expect(fake.workbook.values("S", "A1:B1")).toEqual([["new", "kept"]]);
    expect((await applyWorkbookPlan(plain("S", [["fresh"]]), { existing: "replace" })).ok).toBe(true);
    expect(fake.workbook.values("S", "A1:B1")).toEqual([["fresh", ""]]);
    expect(fake.workbook.sheetNames()).toEqual(["S"]);
  });

  it("unprotects a protected sheet before updating it and protects it again, never protecting twice", async () => {
    const fake = installFake({
      sheets: [{ name: "S", grid: [["a"]], protection: { protected: true, password: "pw" } }],
    });
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "S",
          blocks: [{ at: "A1", rows: [["b"]] }],
          unlocked: ["B1"],
          protection: { password: "pw" },
        },
      ],
    };
    const result = await applyWorkbookPlan(plan, { existing: "update" });
    expect(result.ok).toBe(true);
    expect(fake.workbook.values("S", "A1")).toEqual([["b"]]);
    expect(fake.workbook.snapshot().sheets?.[0]?.protection).toMatchObject({
      protected: true,
      password: "pw",
    });
    expect(fake.workbook.style("S", "B1", "locked")).toBe(false);
  });

  it("skips print setup with a message where the Excel in use lacks ExcelApi 1.9", async () => {
    installFake({}, { excelApi: "1.8" });
    const plan: WorkbookPlan = {
      sheets: [
        { name: "S", blocks: [{ at: "A1", rows: [[1]] }], print: { paper: "A4", orientation: "landscape" } },
      ],
    };
    const result = await applyWorkbookPlan(plan);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.notes.map((n) => n.en)).toEqual([
      "Print setup (paper, orientation, margins) was skipped: this Excel does not support it (it needs ExcelApi 1.9).",
    ]);
  });

  it("throws HostMisuseError for a plan no host could apply, before any round trip", async () => {
    const fake = installFake();
    await expect(applyWorkbookPlan(plain("a/b", [[1]]))).rejects.toThrow(HostMisuseError);
    await expect(applyWorkbookPlan(plain("tonghop_meta", [[1]]))).rejects.toThrow(HostMisuseError);
    expect(fake.counters.roundTrips).toBe(0);
  });

  it("cuts a write too big for one request into batches under 5 MB, and the content arrives whole", async () => {
    const fake = installFake();
    // 60,000 rows of 10 cells of 10 characters: about 7 MB of values.
    const rows = Array.from({ length: 60_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `x${String(r * 10 + c).padStart(9, "0")}`),
    );
    const result = await applyWorkbookPlan(plain("Big", rows));
    expect(result.ok).toBe(true);
    const writes = fake.counters.requestBytes.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes)).toBeLessThan(5 * 1024 * 1024);
    expect(fake.workbook.values("Big", "J60000")).toEqual([["x000599999"]]);
  });
});

describe("reading sheets", () => {
  it("reads every named sheet in one round trip, with errors, dates, formulas and missing sheets", async () => {
    const fake = installFake({
      sheets: [
        {
          name: "A",
          grid: [["x", 1, "=B1/0"]],
          cells: { B2: "=B1+1", C2: { value: "=1+1", numberFormat: "@" } },
        },
        { name: "B", cells: { B2: { value: 45_600, numberFormat: "dd/mm/yyyy" } } },
        { name: "Blank" },
      ],
    });
    const read = await readSheets(["A", "B", "Blank", "Gone"]);
    expect(fake.counters.roundTrips).toBe(1);
    expect(read).toEqual({
      ok: true,
      value: {
        sheets: [
          {
            name: "A",
            origin: "A1",
            values: [
              ["x", 1, { error: "#DIV/0!" }],
              [null, 2, "=1+1"],
            ],
            formulas: [
              [null, null, "=B1/0"],
              [null, "=B1+1", null],
            ],
          },
          // 45,600 is 4 November 2024 (45,292 is 1 January 2024, plus 308 days).
          { name: "B", origin: "B2", values: [["2024-11-04"]], formulas: [[null]] },
          { name: "Blank", origin: "A1", values: [], formulas: [] },
        ],
        missing: ["Gone"],
        workbookMetadata: {},
      },
    });
  });

  it("reads in groups under the answer limit when one answer would be too large", async () => {
    // Three sheets of 1,500 cells of 1,000 characters: 1.5 MB each, 4.5 MB of values alone,
    // over 5 MB with the formulas Excel repeats.
    const big = (name: string) => ({ name, cells: { "A1:A1500": "y".repeat(1000) } });
    const fake = installFake({ sheets: [big("P"), big("Q"), big("R")] });
    const read = await readSheets(["P", "Q", "R"]);
    expect(read.ok && read.value.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["P", 1500],
      ["Q", 1500],
      ["R", 1500],
    ]);
    const syncs = fake.counters.syncs;
    // The single read refused, then the sizes, then groups (halved again where the estimate
    // of 40 bytes a cell fell short of these long texts); every answer delivered under 5 MB.
    expect(syncs[0]!.error).toBe("ResponsePayloadSizeLimitExceeded");
    expect(syncs.every((s) => s.error === undefined || s.error === "ResponsePayloadSizeLimitExceeded")).toBe(
      true,
    );
    expect(syncs.filter((s) => s.error === undefined).every((s) => s.responseBytes < 5 * 1024 * 1024)).toBe(
      true,
    );
    expect(syncs.length).toBeGreaterThanOrEqual(4);
  });

  it("says what failed, in Vietnamese and English, when Excel refuses the read", async () => {
    const fake = installFake({ sheets: [{ name: "A" }] });
    fake.faults.failAtRoundTrip(1);
    const read = await readSheets(["A"]);
    expect(read).toMatchObject({
      ok: false,
      failure: { stage: "read", cause: expect.stringContaining("GeneralException") },
    });
    expect(!read.ok && read.failure.vi).toContain("Lỗi khi đọc các trang tính");
  });
});
