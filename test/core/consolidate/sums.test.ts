import { describe, expect, it } from "vitest";
import { consolidate, summaryRow } from "../../../src/core/consolidate";
import type { Summary } from "../../../src/core/consolidate";
import { builtinTemplate } from "../../../src/core/template/load-template";
import { unitReport } from "../../builders/unit-report";
import { ECONOMY, FINANCE, HA_DINH, KHUONG_MAI, KIM_GIANG } from "./units";

const template = builtinTemplate;
const row = (summary: Summary, code: string) => summaryRow(summary, code)!;

describe("consolidated figures of reported indicators", () => {
  it("gives one row per indicator of the template, in template order", () => {
    const summary = consolidate({ template, units: [KHUONG_MAI], reports: [] });
    expect(summary.rows.map((r) => r.code)).toEqual(template.indicators.map((i) => i.code));
    expect(summary.templateId).toBe(template.id);
    expect(summary.templateVersion).toBe(template.version);
  });

  it("sums each value column over the wards that report it", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI, KIM_GIANG],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { DT03: { actual: 12, cumulative: 120, last_year: 100 } } }),
        unitReport({
          unitId: "khuong-mai",
          values: { DT03: { actual: 30, cumulative: 310, last_year: 300 } },
        }),
        unitReport({
          unitId: "kim-giang",
          values: { DT03: { actual: 45, cumulative: 400, last_year: 410 } },
        }),
      ],
    });
    const dt03 = row(summary, "DT03");
    // 12 + 30 + 45 = 87; 120 + 310 + 400 = 830; 100 + 300 + 410 = 810
    expect(dt03.values).toEqual({
      plan: null,
      plan2: null,
      actual: 87,
      cumulative: 830,
      last_year: 810,
      estimate: null,
    });
    expect(dt03.coverage).toEqual({ expected: 3, reported: 3, missing: [], partial: false });
  });

  it("sums money with its decimals, unrounded", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { DT04: { actual: 12.5, cumulative: 140.25 } } }),
        unitReport({ unitId: "khuong-mai", values: { DT04: { actual: 7.25, cumulative: 60.5 } } }),
      ],
    });
    // 12.5 + 7.25 = 19.75; 140.25 + 60.5 = 200.75 (exact in binary, so toBe)
    expect(row(summary, "DT04").values.actual).toBe(19.75);
    expect(row(summary, "DT04").values.cumulative).toBe(200.75);
  });

  it("treats a blank in one unit as not reported: the sum covers the others and is marked partial", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI, KIM_GIANG],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { XH05: { actual: 8, cumulative: 70 } } }),
        unitReport({ unitId: "khuong-mai", values: { XH05: { actual: 5 } } }),
        unitReport({ unitId: "kim-giang", values: {} }),
      ],
    });
    const xh05 = row(summary, "XH05");
    expect(xh05.values.actual).toBe(13); // 8 + 5; kim-giang left it blank
    expect(xh05.values.cumulative).toBe(70); // ha-dinh alone
    expect(xh05.columns.actual).toEqual({
      expected: 3,
      reported: 2,
      missing: ["kim-giang"],
      partial: true,
      reason: null,
    });
    expect(xh05.columns.cumulative.missing).toEqual(["khuong-mai", "kim-giang"]);
    expect(xh05.coverage).toEqual({ expected: 3, reported: 2, missing: ["kim-giang"], partial: true });
  });

  it("gives null, never zero, when every expected unit left a column blank", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { XH05: { actual: 8 } } }),
        unitReport({ unitId: "khuong-mai", values: { XH05: { actual: 5 } } }),
      ],
    });
    const xh05 = row(summary, "XH05");
    expect(xh05.values.cumulative).toBeNull();
    expect(xh05.columns.cumulative.reason).toBe("not-reported");
    expect(xh05.columns.cumulative.partial).toBe(false);
    expect(row(summary, "XH06").values.actual).toBeNull();
    expect(row(summary, "XH06").coverage).toEqual({
      expected: 2,
      reported: 0,
      missing: ["ha-dinh", "khuong-mai"],
      partial: false,
    });
  });

  it("counts a zero as a figure: a ward with no fires reported 0, it did not leave a blank", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { AN07: { actual: 0, cumulative: 0 } } }),
        unitReport({ unitId: "khuong-mai", values: { AN07: { actual: 0, cumulative: 1 } } }),
      ],
    });
    const an07 = row(summary, "AN07");
    expect(an07.values.actual).toBe(0);
    expect(an07.values.cumulative).toBe(1);
    expect(an07.coverage.partial).toBe(false);
  });

  it("says no-reporters when no expected unit reports the indicator (no finance office listed)", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: {} })],
    });
    const ns01 = row(summary, "NS01");
    expect(ns01.values.cumulative).toBeNull();
    expect(ns01.columns.cumulative.reason).toBe("no-reporters");
    expect(ns01.coverage).toEqual({ expected: 0, reported: 0, missing: [], partial: false });
  });

  it("keeps the estimate beside the actual and never adds it in", () => {
    const summary = consolidate({
      template,
      units: [ECONOMY],
      reports: [
        unitReport({
          unitId: "kt",
          values: { KT01: { actual: 8_200_000, cumulative: 80_000_000, estimate: 8_450_000 } },
        }),
      ],
    });
    const kt01 = row(summary, "KT01");
    expect(kt01.values.actual).toBe(8_200_000);
    expect(kt01.values.cumulative).toBe(80_000_000);
    expect(kt01.values.estimate).toBe(8_450_000);
  });

  it("counts a unit that gave only an estimate as reporting the indicator", () => {
    const summary = consolidate({
      template,
      units: [ECONOMY],
      reports: [unitReport({ unitId: "kt", values: { KT01: { estimate: 8_450_000 } } })],
    });
    const kt01 = row(summary, "KT01");
    expect(kt01.values.actual).toBeNull();
    expect(kt01.coverage.reported).toBe(1);
  });

  it("does not count pre-filled last year alone as reporting the indicator", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [unitReport({ unitId: "ha-dinh", values: { XH07: { last_year: 90 } } })],
    });
    const xh07 = row(summary, "XH07");
    expect(xh07.values.last_year).toBe(90);
    expect(xh07.coverage).toEqual({ expected: 1, reported: 0, missing: ["ha-dinh"], partial: false });
  });

  it("sums a stock across units at the cut-off (poor households: 14 + 9 = 23)", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { XH10: { cumulative: 14, last_year: 20 } } }),
        unitReport({ unitId: "khuong-mai", values: { XH10: { cumulative: 9, last_year: 11 } } }),
      ],
    });
    const xh10 = row(summary, "XH10");
    expect(xh10.kind).toBe("stock");
    expect(xh10.values.cumulative).toBe(23);
    expect(xh10.values.last_year).toBe(31); // 20 + 11
  });
});

