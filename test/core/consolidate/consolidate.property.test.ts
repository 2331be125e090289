/**
 * Properties of consolidation over random small districts: a few wards and one office,
 * a handful of indicators (flows, a stock, a planned one, the operands of HC04), any
 * subset of columns filled or blank, some units silent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consolidate } from "../../../src/core/consolidate";
import type { Summary } from "../../../src/core/consolidate";
import type { IndicatorValues, UnitReport } from "../../../src/core/report/unit-report";
import { VALUE_COLUMNS } from "../../../src/core/template/columns";
import { builtinTemplate } from "../../../src/core/template/load-template";
import type { Unit } from "../../../src/core/units/unit";
import { reportsIndicator } from "../../../src/core/units/unit";
import { unitReport } from "../../builders/unit-report";
import { office, ward } from "./units";

const template = builtinTemplate;
const CODES = ["DT03", "XH04", "XH05", "XH10", "HC02", "HC03"] as const;

/** Whole figures, so that a split into two parts is exact and sums can be compared with toBe. */
const wholeFigure = fc.integer({ min: 0, max: 1_000_000 });
/** Money-like figures with one decimal, for the order property (sums are not exact there). */
const tenthsFigure = wholeFigure.map((v) => v / 10);

const indicatorValues = (figure: fc.Arbitrary<number>): fc.Arbitrary<IndicatorValues> =>
  fc.record(
    {
      plan: figure,
      actual: figure,
      cumulative: figure,
      last_year: figure,
      estimate: figure,
    },
    { requiredKeys: [] },
  );

