import { describe, expect, it } from "vitest";
import {
  acceptUnit,
  checkSheets,
  consolidate,
  exportUnitWorkbooks,
  readKeptHistory,
  readWorkbookState,
  selectFinding,
  setUpWorkbook,
} from "../../src/taskpane/use-cases";
import { parseAddress } from "../../src/core/sheets/a1";
import { readWorkbook } from "../../src/xlsx";
import { MemoryWorkbook } from "./memory-workbook";
import { setUpInput, unitCell, unitFigureCells, unitNamed } from "./workbook-builders";

const now = new Date("2024-11-04T03:00:00Z");
const khuongMai = unitNamed("Khương Mai");
const kimGiang = unitNamed("Kim Giang");
const twoWards = setUpInput({ units: [khuongMai, kimGiang] });

/** A consolidated figure, found on the summary sheet by its key row and code column. */
function summaryFigure(book: MemoryWorkbook, code: string, key: string): unknown {
  const grid = book.sheet("Tổng hợp")!.grid;
  const keyRow = grid.find((row) => row.includes("code") && row.includes(key))!;
  const row = grid.find((r) => r[keyRow.indexOf("code")] === code)!;
  return row[keyRow.indexOf(key)];
}

/** Fills every figure a unit types with the same whole number (valid under every rule). */
function fillUnit(book: MemoryWorkbook, sheet: string, unit: typeof khuongMai, value: number): void {
  for (const cell of unitFigureCells(unit)) {
    book.type(sheet, cell.actual, value);
    book.type(sheet, cell.cumulative, value);
  }
}

describe("set-up", () => {
  it("creates one sheet per unit, the instructions, the plans and the hidden set-up", async () => {
    const book = new MemoryWorkbook();
    const result = await setUpWorkbook(book, twoWards, { confirmed: false });
    expect(result).toMatchObject({ kind: "done", unitSheets: ["Phường Khương Mai", "Phường Kim Giang"] });
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Hướng dẫn",
      "Kế hoạch",
      "Phường Khương Mai",
      "Phường Kim Giang",
      "tonghop_setup",
    ]);
    expect(book.sheet("tonghop_setup")!.visibility).toBe("veryHidden");
    expect(book.active).toBe("Phường Khương Mai");
  });

  it("reads back the plans typed in the Plans sheet, with a bad cell located", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    // Rows 4-12: the level's nine planned indicators (KT01 KT04 NS01-NS04 XH04 AN01 AN02);
    // 13-15 Khương Mai's XH04 AN01 AN02; 16-18 Kim Giang's.
    book.type("Kế hoạch", "F4", 1500);
    book.type("Kế hoạch", "F13", " 1200 ");
    book.type("Kế hoạch", "F16", "nhiều");
    const state = await readWorkbookState(book);
    expect(state.plans).toEqual({
      level: { KT01: { plan: 1500 } },
      units: { [khuongMai.id]: { XH04: { plan: 1200 } } },
    });
    expect(state.planProblems.map((p) => [p.address, p.severity])).toEqual([["F16", "error"]]);
  });

  it("refuses a period it cannot read and says why, writing nothing", async () => {
    const book = new MemoryWorkbook();
    const result = await setUpWorkbook(book, setUpInput({ period: "tháng 13" }), { confirmed: false });
    expect(result.kind).toBe("invalid");
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("asks before replacing typed figures, and keeps a copy once confirmed", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    const cell = unitCell(khuongMai, "XH01", "actual");
    book.type("Phường Khương Mai", cell, 120);

    const next = { ...twoWards, period: "2024-11" };
    expect(await setUpWorkbook(book, next, { confirmed: false })).toEqual({
      kind: "needs-confirmation",
      sheets: ["Phường Khương Mai"],
    });
    expect(book.cell("Phường Khương Mai", cell)).toBe(120);

    const done = await setUpWorkbook(book, next, { confirmed: true });
    expect(done).toMatchObject({ kind: "done", copies: ["Phường Khương Mai (lưu 2024-10)"] });
    expect(book.cell("Phường Khương Mai (lưu 2024-10)", cell)).toBe(120);
    expect(book.cell("Phường Khương Mai", cell)).toBeNull();
  });
});

