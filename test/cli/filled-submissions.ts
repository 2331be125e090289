/**
 * Filled submissions for a later period, written as .xlsx files the way a unit sends them:
 * the blank template of each unit (the core's template job) with its sample report typed
 * in, the same-period column left blank so the figures can only come from the history.
 *   await writeSubmissions({ units, period: { year: 2025, month: 10 }, dir })
 */
import { join } from "node:path";
import { templateJob } from "../../src/core/jobs";
import { typedCells } from "../../src/cli/demo/typed-cells";
import { typeIntoPlan } from "../../src/cli/demo/type-into-plan";
import { sampleReports, type SampleMonth } from "../../src/core/sample";
import { builtinTemplate } from "../../src/core/template/load-template";
import type { Unit } from "../../src/core/units/unit";
import { writeWorkbookFile } from "../../src/xlsx";

export async function writeSubmissions(spec: {
  units: readonly Unit[];
  period: SampleMonth;
  dir: string;
  seed?: number;
}) {
  const code = `${spec.period.year}-${String(spec.period.month).padStart(2, "0")}`;
  const reports = sampleReports({
    template: builtinTemplate,
    units: spec.units,
    period: spec.period,
    seed: spec.seed ?? 7,
  });
  const blanks = templateJob({ template: builtinTemplate, units: spec.units, period: code });
  for (const blank of blanks) {
    const report = reports.find((r) => r.unitId === blank.unitId)!;
    const values = Object.fromEntries(
      Object.entries(report.values).map(([c, v]) => {
        const rest = { ...v };
        delete rest.last_year;
        return [c, rest];
      }),
    );
    const cells = typedCells({ ...report, values }, blank.layout, {
      name: "Nguyễn Văn A",
      phone: "024 3858 1000",
      sentOn: `${spec.period.year}-${String(spec.period.month + 1).padStart(2, "0")}-03`,
    });
    await writeWorkbookFile(
      typeIntoPlan(blank.plan, blank.plan.sheets[0]!.name, cells),
      join(spec.dir, blank.fileName),
    );
  }
}