const unitValues = (figure: fc.Arbitrary<number>) =>
  fc.record(Object.fromEntries(CODES.map((code) => [code, indicatorValues(figure)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, IndicatorValues>>;

interface District {
  units: Unit[];
  reports: UnitReport[];
}

/** 1-6 wards and the finance office; each unit sent a report or did not. */
const district = (figure: fc.Arbitrary<number>): fc.Arbitrary<District> =>
  fc.integer({ min: 1, max: 6 }).chain((wards) => {
    const units = [...Array.from({ length: wards }, (_, i) => ward(`w${i}`)), office("tckh", "TCKH")];
    return fc
      .array(fc.option(unitValues(figure), { nil: undefined }), {
        minLength: units.length,
        maxLength: units.length,
      })
      .map((perUnit) => ({
        units,
        reports: perUnit.flatMap((values, i) =>
          values === undefined ? [] : [unitReport({ unitId: units[i]!.id, values })],
        ),
      }));
  });

/** The summary with every list keyed or sorted by unit id, so two unit orders compare equal. */
function byUnitId(summary: Summary) {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  return {
    periods: summary.periods,
    units: {
      ...summary.units,
      submitted: sorted(summary.units.submitted),
      missing: sorted(summary.units.missing),
      unexpected: sorted(summary.units.unexpected),
    },
    strayFigures: [...summary.strayFigures].sort((a, b) =>
      (a.unitId + a.code).localeCompare(b.unitId + b.code),
    ),
    rows: summary.rows.map((row) => ({
      ...row,
      coverage: { ...row.coverage, missing: sorted(row.coverage.missing) },
      columns: Object.fromEntries(
        VALUE_COLUMNS.map((c) => [c, { ...row.columns[c], missing: sorted(row.columns[c].missing) }]),
      ),
      trace:
        row.trace &&
        Object.fromEntries(
          VALUE_COLUMNS.map((c) => [
            c,
            Object.fromEntries(summary.unitIds.map((id, i) => [id, row.trace![c][i]])),
          ]),
        ),
    })),
  };
}

const valuesOf = (summary: Summary) => summary.rows.map((row) => [row.code, row.values]);

describe("consolidation properties", () => {
  it("does not depend on the order of the units or of the reports, to the last bit", () => {
    fc.assert(
      fc.property(
        district(tenthsFigure).chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray(d.units, { minLength: d.units.length }),
            fc.shuffledSubarray(d.reports, { minLength: d.reports.length }),
          ),
        ),
        ([d, units, reports]) => {
          const original = consolidate({ template, units: d.units, reports: d.reports });
          const shuffled = consolidate({ template, units, reports });
          expect(byUnitId(shuffled)).toEqual(byUnitId(original));
        },
      ),
    );
  });

  it("leaves every sum unchanged when one unit's figures are split between two units", () => {
    fc.assert(
      fc.property(
        district(wholeFigure),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, pick, share) => {
          fc.pre(d.reports.length > 0);
          const split = d.reports[pick % d.reports.length]!;
          const unit = d.units.find((u) => u.id === split.unitId)!;
          const twin: Unit = { ...unit, id: `${unit.id}-twin` };
          const kept: Record<string, IndicatorValues> = {};
          const moved: Record<string, IndicatorValues> = {};
          for (const [code, figures] of Object.entries(split.values)) {
            kept[code] = {};
            moved[code] = {};
            for (const column of VALUE_COLUMNS) {
              const value = figures[column];
              if (value === undefined) continue;
              const part = Math.floor(value * share); // whole figures: part + (value - part) === value
              kept[code][column] = part;
              moved[code][column] = value - part;
            }
          }
          const reports = d.reports.map((r) =>
            r === split ? unitReport({ unitId: r.unitId, values: kept }) : r,
          );
          reports.push(unitReport({ unitId: twin.id, values: moved }));

          const before = consolidate({ template, units: d.units, reports: d.reports });
          const after = consolidate({ template, units: [...d.units, twin], reports });
          expect(valuesOf(after)).toEqual(valuesOf(before));
        },
      ),
    );
  });

  it("computes a derived figure as the ratio of the consolidated sums, over one set of units", () => {
    fc.assert(
      fc.property(district(tenthsFigure), (d) => {
        const summary = consolidate({ template, units: d.units, reports: d.reports });
        const rowOf = (code: string) => summary.rows.find((r) => r.code === code)!;
        const [hc02, hc03, hc04] = [rowOf("HC02"), rowOf("HC03"), rowOf("HC04")];
        for (const column of ["actual", "cumulative", "last_year", "estimate"] as const) {
          const value = hc04.values[column];
          if (value === null) continue;
          expect(value).toBe((hc03.values[column]! / hc02.values[column]!) * 100);
          const gave = (r: typeof hc02) => r.trace![column].map((v) => v !== null);
          expect(gave(hc03)).toEqual(gave(hc02));
        }
      }),
    );
  });

  it("changes only coverage when a unit that reported nothing is added", () => {
    fc.assert(
      fc.property(district(tenthsFigure), fc.boolean(), (d, sendsEmpty) => {
        const silent = ward("silent");
        const before = consolidate({ template, units: d.units, reports: d.reports });
        const after = consolidate({
          template,
          units: [...d.units, silent],
          reports: sendsEmpty ? [...d.reports, unitReport({ unitId: "silent" })] : d.reports,
        });
        const figures = (s: Summary) =>
          s.rows.map((r) => ({ values: r.values, completion: r.completion, samePeriod: r.samePeriod }));
        expect(figures(after)).toEqual(figures(before));
        after.rows.forEach((row, r) => {
          const indicator = template.indicators[r]!;
          const reporter = indicator.derived
            ? template.indicators.find((i) => i.code === indicator.derived!.numerator)!
            : indicator;
          const wardsReport = reportsIndicator(silent, reporter);
          expect(row.coverage.expected).toBe(before.rows[r]!.coverage.expected + (wardsReport ? 1 : 0));
          expect(row.coverage.reported).toBe(before.rows[r]!.coverage.reported);
          if (wardsReport) expect(row.coverage.missing).toContain("silent");
        });
      }),
    );
  });
});