describe("check", () => {
  it("finds a count typed as text on the active sheet, with its cell, and selecting it selects the cell", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    fillUnit(book, "Phường Khương Mai", khuongMai, 5);
    const cell = unitCell(khuongMai, "XH01", "actual");
    book.type("Phường Khương Mai", cell, "12 mũi");

    const result = await checkSheets(book, "active");
    if (result.kind !== "checked") throw new Error(result.kind);
    expect(result.sheets).toEqual(["Phường Khương Mai"]);
    const finding = result.findings.find((f) => f.address === cell);
    expect(finding).toMatchObject({ severity: "error", sheet: "Phường Khương Mai" });

    await selectFinding(book, finding!);
    expect(book.selection).toEqual({ sheet: "Phường Khương Mai", address: cell });
  });

  it("says the active sheet is not a unit's sheet", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    await book.activateSheet("Kế hoạch");
    expect(await checkSheets(book, "active")).toEqual({ kind: "not-a-unit-sheet", sheet: "Kế hoạch" });
  });

  it("says the workbook is not set up", async () => {
    expect(await checkSheets(new MemoryWorkbook(), "all")).toEqual({ kind: "not-set-up" });
  });
});

describe("consolidate", () => {
  it("sums the clean units into the summary and reports who is missing", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    fillUnit(book, "Phường Khương Mai", khuongMai, 7);
    fillUnit(book, "Phường Kim Giang", kimGiang, 5);
    const phases: string[] = [];

    const result = await consolidate(book, { now, onPhase: (p) => phases.push(p) });
    if (result.kind !== "done") throw new Error(result.kind);
    expect(phases).toEqual(["reading", "consolidating", "writing"]);
    expect(result.card).toMatchObject({ expected: 2, reported: 2, missing: [], excluded: [] });
    expect(book.active).toBe(result.card.summarySheet);
    expect(result.card.summarySheet).toBe("Tổng hợp");
    expect(book.summaryWrites).toBe(1);
    // XH01 (vaccine doses) cumulative: 7 (Khương Mai) + 5 (Kim Giang) = 12.
    expect(summaryFigure(book, "XH01", "cumulative")).toBe(12);
  });

  it("leaves out a unit with errors, names it, and counts it once the office accepts it with a reason", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    fillUnit(book, "Phường Khương Mai", khuongMai, 7);
    fillUnit(book, "Phường Kim Giang", kimGiang, 5);
    book.type("Phường Kim Giang", unitCell(kimGiang, "XH01", "actual"), "n/a");

    const first = await consolidate(book, { now });
    if (first.kind !== "done") throw new Error(first.kind);
    expect(first.card.excluded).toEqual([{ id: "kim-giang", name: "Phường Kim Giang", errors: 1 }]);

    expect(await acceptUnit(book, "kim-giang", "  ")).toMatchObject({ kind: "refused" });
    expect(await acceptUnit(book, "kim-giang", "Đã xác minh qua điện thoại")).toEqual({ kind: "accepted" });
    const second = await consolidate(book, { now });
    if (second.kind !== "done") throw new Error(second.kind);
    expect(second.card.excluded).toEqual([]);
    expect(second.card.accepted).toEqual([
      { id: "kim-giang", name: "Phường Kim Giang", reason: "Đã xác minh qua điện thoại" },
    ]);
  });

  it("names the units that have not reported", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    fillUnit(book, "Phường Khương Mai", khuongMai, 7);
    const result = await consolidate(book, { now });
    if (result.kind !== "done") throw new Error(result.kind);
    expect(result.card.reported).toBe(1);
    expect(result.card.missing).toEqual([{ id: "kim-giang", name: "Phường Kim Giang" }]);
  });

  it("lets a failed summary write reach the caller, leaving the workbook's sheets as they were", async () => {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    const before = book.sheets.map((s) => s.name);
    book.failNextSummary = new Error("payload too large");
    await expect(consolidate(book, { now })).rejects.toThrow("payload too large");
    expect(book.sheets.map((s) => s.name)).toEqual(before);
  });
});

