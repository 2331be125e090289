/**
 * tonghop demo [--out DIR]: the sample district end to end. Writes a blank template per
 * unit (bieu-mau/), the units' filled submissions (bao-cao/: one unit missing, one late, two
 * with errors), then consolidates bao-cao/ exactly as `tonghop consolidate` would, writing
 * the summary workbook, its JSON, the written report (Markdown) and the history file, and
 * printing the short report.
 */
import { join } from "node:path";
import { samplePlans, sampleReports } from "../../core/sample";
import { builtinTemplate } from "../../core/template/load-template";
import { SAMPLE_DISTRICT_NAME, sampleDistrict } from "../../core/units/sample-district";
import { DEMO } from "../demo/demo-scenario";
import { demoSubmissions } from "../demo/demo-submissions";
import { EXIT, type ExitCode } from "../exit-codes";
import { safeFileName, summaryFileNames } from "../files/file-names";
import { writePlans } from "../files/write-plans";
import type { CliIo } from "../io";
import { type Lang, messages } from "../messages";
import { progressBar } from "../progress";
import { type Setup, readPeriod } from "../setup";
import { runConsolidate } from "./consolidate";
import { templateFiles } from "./template";

/** The demo's own constants are broken: a bug, not bad input. */
export class DemoScenarioError extends Error {
  override name = "DemoScenarioError";
}

/** The demo's written report and history, beside its summary. */
export const DEMO_FILES = {
  report: (period: string) => `bao-cao_${period}.md`,
  history: "lich-su.csv",
} as const;

export interface DemoJob {
  out: string;
  jobs: number;
}

export async function runDemo({ out, jobs }: DemoJob, io: CliIo, lang: Lang): Promise<ExitCode> {
  const say = messages(lang);
  const template = builtinTemplate;
  const units = sampleDistrict;
  const plans = samplePlans({ template, units, seed: DEMO.seed });
  const setup: Setup = { template, units, plans, levelName: SAMPLE_DISTRICT_NAME[lang] };
  const period = readPeriod(DEMO.period, lang);
  if (!period.ok) throw new DemoScenarioError(`the demo period ${DEMO.period} does not parse`);

  const templatesDir = join(out, "bieu-mau");
  const submissionsDir = join(out, "bao-cao");
  const blanks = templateFiles({ setup, period: period.value, deadline: DEMO.deadline, out: templatesDir });
  const reports = sampleReports({ template, units, period: DEMO.month, seed: DEMO.seed, plans });
  const submissions = demoSubmissions(blanks, reports).map(({ fileName, plan }) => ({
    path: join(submissionsDir, safeFileName(fileName)),
    plan,
  }));

  io.out(`${say.demo.start(out)}\n`);
  const files = [...blanks, ...submissions];
  const bar = progressBar(io, say.progress.writing, files.length);
  const written = await writePlans(files, (done, total) => bar.update(done, total));
  bar.finish();
  if (!written.ok) {
    io.err(`${say.input.cannotWrite(written.path, written.detail)}\n`);
    return EXIT.usageOrInput;
  }
  io.out(`${say.demo.templates(blanks.length, templatesDir)}\n`);
  io.out(`${say.demo.submissions(submissions.length, submissionsDir)}\n\n`);

  const names = summaryFileNames(period.value.code);
  const outcome = await runConsolidate(
    {
      inputs: [submissionsDir],
      setup,
      period: period.value,
      accepted: [],
      deadline: DEMO.deadline,
      out: join(out, names.xlsx),
      json: join(out, names.json),
      report: join(out, DEMO_FILES.report(period.value.code)),
      // A fresh history each run: the demo's month is its first.
      history: { path: join(out, DEMO_FILES.history), records: [] },
      jobs,
      generatedAt: DEMO.generatedAt,
    },
    io,
    lang,
  );
  // The submissions' errors are the demo's point; only a failure to read or write is not.
  return outcome === EXIT.usageOrInput ? outcome : EXIT.done;
}
