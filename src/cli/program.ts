/**
 * The tonghop command line: its commands and options (commander), and the exit code each
 * run ends with (see exit-codes.ts). Options are read into plain values here and handed to
 * the command modules; commander's own usage errors also end with exit code 2.
 */
import { Command, CommanderError, Option } from "commander";
import { runConsolidate } from "./commands/consolidate";
import { runDemo } from "./commands/demo";
import { runTemplate } from "./commands/template";
import { runValidate } from "./commands/validate";
import { EXIT, type ExitCode } from "./exit-codes";
import { defaultJobs } from "./files/read-inputs";
import type { CliIo } from "./io";
import type { Loaded } from "./loaded";
import { type Lang, messages } from "./messages";
import {
  loadCrosswalk,
  loadHistory,
  loadSetup,
  readAcceptances,
  readDeadline,
  readJobs,
  readPeriod,
  type SetupOptions,
} from "./setup";

interface CommonFlags extends SetupOptions {
  lang?: string;
  jobs?: string;
}

interface HistoryFlags {
  history?: string;
  crosswalk?: string;
}

/** --lang is read before commander runs, so that help and errors speak the language asked for. */
export function langOf(argv: readonly string[]): Lang | { bad: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    if (value === "vi" || value === "en") return value;
    return { bad: value };
  }
  return "vi";
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const chosen = langOf(argv);
  if (typeof chosen !== "string") {
    io.err(`${messages("vi").usage.badLang(chosen.bad)}\n${messages("en").usage.badLang(chosen.bad)}\n`);
    return EXIT.usageOrInput;
  }
  const lang = chosen;
  const say = messages(lang);
  let outcome: ExitCode = EXIT.done;

  /** Prints what an option or file gave: warnings go on, errors stop the command with exit 2. */
  const take = <T>(result: Loaded<T>): T | undefined => {
    if (!result.ok) {
      for (const error of result.errors) io.err(`${error}\n`);
      outcome = EXIT.usageOrInput;
      return undefined;
    }
    for (const warning of result.warnings) io.err(`${warning}\n`);
    return result.value;
  };

  const program = new Command("tonghop")
    .description(say.help.program)
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });
  const langOption = () => new Option("--lang <lang>", say.help.lang).choices(["vi", "en"]).default("vi");
  const jobsOption = () => new Option("--jobs <n>", say.help.jobs);
  program.addOption(langOption());

  program
    .command("demo")
    .description(say.help.demo)
    .option("--out <dir>", say.help.outDir, "tonghop-demo")
    .addOption(langOption())
    .addOption(jobsOption())
    .action(async (flags: { out: string } & CommonFlags) => {
      const jobs = take(readJobs(flags.jobs, defaultJobs(), lang));
      if (jobs === undefined) return;
      outcome = await runDemo({ out: flags.out, jobs }, io, lang);
    });

  program
    .command("template")
    .description(say.help.template)
    .requiredOption("--period <period>", say.help.period)
    .requiredOption("--out <dir>", say.help.outDir)
    .option("--units <units.csv>", say.help.units)
    .option("--plans <plans.csv>", say.help.plans)
    .option("--template <template.json>", say.help.templateFile)
    .option("--deadline <YYYY-MM-DD>", say.help.deadline)
    .option("--history <history.csv>", say.help.history)
    .option("--crosswalk <crosswalk.csv>", say.help.crosswalk)
    .addOption(langOption())
    .action(
      async (flags: { period: string; out: string; deadline?: string } & CommonFlags & HistoryFlags) => {
        const period = take(readPeriod(flags.period, lang));
        const deadline = flags.deadline === undefined ? undefined : take(readDeadline(flags.deadline, lang));
        if (!period || (flags.deadline !== undefined && deadline === undefined)) return;
        const setup = take(await loadSetup(flags, lang));
        if (!setup) return;
        const history =
          flags.history === undefined ? undefined : take(await loadHistory(flags.history, "read", lang));
        const crosswalk =
          flags.crosswalk === undefined
            ? undefined
            : take(await loadCrosswalk(flags.crosswalk, setup.units, lang));
        if ((flags.history !== undefined && !history) || (flags.crosswalk !== undefined && !crosswalk))
          return;
        outcome = await runTemplate(
          {
            setup,
            period,
            out: flags.out,
            ...(deadline ? { deadline } : {}),
            ...(history ? { history } : {}),
            ...(crosswalk ? { crosswalk } : {}),
          },
          io,
          lang,
        );
      },
    );

  program
    .command("validate")
    .description(say.help.validate)
    .argument("<inputs...>", say.help.inputs)
    .option("--period <period>", say.help.period)
    .option("--units <units.csv>", say.help.units)
    .option("--template <template.json>", say.help.templateFile)
    .option("--json", say.help.jsonOut)
    .addOption(langOption())
    .addOption(jobsOption())
    .action(async (inputs: string[], flags: { period?: string; json?: boolean } & CommonFlags) => {
      const period = flags.period === undefined ? undefined : take(readPeriod(flags.period, lang));
      const jobs = take(readJobs(flags.jobs, defaultJobs(), lang));
      if ((flags.period !== undefined && !period) || jobs === undefined) return;
      const setup = take(await loadSetup(flags, lang));
      if (!setup) return;
      outcome = await runValidate(
        { inputs, setup, json: flags.json === true, jobs, ...(period ? { period } : {}) },
        io,
        lang,
      );
    });

  program
    .command("consolidate")
    .description(say.help.consolidate)
    .argument("<inputs...>", say.help.inputs)
    .requiredOption("--period <period>", say.help.period)
    .requiredOption("--out <summary.xlsx>", say.help.out)
    .option("--json <summary.json>", say.help.json)
    .option("--report <report.md>", say.help.report)
    .option("--history <history.csv>", say.help.history)
    .option("--crosswalk <crosswalk.csv>", say.help.crosswalk)
    .option("--as-unit <id>", say.help.asUnit)
    .option("--summaries", say.help.summaries)
    .option("--units <units.csv>", say.help.units)
    .option("--plans <plans.csv>", say.help.plans)
    .option("--template <template.json>", say.help.templateFile)
    .option("--deadline <YYYY-MM-DD>", say.help.deadline)
    .option(
      "--accept <unit=reason>",
      say.help.accept,
      (value: string, list: string[]) => [...list, value],
      [],
    )
    .addOption(langOption())
    .addOption(jobsOption())
    .action(
      async (
        inputs: string[],
        flags: {
          period: string;
          out: string;
          json?: string;
          report?: string;
          asUnit?: string;
          summaries?: boolean;
          deadline?: string;
          accept: string[];
        } & CommonFlags &
          HistoryFlags,
      ) => {
        const period = take(readPeriod(flags.period, lang));
        const deadline = flags.deadline === undefined ? undefined : take(readDeadline(flags.deadline, lang));
        const jobs = take(readJobs(flags.jobs, defaultJobs(), lang));
        if (!period || jobs === undefined || (flags.deadline !== undefined && deadline === undefined)) return;
        const setup = take(await loadSetup(flags, lang));
        if (!setup) return;
        const accepted = take(readAcceptances(flags.accept, setup.units, lang));
        if (!accepted) return;
        const history =
          flags.history === undefined ? undefined : take(await loadHistory(flags.history, "update", lang));
        const crosswalk =
          flags.crosswalk === undefined
            ? undefined
            : take(await loadCrosswalk(flags.crosswalk, setup.units, lang));
        if ((flags.history !== undefined && !history) || (flags.crosswalk !== undefined && !crosswalk))
          return;
        outcome = await runConsolidate(
          {
            inputs,
            setup,
            period,
            accepted,
            out: flags.out,
            jobs,
            generatedAt: new Date().toISOString(),
            ...(flags.json === undefined ? {} : { json: flags.json }),
            ...(flags.report === undefined ? {} : { report: flags.report }),
            ...(flags.history !== undefined && history
              ? { history: { path: flags.history, records: history } }
              : {}),
            ...(crosswalk ? { crosswalk } : {}),
            ...(flags.asUnit === undefined ? {} : { asUnit: flags.asUnit }),
            ...(flags.summaries ? { unitsAreLevels: true } : {}),
            ...(deadline ? { deadline } : {}),
          },
          io,
          lang,
        );
      },
    );

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version end well; every other commander error is a usage error.
    return error.exitCode === 0 ? EXIT.done : EXIT.usageOrInput;
  }
  return outcome;
}