describe("consolidate: the history the workbook keeps", () => {
  /** A period's workbook: set up (again), both wards filled with one figure each. */
  async function periodBook(book: MemoryWorkbook, period: string, figures: [number, number]) {
    await setUpWorkbook(book, setUpInput({ units: [khuongMai, kimGiang], period }), { confirmed: true });
    fillUnit(book, "Phường Khương Mai", khuongMai, figures[0]);
    fillUnit(book, "Phường Kim Giang", kimGiang, figures[1]);
  }

  it("compares with the same period last year from the history an earlier consolidation left", async () => {
    const book = new MemoryWorkbook();
    await periodBook(book, "2024-10", [7, 5]);
    expect((await consolidate(book, { now })).kind).toBe("done");
    // Before: no same-period figure anywhere (the wards typed none).
    expect(summaryFigure(book, "XH01", "last_year")).toBeNull();

    // A year on, the same workbook is set up for October 2025 and consolidated again.
    await periodBook(book, "2025-10", [9, 4]);
    const result = await consolidate(book, { now: new Date("2025-11-04T03:00:00Z") });
    if (result.kind !== "done") throw new Error(result.kind);
    // XH01 last year = October 2024's year to date of both wards, from the history: 7 + 5 = 12.
    expect(summaryFigure(book, "XH01", "last_year")).toBe(12);
    expect(summaryFigure(book, "XH01", "cumulative")).toBe(13);
    // The history sheet now holds both Octobers, each with the level's and the wards' figures.
    const kept = readKeptHistory(await book.readSheets());
    if (kept.kind !== "read") throw new Error(kept.kind);
    expect(new Set(kept.records.map((r) => r.period))).toEqual(new Set(["2024-10", "2025-10"]));
    expect(kept.records).toContainEqual(
      expect.objectContaining({
        period: "2024-10",
        unit: "khuong-mai",
        indicator: "XH01",
        column: "cumulative",
        value: 7,
      }),
    );
  });

  it("checks this year's cumulative against the earlier report the history holds", async () => {
    const book = new MemoryWorkbook();
    await periodBook(book, "2024-10", [7, 5]);
    await consolidate(book, { now });
    // November: Kim Giang's year to date falls from 5 to 4, which cannot happen within a year.
    await periodBook(book, "2024-11", [8, 4]);
    const result = await consolidate(book, { now: new Date("2024-12-04T03:00:00Z") });
    if (result.kind !== "done") throw new Error(result.kind);
    const fell = result.card.findings.filter((f) => f.unitId === "kim-giang" && f.severity === "error");
    expect(fell.length).toBeGreaterThan(0);
    expect(fell[0]!.message.en).toMatch(/the year-to-date figure 4 is less than the 5 reported for/);
    expect(result.card.excluded).toEqual([
      { id: "kim-giang", name: "Phường Kim Giang", errors: fell.length },
    ]);
  });

  it("fills last year's figures into a new year's set-up from the history, and says so", async () => {
    const book = new MemoryWorkbook();
    await periodBook(book, "2024-10", [7, 5]);
    await consolidate(book, { now });

    const year = await setUpWorkbook(book, setUpInput({ units: [khuongMai, kimGiang], period: "2025-10" }), {
      confirmed: true,
    });
    if (year.kind !== "done") throw new Error(year.kind);
    expect(year.lastYear).toEqual({ period: { vi: "Tháng 10/2024", en: "October 2024" }, units: 2 });
    // October 2024's year to date of each ward, now its "Cùng kỳ năm trước" for October 2025.
    expect(book.cell("Phường Khương Mai", unitCell(khuongMai, "XH01", "last_year"))).toBe(7);
    expect(book.cell("Phường Kim Giang", unitCell(kimGiang, "XH01", "last_year"))).toBe(5);
    expect(book.sheet("Phường Kim Giang")!.grid.flat()).toContainEqual(
      expect.stringContaining('Cột "Cùng kỳ năm trước" được điền sẵn từ lịch sử số liệu (Tháng 10/2024)'),
    );

    // November 2024: the history holds no November 2023, so the wards type it; the set-up says so.
    const month = await setUpWorkbook(book, setUpInput({ units: [khuongMai, kimGiang], period: "2024-11" }), {
      confirmed: true,
    });
    if (month.kind !== "done") throw new Error(month.kind);
    expect(month.lastYear).toEqual({ period: { vi: "Tháng 11/2023", en: "November 2023" }, units: 0 });
    expect(book.cell("Phường Kim Giang", unitCell(kimGiang, "XH01", "last_year"))).toBeNull();
  });

  it("exports the units' files with last year's figures from the history", async () => {
    const book = new MemoryWorkbook();
    await periodBook(book, "2024-10", [7, 5]);
    await consolidate(book, { now });
    await setUpWorkbook(book, setUpInput({ units: [khuongMai, kimGiang], period: "2025-10" }), {
      confirmed: true,
    });
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const result = await exportUnitWorkbooks(book, (name, bytes) => void saved.push({ name, bytes }));
    expect(result).toEqual({
      kind: "exported",
      files: ["2025-10 khuong-mai.xlsx", "2025-10 kim-giang.xlsx"],
    });
    const read = await readWorkbook(Buffer.from(saved[1]!.bytes));
    if (!read.ok) throw new Error(read.error.en);
    const at = parseAddress(unitCell(kimGiang, "XH01", "last_year"))!;
    // Kim Giang's October 2024 year to date.
    expect(read.sheets[0]!.values[at.row - 1]![at.column - 1]).toBe(5);
  });

  it("sets up without a history sheet as before, with nothing to say about last year", async () => {
    const result = await setUpWorkbook(new MemoryWorkbook(), twoWards, { confirmed: false });
    expect(result).toMatchObject({ kind: "done", lastYear: null });
  });

  it("stops, writing nothing, when a row of the history sheet cannot be read, and names the row", async () => {
    const book = new MemoryWorkbook();
    await periodBook(book, "2024-10", [7, 5]);
    await consolidate(book, { now });
    // Someone typed a figure as text into row 5 of the history sheet (column E, the value).
    book.type("Lịch sử", "E5", "mười hai");
    const writes = book.summaryWrites;
    const before = JSON.stringify(book.sheets);

    const result = await consolidate(book, { now });
    expect(result.kind).toBe("history-unreadable");
    if (result.kind !== "history-unreadable") return;
    expect(result.sheet).toBe("Lịch sử");
    expect(result.problems.map((p) => p.row)).toEqual([5]);
    expect(result.problems[0]!.message.vi).toContain("mười hai");
    expect(book.summaryWrites).toBe(writes);
    expect(JSON.stringify(book.sheets)).toBe(before);
  });
});

