import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io";
import { progressBar } from "../../src/cli/progress";

function fakeIo(errIsTty: boolean): CliIo & { errText: () => string } {
  const err: string[] = [];
  return {
    out: () => undefined,
    err: (text) => err.push(text),
    errIsTty,
    columns: 80,
    errText: () => err.join(""),
  };
}

describe("progressBar", () => {
  it("draws the count on a terminal and clears the line when done", () => {
    const io = fakeIo(true);
    const bar = progressBar(io, "Đang đọc tệp", 600);
    bar.update(600, 600);
    expect(io.errText()).toContain("Đang đọc tệp [");
    expect(io.errText()).toContain("] 600/600");
    bar.finish();
    expect(io.errText().endsWith("\r")).toBe(true);
  });

  it("writes nothing when stderr is not a terminal", () => {
    const io = fakeIo(false);
    const bar = progressBar(io, "Đang đọc tệp", 600);
    bar.update(600, 600);
    bar.finish();
    expect(io.errText()).toBe("");
  });

  it("writes nothing for a run too short to need it", () => {
    const io = fakeIo(true);
    const bar = progressBar(io, "Đang đọc tệp", 3);
    bar.update(3, 3);
    bar.finish();
    expect(io.errText()).toBe("");
  });
});
