/**
 * tonghop consolidate FILE_OR_DIR... --period P --out summary.xlsx [--json summary.json]
 * [--units] [--plans] [--template] [--deadline] [--accept UNIT=reason ...]: reads the
 * files into sheet snapshots, hands them to the consolidation job (src/core/jobs: parse,
 * validate, consolidate, completeness, the summary's workbook plan and JSON), writes the
 * plan with src/xlsx and prints the findings and a short report.
 * Exit: 0 done; 1 done, with errors the office has not accepted; 2 bad usage, or a file
 * that cannot be read (the others are still consolidated and it counts as not sent).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { PlanTable } from "../../core/consolidate";
import { runConsolidationJob } from "../../core/jobs";
import { planDifferences } from "../../core/plans/plan-differences";
import { parseUnitSheet } from "../../core/sheets/parse-unit-sheet";
import type { Template } from "../../core/template/schema";
import type { Acceptance } from "../../core/validate";
import { writeWorkbookFile } from "../../xlsx";
import { EXIT, type ExitCode, worst } from "../exit-codes";
import { gatherInputs } from "../files/gather-inputs";
import type { CliIo } from "../io";
import { type Lang, messages } from "../messages";
import { type PrintableFinding, printFindings } from "../report/print-findings";
import type { SheetFromFile } from "../files/snapshots";
import { printSummary } from "../report/print-summary";
import type { PeriodChoice, Setup } from "../setup";

export interface ConsolidateJob {
  inputs: readonly string[];
  setup: Setup;
  period: PeriodChoice;
  accepted: readonly Acceptance[];
  deadline?: string;
  out: string;
  json?: string;
  jobs: number;
  /** ISO time of the run: the core has no clock. */
  generatedAt: string;
}

export async function runConsolidate(job: ConsolidateJob, io: CliIo, lang: Lang): Promise<ExitCode> {
  const say = messages(lang);
  const gathered = await gatherInputs(job.inputs, job.jobs, io, lang);
  if (gathered.nothing) return EXIT.usageOrInput;
  const { setup } = job;

  const result = runConsolidationJob({
    template: setup.template,
    units: setup.units,
    period: job.period.code,
    snapshots: gathered.sheets,
    accepted: Object.fromEntries(job.accepted.map((a) => [a.unitId, a.reason])),
    generatedAt: job.generatedAt,
    level: { name: setup.levelName },
    ...(setup.plans ? { plans: setup.plans } : {}),
    ...(job.deadline === undefined ? {} : { deadline: job.deadline }),
  });

  const written: string[] = [];
  const write = async (path: string, what: () => Promise<void>): Promise<boolean> => {
    try {
      await mkdir(dirname(path), { recursive: true });
      await what();
      written.push(path);
      return true;
    } catch (error) {
      io.err(`${say.input.cannotWrite(path, error instanceof Error ? error.message : String(error))}\n`);
      return false;
    }
  };
  const wroteXlsx = await write(job.out, () => writeWorkbookFile(result.workbookPlan, job.out));
  const json = job.json;
  const wroteJson =
    json === undefined ||
    (await write(json, () => writeFile(json, `${JSON.stringify(result.json, null, 2)}\n`)));

  const shown = [
    ...result.findings.filter((f) => f.severity !== "info"),
    ...(setup.plans ? stalePlans(gathered.sheets, setup.plans, setup.template) : []),
  ];
  printFindings(io, shown, lang);
  if (shown.length > 0) io.out("\n");
  const counts = {
    error: shown.filter((f) => f.severity === "error").length,
    warning: shown.filter((f) => f.severity === "warning").length,
  };
  printSummary(
    io,
    {
      template: setup.template,
      units: setup.units,
      summary: result.summary,
      completeness: result.completeness,
      periodLabel: lang === "vi" ? job.period.label : job.period.code,
      levelName: setup.levelName,
      counts,
      written,
    },
    lang,
  );

  const acceptedIds = new Set(job.accepted.map((a) => a.unitId));
  const unaccepted = result.findings.some(
    (f) => f.severity === "error" && !(f.unitId !== undefined && acceptedIds.has(f.unitId)),
  );
  let outcome: ExitCode = unaccepted ? EXIT.submissionErrors : EXIT.done;
  if (gathered.badInput || !wroteXlsx || !wroteJson) outcome = worst(outcome, EXIT.usageOrInput);
  return outcome;
}

/**
 * Submissions whose plan cells differ from the plans table, as warnings. The job does not
 * say this yet (the summary already uses the table), so the sheets are parsed again here,
 * which costs little beside reading the files.
 */
function stalePlans(
  sheets: readonly SheetFromFile[],
  plans: PlanTable,
  template: Template,
): PrintableFinding[] {
  return sheets.flatMap(({ source, snapshot, workbookMetadata }) => {
    const parsed = parseUnitSheet(snapshot, { template, workbookMetadata, fileName: source.file });
    if (!parsed.ok) return [];
    return planDifferences(parsed.report, plans, template).map((d) => ({
      ...d,
      severity: "warning" as const,
    }));
  });
}
