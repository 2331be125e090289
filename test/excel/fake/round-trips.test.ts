// Round trips, bytes, the payload limit and faults. Sources:
// - "Resource limits and performance optimization for Office Add-ins" (Excel add-ins section):
//   "Excel on the web has a payload size limit for requests and responses of 5MB"; a range read
//   is limited to 5,000,000 cells.
// - "Error handling with the application-specific JavaScript APIs": RequestPayloadSizeLimitExceeded
//   and ResponsePayloadSizeLimitExceeded, "This error only occurs in Office on the web".
// - office.js ClientRequestContext.syncPrivate: a sync with no queued action sends no request.
// - Excel.RunOptions.delayForCellEdit: without it, a batch sent while the user edits a cell fails.
import { describe, expect, it } from "vitest";
import { createFakeExcel, PAYLOAD_LIMIT_BYTES } from "../../../src/excel/testing";

const MB5 = 5 * 1024 * 1024;

describe("round trips", () => {
  it("count each sync that sends something, and no empty sync", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    await fake.Excel.run(async (context) => {
      await context.sync(); // nothing queued: no round trip
      for (const name of ["A", "B", "C"])
        context.workbook.worksheets.getItem(name).getUsedRange(true).load("values");
      await context.sync(); // three sheets read in one round trip
      context.workbook.worksheets.getItem("A").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(fake.counters.roundTrips).toBe(2);
    expect(fake.counters.requestBytes).toHaveLength(2);
    expect(fake.counters.responseBytes).toHaveLength(2);
  });

  it("measure the request as carrying the values written", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const text = "x".repeat(10_000);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["y"]];
      await context.sync();
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[text]];
      await context.sync();
    });
    const [small, large] = fake.counters.requestBytes;
    // The same request with 9,999 more characters in the value.
    expect(large! - small!).toBe(9_999);
  });

  it("measure the response as carrying the values loaded", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [["é".repeat(1000)]] }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
    });
    // 1,000 "é" are 2,000 UTF-8 bytes.
    expect(fake.counters.responseBytes[0]).toBeGreaterThan(2_000);
  });
});

describe("the 5 MB limit of Excel on the web", () => {
  it("is 5 * 1024 * 1024 bytes", () => {
    expect(PAYLOAD_LIMIT_BYTES).toBe(MB5);
  });

  it("rejects a request over it with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const run = fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [["small"]];
      sheet.getRange("A2").values = [["x".repeat(MB5)]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.workbook.values("S", "A1:A2")).toEqual([[""], [""]]);
    expect(fake.counters.syncs[0]).toMatchObject({ error: "RequestPayloadSizeLimitExceeded" });
    expect(fake.counters.requestBytes[0]).toBeGreaterThan(MB5);
  });

  it("accepts a request just under it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    await fake.Excel.run(async (context) => {
      // 1,000 bytes of room for the JSON around the value.
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(MB5 - 1_000)]];
      await context.sync();
    });
    expect(fake.counters.requestBytes[0]).toBeLessThanOrEqual(MB5);
  });

  it("rejects a response over it with ResponsePayloadSizeLimitExceeded", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [["x".repeat(MB5)]] }] });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("does not apply on desktop", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] }, { platform: "desktop" });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(MB5)]];
      await context.sync();
    });
    expect((fake.workbook.values("S", "A1")[0]![0] as string).length).toBe(MB5);
  });

  it("goes with a 5,000,000-cell limit on reading a range", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const run = fake.Excel.run(async (context) => {
      // 5 columns of 1,048,576 rows = 5,242,880 cells.
      context.workbook.worksheets.getItem("S").getRange("A:E").load("values");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("faults", () => {
  it("fail the k-th round trip and leave the workbook as it was before it", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", grid: [["start"]] }] });
    fake.faults.failAtRoundTrip(2);
    const write = (value: string) =>
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[value]];
        context.workbook.worksheets.getItem("S").name = `S`;
        await context.sync();
      });
    await write("first");
    const before = fake.workbook.snapshot();
    await expect(write("second")).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.workbook.snapshot()).toEqual(before);
    await write("third");
    expect(fake.workbook.values("S", "A1")).toEqual([["third"]]);
    expect(fake.counters.syncs.map((s) => s.error)).toEqual([undefined, "GeneralException", undefined]);
  });

  it("can fail with a chosen error code", async () => {
    const fake = createFakeExcel();
    fake.faults.failAtRoundTrip(1, { code: "RequestAborted", message: "aborted" });
    const run = fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "RequestAborted", message: "aborted" });
  });

  it("model cell-edit mode: a run without delayForCellEdit fails, one with it goes through", async () => {
    const fake = createFakeExcel();
    fake.faults.setCellEditMode(true);
    const batch = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    };
    await expect(fake.Excel.run(batch)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await fake.Excel.run({ delayForCellEdit: true }, batch);
    expect(fake.workbook.values("Sheet1", "A1")).toEqual([[1]]);
  });
});
