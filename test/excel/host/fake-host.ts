/**
 * Test helpers: the fake Excel installed on globalThis for the host to find, a user typing
 * into cells between the host's runs, and snapshots compared up to trailing empty cells.
 */
import { afterEach } from "vitest";
import type { SheetSnapshot } from "../../../src/core/sheets/snapshot";
import { createFakeExcel } from "../../../src/excel/testing";
import type { FakeExcel, FakeExcelOptions, WorkbookJson } from "../../../src/excel/testing";

let undo: (() => void) | undefined;

afterEach(() => {
  undo?.();
  undo = undefined;
});

/** A fake workbook installed as the global Excel and Office; removed after the test. */
export function installFake(json: WorkbookJson = {}, options: FakeExcelOptions = {}): FakeExcel {
  undo?.();
  const fake = createFakeExcel(json, options);
  undo = fake.install(globalThis);
  return fake;
}

export interface Typed {
  address: string;
  value: string | number | boolean;
}

/** What a user types, cell by cell, in one run of their own (counted by the fake like any other). */
export async function typeInto(fake: FakeExcel, sheet: string, cells: readonly Typed[]): Promise<void> {
  await fake.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const { address, value } of cells) ws.getRange(address).values = [[value]];
    await context.sync();
  });
}

function trimGrid<T>(grid: readonly (readonly T[])[], empty: (v: T) => boolean): T[][] {
  const rows = grid.map((row) => [...row]);
  while (rows.length > 0 && rows[rows.length - 1]!.every(empty)) rows.pop();
  const width = Math.max(
    0,
    ...rows.map((row) => {
      let w = row.length;
      while (w > 0 && empty(row[w - 1]!)) w--;
      return w;
    }),
  );
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? (null as T)));
}

/** A snapshot from A1 with trailing empty rows and columns dropped: how two hosts are compared. */
export function comparable(snapshot: SheetSnapshot) {
  const isEmpty = (v: unknown) => v === null || v === undefined;
  return {
    name: snapshot.name,
    origin: snapshot.origin ?? "A1",
    values: trimGrid(snapshot.values, isEmpty),
    formulas: trimGrid(snapshot.formulas ?? [], isEmpty),
    metadata: snapshot.metadata,
  };
}