describe("who an indicator comes from", () => {
  it("takes an office indicator from its office only; a ward's figure for it is listed, not added", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, FINANCE],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { NS01: { actual: 999, cumulative: 999 } } }),
        unitReport({ unitId: "tckh", values: { NS01: { actual: 512_345.6, cumulative: 2_345_678 } } }),
      ],
    });
    const ns01 = row(summary, "NS01");
    expect(ns01.values.actual).toBe(512_345.6);
    expect(ns01.values.cumulative).toBe(2_345_678);
    expect(ns01.coverage).toEqual({ expected: 1, reported: 1, missing: [], partial: false });
    expect(summary.strayFigures).toEqual([{ unitId: "ha-dinh", code: "NS01", why: "not-a-reporter" }]);
  });

  it("sums an indicator reported by wards and every office over all of them", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, KHUONG_MAI, FINANCE],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { HC01: { actual: 1_500 } } }),
        unitReport({ unitId: "khuong-mai", values: { HC01: { actual: 2_100 } } }),
        unitReport({ unitId: "tckh", values: { HC01: { actual: 300 } } }),
      ],
    });
    expect(row(summary, "HC01").values.actual).toBe(3_900); // 1500 + 2100 + 300
    expect(row(summary, "HC01").coverage.expected).toBe(3);
  });

  it("lists figures typed for derived indicators and unknown codes without using them", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH],
      reports: [
        unitReport({
          unitId: "ha-dinh",
          values: { HC04: { actual: 97 }, ZZ99: { actual: 1 }, XH05: {} },
        }),
      ],
    });
    expect(summary.strayFigures).toEqual([
      { unitId: "ha-dinh", code: "HC04", why: "derived" },
      { unitId: "ha-dinh", code: "ZZ99", why: "unknown-code" },
    ]);
  });
});

describe("the trace of each unit's contribution", () => {
  it("aligns every column with unitIds, null where the unit gave nothing or is not a reporter", () => {
    const summary = consolidate({
      template,
      units: [HA_DINH, FINANCE, KHUONG_MAI],
      reports: [
        unitReport({ unitId: "ha-dinh", values: { DT03: { actual: 12 } } }),
        unitReport({ unitId: "tckh", values: {} }),
        unitReport({ unitId: "khuong-mai", values: { DT03: { actual: 30, cumulative: 310 } } }),
      ],
    });
    expect(summary.unitIds).toEqual(["ha-dinh", "tckh", "khuong-mai"]);
    const trace = row(summary, "DT03").trace!;
    expect(trace.actual).toEqual([12, null, 30]);
    expect(trace.cumulative).toEqual([null, null, 310]);
    expect(trace.estimate).toEqual([null, null, null]);
  });
});
