import { describe, expect, it } from "vitest";
import { addYears, daysInMonth, formatIsoDate, isLeapYear, isValidDate } from "../../../src/core/periods";

describe("calendar dates as plain integers", () => {
  it("knows leap years: every 4th year, not centuries, except every 400th", () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it("counts days in each month, February by leap year", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2022, m))).toEqual([31, 31, 31, 31, 31, 31, 31]);
    expect([4, 6, 9, 11].map((m) => daysInMonth(2022, m))).toEqual([30, 30, 30, 30]);
  });

  it("tells a real date from an impossible one", () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2024, 4, 31)).toBe(false);
    expect(isValidDate(2024, 13, 1)).toBe(false);
    expect(isValidDate(2024, 1, 0)).toBe(false);
    expect(isValidDate(2024, 1.5, 1)).toBe(false);
  });

  it("writes ISO dates with zero-padded month and day", () => {
    expect(formatIsoDate({ year: 2023, month: 3, day: 7 })).toBe("2023-03-07");
    expect(formatIsoDate({ year: 2024, month: 12, day: 31 })).toBe("2024-12-31");
  });

  it("moves a date by whole years, 29 February landing on 28 February in a common year", () => {
    expect(addYears({ year: 2024, month: 10, day: 31 }, -1)).toEqual({ year: 2023, month: 10, day: 31 });
    expect(addYears({ year: 2024, month: 2, day: 29 }, -1)).toEqual({ year: 2023, month: 2, day: 28 });
    expect(addYears({ year: 2024, month: 2, day: 29 }, 4)).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
