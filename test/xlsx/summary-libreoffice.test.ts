/**
 * LibreOffice as the independent oracle for the summary's formulas: we write the sample
 * district's summary workbook with every cached formula result set to a wrong value,
 * LibreOffice opens it with recalculation on load forced on and saves it, and each
 * percentage and derived cell it computed must equal the core's figure (to 1e-9 relative),
 * or be blank where the core has none. Needs soffice (scripts/install-system.sh); fails,
 * naming the program, when it is missing.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consolidationCompleteness } from "../../src/core/completeness";
import { consolidate, type Summary } from "../../src/core/consolidate";
import { sampleReports, samplePlans } from "../../src/core/sample";
import { parseAddress } from "../../src/core/sheets/a1";
import type { PlanCell, WorkbookPlan } from "../../src/core/sheets/plan-types";
import type { SheetSnapshot } from "../../src/core/sheets/snapshot";
import { summaryWorkbook, type SummarySheetLayout } from "../../src/core/summary";
import { builtinTemplate } from "../../src/core/template/load-template";
import { sampleDistrict } from "../../src/core/units/sample-district";
import { readWorkbook, writeWorkbook } from "../../src/xlsx";
import { LibreOfficeMissingError } from "./libreoffice";

const LO_TIMEOUT = 180_000;
/** A cached result no correct formula gives: a cell still holding it was not recalculated. */
const STALE = "stale";

/**
 * LibreOffice keeps an .xlsx file's cached results by default ("never recalculate" for
 * Excel 2007+ files). The fresh profile sets Calc's OOXMLRecalcMode to 0, "always
 * recalculate", so every formula is computed by LibreOffice itself on load.
 */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

async function recalculatedByLibreOffice(input: Buffer, name: string): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "tonghop-lo-recalc-"));
  try {
    for (const dir of ["in", "out", "profile/user"]) await mkdir(join(work, dir), { recursive: true });
    await writeFile(join(work, "profile/user/registrymodifications.xcu"), RECALC_ALWAYS);
    await writeFile(join(work, "in", name), input);
    await new Promise<void>((resolve, reject) => {
      const args = [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(work, "out"),
        join(work, "in", name),
      ];
      execFile("soffice", args, { timeout: LO_TIMEOUT - 10_000 }, (error, _stdout, stderr) => {
        if (!error) resolve();
        else if (error.code === "ENOENT")
          reject(
            new LibreOfficeMissingError(
              "LibreOffice (the program `soffice`) is not installed: run `bash scripts/install-system.sh` as root " +
                "(it installs libreoffice-calc-nogui).",
            ),
          );
        else reject(new Error(`soffice failed (${error.message}): ${stderr}`));
      });
    });
    const produced = await readdir(join(work, "out"));
    if (produced.length !== 1)
      throw new Error(`soffice produced ${produced.length} files: ${produced.join(", ")}`);
    return await readFile(join(work, "out", produced[0]!));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The sample district for October 2024, with one ward missing and one last-year figure blank. */
function sampleSummary(): Summary {
  const plans = samplePlans({ template: builtinTemplate, units: sampleDistrict, seed: 7 });
  const reports = sampleReports({
    template: builtinTemplate,
    units: sampleDistrict,
    period: { year: 2024, month: 10 },
    seed: 7,
    plans,
  }).filter((r) => r.unitId !== "kim-giang");
  // Khương Mai without last year's DT03: the same-period comparison becomes unit-sets-differ.
  const khuongMai = reports.find((r) => r.unitId === "khuong-mai")!;
  delete khuongMai.values.DT03!.last_year;
  return consolidate({ template: builtinTemplate, units: sampleDistrict, reports, plans });
}

function poisoned(plan: WorkbookPlan): WorkbookPlan {
  const poison = (cell: PlanCell): PlanCell =>
    typeof cell === "object" && cell !== null ? { formula: cell.formula, result: STALE } : cell;
  return {
    ...plan,
    sheets: plan.sheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({ ...b, rows: b.rows.map((r) => r.map(poison)) })),
    })),
  };
}