describe("reorganised units: the crosswalk sheet", () => {
  // 2025: Khương Mai and Kim Giang are merged into one new ward.
  const merged = { id: "khuong-kim", name: "Phường Khương Kim", kind: "ward" as const };
  const sheet = "Chuyển đổi địa giới";

  /** October 2024 consolidated with the two old wards (7 and 5), then October 2025 set up. */
  async function afterMerge(): Promise<{
    book: MemoryWorkbook;
    setUp: Awaited<ReturnType<typeof setUpWorkbook>>;
  }> {
    const book = new MemoryWorkbook();
    await setUpWorkbook(book, twoWards, { confirmed: false });
    fillUnit(book, "Phường Khương Mai", khuongMai, 7);
    fillUnit(book, "Phường Kim Giang", kimGiang, 5);
    await consolidate(book, { now });
    const setUp = await setUpWorkbook(book, setUpInput({ units: [merged], period: "2025-10" }), {
      confirmed: true,
    });
    return { book, setUp };
  }

  it("adds the crosswalk sheet when the history holds units no longer on the list", async () => {
    const { book, setUp } = await afterMerge();
    if (setUp.kind !== "done") throw new Error(setUp.kind);
    expect(setUp.crosswalkSheet).toEqual({ units: ["khuong-mai", "kim-giang"] });
    // Nothing to fill the new ward with yet: the history knows only the old ones.
    expect(setUp.lastYear).toEqual({ period: { vi: "Tháng 10/2024", en: "October 2024" }, units: 0 });
    expect(book.cell(sheet, "A3")).toBe("Đơn vị cũ");
    expect(book.cell(sheet, "H4")).toBe("khuong-mai");
  });

  it("fills and compares the merged ward with its old wards' figures once the office fills the sheet", async () => {
    const { book } = await afterMerge();
    book.type(sheet, "A4", "khuong-mai");
    book.type(sheet, "B4", "khuong-kim");
    book.type(sheet, "C4", 1);
    book.type(sheet, "A5", "kim-giang");
    book.type(sheet, "B5", "khuong-kim");
    book.type(sheet, "C5", "100%");

    const again = await setUpWorkbook(book, setUpInput({ units: [merged], period: "2025-10" }), {
      confirmed: true,
    });
    if (again.kind !== "done") throw new Error(again.kind);
    // The sheet is there already: kept, not added again.
    expect(again.crosswalkSheet).toBeNull();
    expect(again.lastYear).toMatchObject({ units: 1 });
    // XH01 last year of the merged ward: Khương Mai's 7 + Kim Giang's 5.
    expect(book.cell("Phường Khương Kim", unitCell(merged, "XH01", "last_year"))).toBe(12);

    fillUnit(book, "Phường Khương Kim", merged, 20);
    const result = await consolidate(book, { now: new Date("2025-11-04T03:00:00Z") });
    if (result.kind !== "done") throw new Error(result.kind);
    expect(summaryFigure(book, "XH01", "last_year")).toBe(12);
    expect(summaryFigure(book, "XH01", "cumulative")).toBe(20);
    // The consolidation itself used the crosswalk, and the summary states the basis.
    expect(book.sheet("Tổng hợp")!.grid.flat()).toContainEqual(
      expect.stringContaining("so sánh theo địa giới mới"),
    );
  });

  it("stops, writing nothing, on a crosswalk with an error, naming its row", async () => {
    const { book } = await afterMerge();
    book.type(sheet, "A4", "khuong-mai");
    book.type(sheet, "B4", "khuong-kim");
    book.type(sheet, "C4", 1.5);
    const writes = book.summaryWrites;
    const result = await consolidate(book, { now });
    expect(result.kind).toBe("crosswalk-unusable");
    if (result.kind !== "crosswalk-unusable") return;
    expect(result.problems.map((p) => p.row)).toEqual([4]);
    expect(result.problems[0]!.message.vi).toMatch(/^Hàng 4: tỷ lệ "1.5"/);
    expect(book.summaryWrites).toBe(writes);
    // A set-up says the same and writes nothing either.
    const setUp = await setUpWorkbook(book, setUpInput({ units: [merged], period: "2025-10" }), {
      confirmed: true,
    });
    expect(setUp).toMatchObject({ kind: "invalid" });
  });
});

describe("consolidate: what the result card says", () => {
  it("says a unit that has not reported once, as missing, not also as late or left out for errors", async () => {
    const book = new MemoryWorkbook();
    // Deadline 5 November; the run is on 4 December, so the silent ward is past it.
    await setUpWorkbook(book, twoWards, { confirmed: false });
    fillUnit(book, "Phường Khương Mai", khuongMai, 7);
    const result = await consolidate(book, { now: new Date("2024-12-04T03:00:00Z") });
    if (result.kind !== "done") throw new Error(result.kind);
    expect(result.card.missing).toEqual([{ id: "kim-giang", name: "Phường Kim Giang" }]);
    expect(result.card.late).toEqual([]);
    expect(result.card.excluded).toEqual([]);
    expect(result.card.findings.filter((f) => f.unitId === "kim-giang")).toEqual([]);
  });
});
