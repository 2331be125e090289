/**
 * tonghop consolidate FILE_OR_DIR... --period P --out summary.xlsx [--json summary.json]
 * [--report report.md] [--history history.csv] [--crosswalk crosswalk.csv] [--as-unit ID]
 * [--summaries] [--units] [--plans] [--template] [--deadline] [--accept UNIT=reason ...]:
 * reads the files into sheet snapshots, hands them to the consolidation job (src/core/jobs:
 * parse, validate, consolidate, completeness, history, the written report, the summary's
 * workbook plan and JSON), writes what it returns and prints the findings and a short report.
 * Exit: 0 done; 1 done, with errors the office has not accepted; 2 bad usage, or a file
 * that cannot be read (the others are still consolidated and it counts as not sent).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Crosswalk } from "../../core/crosswalk";
import { serializeHistoryCsv, type HistoryRecord } from "../../core/history";
import { runConsolidationJob } from "../../core/jobs";
import type { Acceptance } from "../../core/validate";
import { writeWorkbookFile } from "../../xlsx";
import { EXIT, type ExitCode, worst } from "../exit-codes";
import { gatherInputs } from "../files/gather-inputs";
import type { CliIo } from "../io";
import { type Lang, messages } from "../messages";
import { printFindings } from "../report/print-findings";
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
  /** Where to write the written report (Markdown, in the language of --lang). */
  report?: string;
  /** The history file: read before, rewritten with this run's figures after. */
  history?: { path: string; records: readonly HistoryRecord[] };
  crosswalk?: Crosswalk;
  /** This level's unit id one level up. */
  asUnit?: string;
  /** The units are consolidating levels sending their summaries. */
  unitsAreLevels?: boolean;
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
    level: { name: setup.levelName, ...(job.asUnit === undefined ? {} : { unitId: job.asUnit }) },
    ...(setup.plans ? { plans: setup.plans } : {}),
    ...(job.deadline === undefined ? {} : { deadline: job.deadline }),
    ...(job.history ? { history: job.history.records } : {}),
    ...(job.crosswalk ? { crosswalk: job.crosswalk } : {}),
    ...(job.unitsAreLevels ? { unitsAreLevels: true } : {}),
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
  const text = (path: string, content: string) => write(path, () => writeFile(path, content));
  const outcomes = [await write(job.out, () => writeWorkbookFile(result.workbookPlan, job.out))];
  if (job.json !== undefined)
    outcomes.push(await text(job.json, `${JSON.stringify(result.json, null, 2)}\n`));
  const narrative = result.narrative[lang];
  if (job.report !== undefined && narrative) outcomes.push(await text(job.report, narrative.markdown));
  if (job.history) {
    const path = job.history.path;
    // Written beside it, then moved over it: a run stopped midway never leaves half a history.
    outcomes.push(
      await write(path, async () => {
        await writeFile(`${path}.tmp`, serializeHistoryCsv(result.history));
        await rename(`${path}.tmp`, path);
      }),
    );
  }

  const shown = result.findings.filter((f) => f.severity !== "info");
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
  if (gathered.badInput || outcomes.includes(false)) outcome = worst(outcome, EXIT.usageOrInput);
  return outcome;
}