/** Each formula cell of the summary sheet with the core's value for it. */
function expectations(plan: WorkbookPlan, layout: SummarySheetLayout, summary: Summary) {
  const sheet = plan.sheets[0]!;
  const formulaCells = new Set<string>();
  for (const block of sheet.blocks) {
    const at = parseAddress(block.at)!;
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === "object" && cell !== null) formulaCells.add(`${at.row + r}:${at.column + c}`);
      }),
    );
  }
  const out: { address: string; row: number; column: number; code: string; expected: number | null }[] = [];
  for (const row of summary.rows) {
    const sheetRow = layout.indicatorRows[row.code]!;
    const cores: [string | undefined, number | null][] = [
      [layout.columns.pct_plan, row.completion.plan.value],
      [layout.columns.pct_plan2, row.completion.plan2.value],
      [layout.columns.pct_same_period, row.samePeriod.ratio.value],
      ...(row.derived
        ? (["plan", "plan2", "actual", "cumulative", "last_year", "estimate"] as const).map(
            (c): [string | undefined, number | null] => [layout.columns[c], row.values[c]],
          )
        : []),
    ];
    for (const [letter, expected] of cores) {
      const { column } = parseAddress(`${letter!}1`)!;
      if (!formulaCells.has(`${sheetRow}:${column}`)) continue;
      out.push({ address: `${letter!}${sheetRow}`, row: sheetRow, column, code: row.code, expected });
    }
  }
  return { out, formulaCount: formulaCells.size };
}

interface Recalculated {
  summary: Summary;
  plan: WorkbookPlan;
  layout: SummarySheetLayout;
  sheet: SheetSnapshot;
}

/**
 * Written, recalculated and read once, awaited by each test: a missing soffice then fails
 * every test with the message naming it (a failing beforeAll would only mark them skipped).
 */
let pending: Promise<Recalculated> | undefined;
function recalculatedSummary(): Promise<Recalculated> {
  pending ??= (async () => {
    const summary = sampleSummary();
    const built = summaryWorkbook({
      template: builtinTemplate,
      summary,
      units: sampleDistrict,
      period: "2024-10",
      findings: [],
      completeness: consolidationCompleteness({ template: builtinTemplate, units: sampleDistrict, raws: [] }),
      level: { name: "Quận Thanh Xuân (mẫu)" },
      generatedAt: "2024-11-10T08:00:00+07:00",
    });
    const saved = await recalculatedByLibreOffice(await writeWorkbook(poisoned(built.plan)), "tong-hop.xlsx");
    const read = await readWorkbook(saved, { fileName: "tong-hop.xlsx" });
    if (!read.ok) throw new Error(`LibreOffice's file could not be read: ${read.error.en}`);
    const sheet = read.sheets.find((s) => s.name === built.sheetNames.summary)!;
    return { summary, plan: built.plan, layout: built.layout, sheet };
  })();
  return pending;
}

describe("the summary workbook recalculated by LibreOffice", () => {
  it(
    "checks every formula cell of the summary sheet, numbers and blanks alike",
    async () => {
      const { summary, plan, layout } = await recalculatedSummary();
      const { out, formulaCount } = expectations(plan, layout, summary);
      expect(out.length).toBe(formulaCount);
      expect(out.some((e) => e.expected === null)).toBe(true);
      expect(out.some((e) => e.expected !== null)).toBe(true);
    },
    LO_TIMEOUT,
  );

  it(
    "gives every percentage and derived figure the core's value, to 1e-9 relative",
    async () => {
      const { summary, plan, layout, sheet: recalculated } = await recalculatedSummary();
      const wrong: string[] = [];
      for (const e of expectations(plan, layout, summary).out) {
        if (e.expected === null) continue;
        const got = recalculated.values[e.row - 1]?.[e.column - 1];
        const ok = typeof got === "number" && Math.abs(got - e.expected) <= 1e-9 * Math.abs(e.expected);
        if (!ok)
          wrong.push(`${e.address} (${e.code}): LibreOffice ${JSON.stringify(got)}, core ${e.expected}`);
      }
      expect(wrong).toEqual([]);
    },
    LO_TIMEOUT,
  );

  it(
    "leaves blank every formula cell where the core has no value",
    async () => {
      const { summary, plan, layout, sheet: recalculated } = await recalculatedSummary();
      const wrong: string[] = [];
      for (const e of expectations(plan, layout, summary).out) {
        if (e.expected !== null) continue;
        const got = recalculated.values[e.row - 1]?.[e.column - 1];
        if (got !== null && got !== "" && got !== undefined)
          wrong.push(`${e.address} (${e.code}): LibreOffice ${JSON.stringify(got)}, core null`);
      }
      expect(wrong).toEqual([]);
    },
    LO_TIMEOUT,
  );

  it(
    "has no formula, and a blank, where the units behind the same-period totals differ",
    async () => {
      const { summary, layout, sheet: recalculated } = await recalculatedSummary();
      const dt03 = summary.rows.find((r) => r.code === "DT03")!;
      expect(dt03.samePeriod.ratio.reason).toBe("unit-sets-differ");
      const row = layout.indicatorRows.DT03!;
      const { column } = parseAddress(`${layout.columns.pct_same_period!}1`)!;
      expect(recalculated.formulas?.[row - 1]?.[column - 1] ?? null).toBeNull();
      expect(recalculated.values[row - 1]?.[column - 1] ?? null).toBeNull();
    },
    LO_TIMEOUT,
  );
});
