/**
 * tonghop template --period P [--units] [--plans] [--template] [--deadline] [--history]
 * [--crosswalk] --out DIR: one blank workbook per unit, the office's plans filled in and
 * locked, and last year's same-period figures filled in from the history where it holds them.
 */
import { join } from "node:path";
import type { Crosswalk } from "../../core/crosswalk";
import type { HistoryRecord } from "../../core/history";
import { templateJob } from "../../core/jobs";
import { EXIT, type ExitCode } from "../exit-codes";
import { safeFileName } from "../files/file-names";
import { writePlans } from "../files/write-plans";
import type { CliIo } from "../io";
import type { Lang } from "../messages";
import { messages } from "../messages";
import { progressBar } from "../progress";
import type { PeriodChoice, Setup } from "../setup";

export interface TemplateJob {
  setup: Setup;
  period: PeriodChoice;
  deadline?: string;
  out: string;
  history?: readonly HistoryRecord[];
  crosswalk?: Crosswalk;
}

/** Every unit's blank workbook plan (the core's template job), with the path it goes to. */
export function templateFiles({ setup, period, deadline, out, history, crosswalk }: TemplateJob) {
  return templateJob({
    template: setup.template,
    units: setup.units,
    period: period.code,
    ...(deadline === undefined ? {} : { deadline }),
    ...(setup.plans ? { plans: setup.plans } : {}),
    ...(history ? { history } : {}),
    ...(crosswalk ? { crosswalk } : {}),
  }).map((workbook) => ({ ...workbook, path: join(out, safeFileName(workbook.fileName)) }));
}

export async function runTemplate(job: TemplateJob, io: CliIo, lang: Lang): Promise<ExitCode> {
  const say = messages(lang);
  const files = templateFiles(job);
  const bar = progressBar(io, say.progress.writing, files.length);
  const written = await writePlans(files, (done, total) => bar.update(done, total));
  bar.finish();
  if (!written.ok) {
    io.err(`${say.input.cannotWrite(written.path, written.detail)}\n`);
    return EXIT.usageOrInput;
  }
  io.out(`${say.template.written(files.length, job.out)}\n`);
  if (job.history)
    io.out(`${say.template.lastYear(files.filter((f) => f.lastYearFilled > 0).length, files.length)}\n`);
  return EXIT.done;
}
