import { describe, expect, it } from "vitest";
import type { HistoryRecord } from "../../../src/core/history";
import { mergeHistory } from "../../../src/core/history";

const rec = (over: Partial<HistoryRecord>): HistoryRecord => ({
  period: "2024-10",
  unit: "ha-dinh",
  indicator: "XH07",
  column: "cumulative",
  value: 1,
  source: "unit",
  time: "2024-11-01T00:00:00Z",
  ...over,
});

describe("merging history", () => {
  it("replaces a figure by a newer record of the same period, unit, indicator and column", () => {
    const old = rec({ value: 40, time: "2024-11-01T00:00:00Z" });
    const corrected = rec({ value: 42, time: "2024-11-05T00:00:00Z" });
    expect(mergeHistory([old], [corrected])).toEqual([corrected]);
  });

  it("keeps the existing figure when the incoming one is older", () => {
    const current = rec({ value: 42, time: "2024-11-05T00:00:00Z" });
    const stale = rec({ value: 40, time: "2024-11-01T00:00:00Z" });
    expect(mergeHistory([current], [stale])).toEqual([current]);
  });

  it("compares times as instants, whatever the time zone they are written in", () => {
    // 09:00 in Hà Nội (+07:00) is 02:00 UTC, before 03:00 UTC.
    const hanoi = rec({ value: 1, time: "2024-11-05T09:00:00+07:00" });
    const utc = rec({ value: 2, time: "2024-11-05T03:00:00Z" });
    expect(mergeHistory([utc], [hanoi])).toEqual([utc]);
  });

  it("lets the incoming record win a tie, so re-running a consolidation replaces its own figures", () => {
    const first = rec({ value: 40 });
    const rerun = rec({ value: 41 });
    expect(mergeHistory([first], [rerun])).toEqual([rerun]);
  });

  it("keeps records that differ in any part of the key, sorted by period, level first, indicator, column", () => {
    const a = rec({ period: "2024-10", unit: "ha-dinh", column: "actual" });
    const b = rec({ period: "2024-10", unit: "*", source: "consolidated" });
    const c = rec({ period: "2024-09", unit: "ha-dinh" });
    const d = rec({ period: "2024-10", unit: "ha-dinh", indicator: "AN07" });
    const e = rec({ period: "2024-10", unit: "ha-dinh", column: "cumulative" });
    expect(mergeHistory([a, b], [c, d, e])).toEqual([c, b, d, a, e]);
  });
});
