/**
 * Validating 3,321 units (the number of communes and wards after the 2025 reform) against
 * the built-in template with all its rules, including the previous month's cumulative.
 * Target: under 100 ms (docs/BENCHMARKS.md). Figures are simple and pass every rule, so
 * the time is the checking, not the writing of messages.
 */
import { consolidationCompleteness } from "../src/core/completeness";
import type { RawRow, RawUnitReport, UnitReport } from "../src/core/report/unit-report";
import type { ColumnKey } from "../src/core/template/columns";
import { builtinTemplate } from "../src/core/template/load-template";
import { reportsIndicator, type Unit } from "../src/core/units/unit";
import { validateAll } from "../src/core/validate";
import { timeMedian } from "./harness";

const UNIT_COUNT = 3321;
const LETTERS: Partial<Record<ColumnKey, string>> = {
  actual: "G",
  cumulative: "H",
  last_year: "I",
  note: "K",
};

function makeUnits(): Unit[] {
  return Array.from({ length: UNIT_COUNT }, (_, i) => ({
    id: `xa-${String(i).padStart(4, "0")}`,
    name: `Xã ${i}`,
    kind: "ward",
  }));
}

/** Every indicator of a unit gets the same figures, so HC03 <= HC02 <= HC01 hold as equalities. */
function figures(i: number) {
  const actual = 10 + (i % 7);
  const cumulative = 100 + (i % 13) * 3;
  return { actual, cumulative, lastYear: cumulative, previous: cumulative - actual };
}

function makeRaw(unit: Unit, i: number): RawUnitReport {
  const f = figures(i);
  const rows: RawRow[] = builtinTemplate.indicators.map((indicator, n) => {
    const sheetRow = 8 + n;
    const cells: RawRow["cells"] = { code: { value: { kind: "text", text: indicator.code } } };
    if (indicator.kind !== "derived" && reportsIndicator(unit, indicator)) {
      const put = (key: ColumnKey, value: number) =>
        (cells[key] = { value: { kind: "number", value }, address: `${LETTERS[key]}${sheetRow}` });
      put("actual", f.actual);
      put("cumulative", f.cumulative);
      put("last_year", f.lastYear);
    }
    return { code: indicator.code, row: sheetRow, cells };
  });
  return {
    unitId: unit.id,
    period: "2024-10",
    templateId: builtinTemplate.id,
    templateVersion: builtinTemplate.version,
    submittedAt: "2024-10-18T10:00:00+07:00",
    rows,
  };
}

function makePrevious(unit: Unit, i: number): UnitReport {
  const values: UnitReport["values"] = {};
  for (const indicator of builtinTemplate.indicators) {
    if (indicator.kind !== "derived" && reportsIndicator(unit, indicator))
      values[indicator.code] = { cumulative: figures(i).previous };
  }
  return {
    unitId: unit.id,
    period: "2024-09",
    templateId: builtinTemplate.id,
    templateVersion: builtinTemplate.version,
    values,
    notes: {},
  };
}

export async function run(): Promise<void> {
  const units = makeUnits();
  const raws = units.map(makeRaw);
  const previous = units.map(makePrevious);
  const ctx = { template: builtinTemplate, units, expectedPeriod: "2024-10", previous };

  const check = validateAll(raws, ctx);
  if (check.findings.length !== 0)
    throw new Error(`bench data should pass: ${check.findings[0]?.message.en}`);

  await timeMedian(
    "validate-all",
    { units: UNIT_COUNT, indicators: builtinTemplate.indicators.length, rules: builtinTemplate.rules.length },
    () => validateAll(raws, ctx),
  );
  await timeMedian("consolidation-completeness", { units: UNIT_COUNT }, () =>
    consolidationCompleteness({
      template: builtinTemplate,
      units,
      raws,
      findings: check.findings,
      deadline: "2024-10-20",
    }),
  );
}
