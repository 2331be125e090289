// Round trips for 1, 11, 100 and 600 units. The budget, by design (docs/excel-host.md):
// - setup: 1 inspection + 1 write batch per ~4.2 MB sent; a hundred unit sheets are ~4.3 MB
//   estimated, so 2 round trips up to 100 units;
// - read: 1 list + 1 read while the answer fits in ~4 MB (100 unit sheets answer ~1.6 MB);
//   beyond, 1 more to learn the sizes and 1 per ~4 MB of answer;
// - summary: 1 inspection + 1 build + 1 swap = 3, replacing an earlier summary or not.
import { describe, expect, it } from "vitest";
import { applyWorkbookPlan, writeSummaryAtomically } from "../../../src/excel";
import { PAYLOAD_LIMIT_BYTES } from "../../../src/excel/testing";
import { counted, readUnitSheets, summaryPlan } from "./one-click";
import { installFake } from "./fake-host";
import { setupPlan } from "./unit-workbook";

const MB4 = 4 * 1024 * 1024;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

async function measure(n: number) {
  const fake = installFake();
  const setup = await counted(fake, () => applyWorkbookPlan(setupPlan(n).plan));
  expect(setup.value.ok).toBe(true);
  const read = await counted(fake, readUnitSheets);
  expect(read.value.sheets).toHaveLength(n);
  const plan = summaryPlan(n, read.value);
  const first = await counted(fake, () => writeSummaryAtomically(plan));
  expect(first.value.ok).toBe(true);
  const again = await counted(fake, () => writeSummaryAtomically(plan));
  expect(again.value.ok).toBe(true);
  const all = fake.counters.syncs;
  expect(all.every((s) => s.error === undefined)).toBe(true);
  expect(Math.max(...all.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  expect(Math.max(...all.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  return { setup: setup.count, read: read.count, first: first.count, again: again.count };
}

describe("round trips do not grow with the number of units", () => {
  it.each([1, 11, 100])(
    "for %i units: setup 2, read 2 (list + read), summary 3, replacing it 3",
    async (n) => {
      const counts = await measure(n);
      expect(counts.setup.roundTrips).toBe(2);
      expect(counts.read.roundTrips).toBe(2);
      expect(counts.first.roundTrips).toBe(3);
      expect(counts.again.roundTrips).toBe(3);
    },
    60_000,
  );

  it("for 600 units, grow only by payload chunking: one round trip per 4 MB, every request under 5 MB", async () => {
    const counts = await measure(600);
    // Setup: the write batches beyond the first are what 4 MB chunks of the bytes sent require.
    const setupWritten = sum(counts.setup.requestBytes);
    expect(counts.setup.roundTrips - 2).toBeLessThanOrEqual(Math.ceil(setupWritten / MB4));
    expect(counts.setup.roundTrips).toBeGreaterThan(2);
    // Read: list + sizes + one group per ~4 MB of answer.
    const answered = sum(counts.read.responseBytes);
    expect(counts.read.roundTrips - 2).toBeLessThanOrEqual(Math.ceil(answered / MB4) + 1);
    expect(counts.read.roundTrips).toBeGreaterThan(2);
    // The summary is a few sheets whatever the number of units.
    expect(counts.first.roundTrips).toBe(3);
    expect(counts.again.roundTrips).toBe(3);
  }, 120_000);
});
