import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, parsePeriod, periodCode } from "../../../src/core/periods";
import type { Period } from "../../../src/core/periods";

const year = fc.integer({ min: 1990, max: 2100 });
const month = fc.integer({ min: 1, max: 12 });

/** Any period a user may type: every kind, every year of the accepted range, every real day. */
const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ kind: fc.constant("month" as const), year, month }),
  fc.record({
    kind: fc.constant("quarter" as const),
    year,
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({ kind: fc.constant("half" as const), year }),
  fc.record({ kind: fc.constant("nine-months" as const), year }),
  fc.record({ kind: fc.constant("year" as const), year }),
  fc.record({ year, month, dayIndex: fc.nat() }).map(({ year, month, dayIndex }) => ({
    kind: "to-date" as const,
    year,
    month,
    day: 1 + (dayIndex % daysInMonth(year, month)),
  })),
);

describe("period codes round-trip", () => {
  it("parses every generated period's code back to the same period", () => {
    fc.assert(
      fc.property(anyPeriod, (period) => {
        expect(parsePeriod(periodCode(period))).toEqual({ ok: true, period });
      }),
    );
  });

  it("reads a code padded with spaces and lower-cased just as the canonical code", () => {
    fc.assert(
      fc.property(
        anyPeriod,
        fc.stringMatching(/^[ \t]{0,3}$/),
        fc.stringMatching(/^[ \t]{0,3}$/),
        (period, before, after) => {
          const typed = before + periodCode(period).toLowerCase() + after;
          expect(parsePeriod(typed)).toEqual({ ok: true, period });
        },
      ),
    );
  });

  it("gives a distinct code to every distinct period", () => {
    fc.assert(
      fc.property(anyPeriod, anyPeriod, (a, b) => {
        expect(periodCode(a) === periodCode(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
    );
  });
});
