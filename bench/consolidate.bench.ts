/**
 * Consolidating the built-in template (39 indicators) over 11, 600 and 3,321 wards plus
 * the eight offices; the target is under 50 ms for 3,321 wards. Inputs are built once,
 * outside the timed function.
 */
import { consolidate } from "../src/core/consolidate";
import { samplePlans, sampleReports, syntheticUnits } from "../src/core/sample";
import { builtinTemplate } from "../src/core/template/load-template";
import { timeMedian } from "./harness";

export async function run(): Promise<void> {
  const template = builtinTemplate;
  for (const wards of [11, 600, 3_321]) {
    const units = syntheticUnits(wards);
    const plans = samplePlans({ template, units, seed: 1 });
    const reports = sampleReports({ template, units, period: { year: 2024, month: 10 }, seed: 1 });
    await timeMedian(
      "consolidate",
      { wards, offices: units.length - wards, indicators: template.indicators.length },
      () => consolidate({ template, units, reports, plans }),
      { warmup: 3, runs: 11 },
    );
  }
}
