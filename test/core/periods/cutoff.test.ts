import { describe, expect, it } from "vitest";
import { cutoff, parsePeriod, yearToDate } from "../../../src/core/periods";
import type { Period } from "../../../src/core/periods";

function p(code: string): Period {
  const result = parsePeriod(code);
  if (!result.ok) throw new Error(result.reason.en);
  return result.period;
}

describe("calendar cut-offs cover the period's own days", () => {
  it("covers a month from the 1st to its last day", () => {
    expect(cutoff(p("2024-10"), "calendar")).toEqual({ start: "2024-10-01", end: "2024-10-31" });
    expect(cutoff(p("2024-04"), "calendar")).toEqual({ start: "2024-04-01", end: "2024-04-30" });
  });

  it("ends a leap-year February on the 29th and a common-year February on the 28th", () => {
    expect(cutoff(p("2024-02"), "calendar")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(cutoff(p("2023-02"), "calendar")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
  });

  it("covers a quarter's three months", () => {
    expect(cutoff(p("2022-Q1"), "calendar")).toEqual({ start: "2022-01-01", end: "2022-03-31" });
    expect(cutoff(p("2022-Q3"), "calendar")).toEqual({ start: "2022-07-01", end: "2022-09-30" });
    expect(cutoff(p("2022-Q4"), "calendar")).toEqual({ start: "2022-10-01", end: "2022-12-31" });
  });

  it("covers the first six months, the first nine months and the year from 1 January", () => {
    expect(cutoff(p("2020-H1"), "calendar")).toEqual({ start: "2020-01-01", end: "2020-06-30" });
    expect(cutoff(p("2024-9M"), "calendar")).toEqual({ start: "2024-01-01", end: "2024-09-30" });
    expect(cutoff(p("2024"), "calendar")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
  });

  it("covers an as-of date from 1 January to that date", () => {
    expect(cutoff(p("2023-03-07"), "calendar")).toEqual({ start: "2023-01-01", end: "2023-03-07" });
  });
});

describe("administrative cut-offs follow Decree 09/2019/NĐ-CP: the 15th of the month before to the 14th", () => {
  it("runs October 2024 from 15 September to 14 October", () => {
    expect(cutoff(p("2024-10"), "administrative")).toEqual({ start: "2024-09-15", end: "2024-10-14" });
  });

  it("starts January on 15 December of the previous year", () => {
    expect(cutoff(p("2024-01"), "administrative")).toEqual({ start: "2023-12-15", end: "2024-01-14" });
  });

  it("runs March, even in a leap year, from 15 February to 14 March", () => {
    expect(cutoff(p("2024-03"), "administrative")).toEqual({ start: "2024-02-15", end: "2024-03-14" });
  });

  it("runs a quarter from the 15th of the month before its first month to the 14th of its last", () => {
    // Q1 = Jan..Mar: month before January is December of the year before.
    expect(cutoff(p("2022-Q1"), "administrative")).toEqual({ start: "2021-12-15", end: "2022-03-14" });
    // Q3 = Jul..Sep: month before July is June.
    expect(cutoff(p("2022-Q3"), "administrative")).toEqual({ start: "2022-06-15", end: "2022-09-14" });
  });

  it("runs the first six months from 15 December to 14 June, nine months to 14 September", () => {
    expect(cutoff(p("2020-H1"), "administrative")).toEqual({ start: "2019-12-15", end: "2020-06-14" });
    expect(cutoff(p("2024-9M"), "administrative")).toEqual({ start: "2023-12-15", end: "2024-09-14" });
  });

  it("runs the year from 15 December of the year before to 14 December", () => {
    expect(cutoff(p("2024"), "administrative")).toEqual({ start: "2023-12-15", end: "2024-12-14" });
  });

  it("runs an as-of date from 15 December of the year before to that date", () => {
    expect(cutoff(p("2024-10-31"), "administrative")).toEqual({ start: "2023-12-15", end: "2024-10-31" });
  });
});

describe("yearToDate says what the cumulative figure (lũy kế) covers", () => {
  it("runs from 1 January to the calendar cut-off end", () => {
    expect(yearToDate(p("2024-10"), "calendar")).toEqual({ start: "2024-01-01", end: "2024-10-31" });
    expect(yearToDate(p("2022-Q3"), "calendar")).toEqual({ start: "2022-01-01", end: "2022-09-30" });
    expect(yearToDate(p("2024-02"), "calendar")).toEqual({ start: "2024-01-01", end: "2024-02-29" });
  });

  it("runs from 15 December of the year before to the administrative cut-off end", () => {
    expect(yearToDate(p("2024-10"), "administrative")).toEqual({ start: "2023-12-15", end: "2024-10-14" });
    expect(yearToDate(p("2022-Q3"), "administrative")).toEqual({ start: "2021-12-15", end: "2022-09-14" });
  });

  it("is the period itself for January and for periods that already start the year", () => {
    for (const basis of ["calendar", "administrative"] as const) {
      for (const code of ["2024-01", "2024-Q1", "2024-H1", "2024-9M", "2024", "2024-05-20"]) {
        expect(yearToDate(p(code), basis), `${code} ${basis}`).toEqual(cutoff(p(code), basis));
      }
    }
  });
});
