/**
 * tonghop validate FILE_OR_DIR... [--period P] [--units] [--template] [--json]: reads each
 * file, parses its sheets (src/core/sheets) and validates each report (src/core/validate)
 * against the template and the units list; prints the findings per file (or JSON). The
 * period checked is --period, else the one each sheet says it is for.
 * Exit: 0 no error, 1 an error in a file, 2 bad usage or a file that cannot be read.
 */
import { sheetFinding, validationFinding } from "../../core/jobs";
import { parseUnitSheet } from "../../core/sheets/parse-unit-sheet";
import type { SummaryFinding } from "../../core/summary";
import { validateAll } from "../../core/validate";
import { EXIT, type ExitCode, worst } from "../exit-codes";
import { gatherInputs } from "../files/gather-inputs";
import type { CliIo } from "../io";
import { type Lang, messages } from "../messages";
import { printFindings } from "../report/print-findings";
import type { PeriodChoice, Setup } from "../setup";

export interface ValidateJob {
  inputs: readonly string[];
  setup: Setup;
  period?: PeriodChoice;
  json: boolean;
  jobs: number;
}

export interface FileFindings {
  file: string;
  findings: SummaryFinding[];
  counts: { error: number; warning: number; info: number };
}

export async function runValidate(job: ValidateJob, io: CliIo, lang: Lang): Promise<ExitCode> {
  const say = messages(lang);
  const gathered = await gatherInputs(job.inputs, job.jobs, io, lang);
  const byFile = new Map<string, FileFindings>(
    gathered.readable.map((file) => [
      file,
      { file, findings: [], counts: { error: 0, warning: 0, info: 0 } },
    ]),
  );

  for (const { source, snapshot, workbookMetadata } of gathered.sheets) {
    const entry = byFile.get(source.file);
    if (!entry) continue;
    const parsed = parseUnitSheet(snapshot, {
      template: job.setup.template,
      workbookMetadata,
      fileName: source.file,
    });
    // The line printed starts with the file: the sheet's message names the sheet only.
    const inFile = (finding: SummaryFinding): SummaryFinding => ({ ...finding, file: source.file });
    if (!parsed.ok) {
      entry.findings.push(inFile(sheetFinding(parsed.problem, {})));
      continue;
    }
    for (const problem of parsed.problems) entry.findings.push(inFile(sheetFinding(problem, {})));
    const validated = validateAll([parsed.report], {
      template: job.setup.template,
      units: job.setup.units,
      expectedPeriod: job.period?.code ?? parsed.report.period,
    });
    for (const finding of validated.findings) entry.findings.push(validationFinding(finding, source.file));
  }

  const files = [...byFile.values()];
  for (const entry of files) for (const finding of entry.findings) entry.counts[finding.severity]++;
  const total = files.reduce(
    (sum, f) => ({ error: sum.error + f.counts.error, warning: sum.warning + f.counts.warning }),
    { error: 0, warning: 0 },
  );

  if (job.json) io.out(`${JSON.stringify(files, null, 2)}\n`);
  else {
    for (const entry of files) {
      if (entry.findings.length === 0) io.out(`${say.findings.fileOk(entry.file)}\n`);
      else printFindings(io, entry.findings, lang);
    }
    io.out(`${say.findings.total(files.length, total.error, total.warning)}\n`);
  }
  const outcome = total.error > 0 ? EXIT.submissionErrors : EXIT.done;
  return worst(outcome, gathered.badInput ? EXIT.usageOrInput : EXIT.done);
}
