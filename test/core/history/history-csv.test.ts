import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { HistoryRecord } from "../../../src/core/history";
import { HISTORY_SOURCES, parseHistoryCsv, serializeHistoryCsv } from "../../../src/core/history";
import { VALUE_COLUMNS } from "../../../src/core/template/columns";

const record = (over: Partial<HistoryRecord> = {}): HistoryRecord => ({
  period: "2024-09-30",
  unit: "*",
  indicator: "NS01",
  column: "cumulative",
  value: 2_345_678,
  source: "consolidated",
  time: "2024-10-03T08:00:00.000Z",
  ...over,
});

describe("history as CSV", () => {
  it("writes a header and one line per record, numbers in machine form", () => {
    const text = serializeHistoryCsv([
      record(),
      record({ unit: "khuong-mai", indicator: "XH09", value: 1592.5, source: "unit" }),
    ]);
    expect(text).toBe(
      "period,unit,indicator,column,value,source,time\n" +
        "2024-09-30,*,NS01,cumulative,2345678,consolidated,2024-10-03T08:00:00.000Z\n" +
        "2024-09-30,khuong-mai,XH09,cumulative,1592.5,unit,2024-10-03T08:00:00.000Z\n",
    );
  });

  it("reads back exactly what it wrote, including awkward fractions and names with commas", () => {
    const records = [
      record({ value: 0.1 + 0.2 }), // 0.30000000000000004 must not come back as 0.3
      record({ unit: "Phường Hạ Đình, cũ", value: 12.5, source: "typed", column: "plan" }),
      record({ value: 0, indicator: "AN07", period: "2024-Q3", source: "history" }),
      record({ value: 1e21, indicator: "NS03" }),
    ];
    expect(parseHistoryCsv(serializeHistoryCsv(records))).toEqual({ records, problems: [] });
  });

  it("round-trips any record exactly (property)", () => {
    const arbitraryRecord = fc.record({
      period: fc.constantFrom("2024-10", "2023-Q1", "2022-H1", "2024-9M", "2024", "2024-02-29"),
      unit: fc.oneof(
        fc.constant("*"),
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ""),
      ),
      indicator: fc.constantFrom("NS01", "HC04", "AN07"),
      column: fc.constantFrom(...VALUE_COLUMNS),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
      source: fc.constantFrom(...HISTORY_SOURCES),
      time: fc.constant("2024-10-03T08:00:00.000Z"),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 8 }), (records) => {
        expect(parseHistoryCsv(serializeHistoryCsv(records))).toEqual({ records, problems: [] });
      }),
    );
  });

  it("reads a blank unit as the consolidated level and a lower-case period code as canonical", () => {
    const text =
      "period,unit,indicator,column,value,source,time\n2024-q3,,NS01,cumulative,5,typed,2024-10-03\n";
    expect(parseHistoryCsv(text).records).toEqual([
      record({ period: "2024-Q3", value: 5, source: "typed", time: "2024-10-03" }),
    ]);
  });

  it("reads the columns by header name, in any order", () => {
    const text = "time,value,column,indicator,unit,period,source\n2024-10-03,7,actual,HC06,vp,2024-10,unit\n";
    expect(parseHistoryCsv(text).records).toEqual([
      record({
        time: "2024-10-03",
        value: 7,
        column: "actual",
        indicator: "HC06",
        unit: "vp",
        period: "2024-10",
        source: "unit",
      }),
    ]);
  });

  it("skips a localised figure, an unknown column, source or period, and says which line in both languages", () => {
    const text = [
      "period,unit,indicator,column,value,source,time",
      "2024-10,*,NS01,cumulative,2.345.678,consolidated,2024-10-03", // line 2: Vietnamese grouping
      "2024-10,*,NS01,total,5,consolidated,2024-10-03", // line 3
      "2024-10,*,NS01,cumulative,5,guess,2024-10-03", // line 4
      "2024-13,*,NS01,cumulative,5,typed,2024-10-03", // line 5
      "2024-10,*,NS01,cumulative,5,typed,yesterday", // line 6
      "2024-10,*,,cumulative,5,typed,2024-10-03", // line 7
      "2024-10,*,NS01,cumulative,5,typed,2024-10-03", // line 8: fine
    ].join("\n");
    const result = parseHistoryCsv(text);
    expect(result.records).toHaveLength(1);
    expect(result.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(result.problems[0]).toEqual({
      line: 2,
      vi: 'Dòng 2: số liệu "2.345.678" không phải số viết theo dạng máy (ví dụ 2345678.5).',
      en: 'Line 2: the figure "2.345.678" is not a number in machine form (e.g. 2345678.5).',
    });
  });

  it("reports an empty file and a header without the needed columns, never throwing", () => {
    expect(parseHistoryCsv("")).toEqual({
      records: [],
      problems: [{ line: 0, vi: "Tệp lịch sử số liệu trống.", en: "The history file is empty." }],
    });
    expect(parseHistoryCsv("period,unit,value\n2024-10,*,5\n").problems).toEqual([
      {
        line: 1,
        vi: "Dòng tiêu đề thiếu cột: indicator, column, source, time.",
        en: "The header row lacks the columns: indicator, column, source, time.",
      },
    ]);
    expect(() => parseHistoryCsv(undefined as unknown as string)).not.toThrow();
  });
});
