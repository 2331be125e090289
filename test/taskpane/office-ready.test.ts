import { describe, expect, it } from "vitest";
import { detectHost } from "../../src/taskpane/office-ready";
import type { OfficeGlobal } from "../../src/taskpane/office-ready";
import { catalogs, pickLanguage } from "../../src/taskpane/i18n";

/** Compares "1.14" and "1.8" part by part, as Office does: 1.14 is the later set. */
function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** A stand-in for the Office global: what onReady answers and which sets are supported. */
function fakeOffice(opts: {
  onReady: () => Promise<{ host: string | null }>;
  displayLanguage?: string;
  supported?: Record<string, string>;
}): OfficeGlobal & { asked: [string, string | undefined][] } {
  const asked: [string, string | undefined][] = [];
  return {
    asked,
    onReady: opts.onReady,
    context: {
      displayLanguage: opts.displayLanguage ?? "en-US",
      requirements: {
        isSetSupported(name: string, minVersion?: string) {
          asked.push([name, minVersion]);
          const have = opts.supported?.[name];
          return have !== undefined && compareVersions(have, minVersion ?? "1.1") >= 0;
        },
      },
    },
  };
}

describe("detectHost (the one place that awaits Office.onReady)", () => {
  it("reports 'no-office-js' when the Office global is absent (office.js failed to load)", async () => {
    expect(await detectHost({ getOffice: () => undefined })).toEqual({
      kind: "outside-excel",
      reason: "no-office-js",
    });
  });

  it("reports 'no-host' when office.js runs in a plain browser tab (host null)", async () => {
    const office = fakeOffice({ onReady: () => Promise.resolve({ host: null }) });
    expect(await detectHost({ getOffice: () => office })).toEqual({
      kind: "outside-excel",
      reason: "no-host",
    });
  });

  it("reports 'other-host' inside Word", async () => {
    const office = fakeOffice({ onReady: () => Promise.resolve({ host: "Word" }) });
    expect(await detectHost({ getOffice: () => office })).toEqual({
      kind: "outside-excel",
      reason: "other-host",
    });
  });

  it("reports 'no-host' when onReady rejects", async () => {
    const office = fakeOffice({ onReady: () => Promise.reject(new Error("host unreachable")) });
    expect(await detectHost({ getOffice: () => office })).toEqual({
      kind: "outside-excel",
      reason: "no-host",
    });
  });

  it("gives up after the timeout when onReady never answers", async () => {
    const office = fakeOffice({ onReady: () => new Promise(() => {}) });
    expect(await detectHost({ getOffice: () => office, timeoutMs: 20 })).toEqual({
      kind: "outside-excel",
      reason: "timeout",
    });
  });

  it("in Excel with ExcelApi 1.8 or later, passes on the display language and meets the minimum", async () => {
    const office = fakeOffice({
      onReady: () => Promise.resolve({ host: "Excel" }),
      displayLanguage: "vi-VN",
      supported: { ExcelApi: "1.14" },
    });
    expect(await detectHost({ getOffice: () => office })).toEqual({
      kind: "excel",
      displayLanguage: "vi-VN",
      meetsMinimum: true,
      minimum: "1.8",
    });
    expect(office.asked).toEqual([["ExcelApi", "1.8"]]);
  });

  it("in an Excel with only ExcelApi 1.7 (volume-licensed Office 2019), does not meet the minimum", async () => {
    const office = fakeOffice({
      onReady: () => Promise.resolve({ host: "Excel" }),
      supported: { ExcelApi: "1.7" },
    });
    const state = await detectHost({ getOffice: () => office });
    expect(state).toMatchObject({ kind: "excel", meetsMinimum: false, minimum: "1.8" });
  });
});

describe("language of the panel", () => {
  it("is Vietnamese for any vi display language and English otherwise", () => {
    expect(pickLanguage("vi-VN")).toBe("vi");
    expect(pickLanguage("vi")).toBe("vi");
    expect(pickLanguage("VI-vn")).toBe("vi");
    expect(pickLanguage("en-US")).toBe("en");
    expect(pickLanguage("fr-FR")).toBe("en");
    expect(pickLanguage("")).toBe("en");
    // "vie" is not a culture Office reports; only the two-letter code counts.
    expect(pickLanguage("video")).toBe("en");
  });

  it("has the same keys in both catalogs, none left empty", () => {
    const keys = (language: "vi" | "en") => Object.keys(catalogs[language]).sort();
    expect(keys("vi")).toEqual(keys("en"));
    for (const language of ["vi", "en"] as const) {
      for (const [key, value] of Object.entries(catalogs[language])) {
        if (typeof value === "string") expect(value.trim(), `${language}.${key}`).not.toBe("");
      }
    }
  });
});
