/**
 * The command line's own words in English (findings and read errors bring their own,
 * rendered by the core and src/xlsx). vi.ts is declared `typeof en`, so a key missing from
 * either language is a type error.
 */
export const en = {
  help: {
    program: "Consolidate periodic reports of reporting units (wards, offices) from .xlsx files.",
    demo: "Run the built-in sample district end to end: templates, submissions, summary.",
    template: "Write one blank .xlsx template per unit, plans filled in and locked.",
    validate: "Check submitted .xlsx files and list the findings of each file.",
    consolidate: "Read, check and consolidate submitted .xlsx files into a summary workbook.",
    inputs: "submitted .xlsx files, or folders holding them",
    out: "where to write",
    outDir: "folder to write to",
    period: "report period: 2024-10, 2024-Q3, 2024-H1, 2024-9M, 2024 or 2024-10-31",
    units: "units list (CSV: id,name,kind,office); default: the sample district",
    plans: "plans table (CSV: unit,code,plan,plan2)",
    templateFile: "template (JSON); default: the built-in template",
    deadline: "deadline for sending reports, YYYY-MM-DD",
    accept: "accept a unit despite errors, with the reason: UNIT=reason (repeatable)",
    json: "also write the summary as JSON to this file",
    jsonOut: "print the findings as JSON",
    lang: "language of messages: vi or en",
    jobs: "files read at once (worker threads); 1 reads in this process",
    history:
      "history file (CSV): last year's same period and the previous report are read from it; consolidate adds this run's figures",
    crosswalk: "crosswalk of reorganised units (CSV: old_unit,new_unit,share)",
    report: "also write the written report as Markdown to this file",
    asUnit: "this level's unit id one level up: the summary can then be consolidated as that unit's report",
    summaries: "the units are consolidating levels sending their summaries (e.g. districts of a city)",
  },
  usage: {
    prefix: "Usage error",
    badPeriod: (text: string, reason: string) => `--period "${text}" is not a period: ${reason}`,
    badDeadline: (text: string) => `--deadline "${text}" is not a date in the form YYYY-MM-DD.`,
    badAccept: (text: string) => `--accept "${text}" must be UNIT=reason, with a reason.`,
    acceptUnknown: (unit: string) => `--accept names unit "${unit}", which is not in the units list.`,
    badJobs: (text: string) => `--jobs "${text}" must be a whole number from 1 to 64.`,
    badLang: (text: string) => `--lang "${text}" must be vi or en.`,
    noUnits: (file: string) => `The units file "${file}" lists no unit.`,
  },
  input: {
    notFound: (path: string) => `"${path}" does not exist or cannot be opened.`,
    noXlsx: (dir: string) => `The folder "${dir}" holds no .xlsx file.`,
    cannotRead: (file: string, detail: string) => `The file "${file}" cannot be read (${detail}).`,
    unitsProblem: (file: string, text: string) => `${file}: ${text}`,
    plansProblem: (file: string, text: string) => `${file}: ${text}`,
    templateProblem: (file: string, text: string) => `${file}: ${text}`,
    cannotWrite: (file: string, detail: string) => `Cannot write "${file}" (${detail}).`,
    historyProblem: (file: string, text: string) => `${file}: ${text}`,
    historySkipped: (file: string, text: string) => `${file}: ${text} The line is skipped.`,
    historyNew: (file: string) => `The history file "${file}" does not exist yet: it will be created.`,
    historyMissing: (file: string) => `The history file "${file}" does not exist.`,
    crosswalkProblem: (file: string, text: string) => `${file}: ${text}`,
  },
  severity: { error: "error", warning: "warning", info: "note" },
  progress: { reading: "Reading files", writing: "Writing files" },
  findings: {
    fileOk: (file: string) => `${file}: no finding.`,
    fileCounts: (file: string, errors: number, warnings: number) =>
      `${file}: ${errors} error(s), ${warnings} warning(s).`,
    total: (files: number, errors: number, warnings: number) =>
      `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s).`,
    planDiffers: (code: string, column: string, inFile: string, inTable: string) =>
      `${code}, ${column}: the file says ${inFile} but the plans table says ${inTable}; the plans table is used.`,
  },
  template: {
    written: (count: number, dir: string) => `${count} template(s) written to ${dir}`,
    lastYear: (filled: number, count: number) =>
      `Same period last year filled in from the history in ${filled} of ${count} template(s); the others are typed by the unit.`,
  },
  summary: {
    title: (period: string, level: string) => `Consolidation, ${period}: ${level}`,
    reported: (submitted: number, expected: number) => `Reported: ${submitted}/${expected} units`,
    onTime: (count: number) => `on time: ${count}`,
    missing: (count: number, names: string) => `Not reported: ${count}${names ? ` (${names})` : ""}`,
    late: (count: number, names: string) => `Late: ${count}${names ? ` (${names})` : ""}`,
    excluded: (count: number, names: string) => `Left out for errors: ${count}${names ? ` (${names})` : ""}`,
    accepted: (count: number, names: string) =>
      `Accepted despite errors: ${count}${names ? ` (${names})` : ""}`,
    findings: (errors: number, warnings: number) => `Findings: ${errors} error(s), ${warnings} warning(s)`,
    keyFigures: "Key figures:",
    ofPlan: (pct: string, planName: string) => `${pct} of ${planName}`,
    samePeriod: (pct: string) => `${pct} of the same period last year`,
    partial: (reported: number, expected: number) => `(${reported} of ${expected} units)`,
    wrote: (files: string) => `Written: ${files}`,
  },
  demo: {
    start: (dir: string) => `Demo of the sample district in ${dir}`,
    templates: (count: number, dir: string) => `${count} blank templates in ${dir}`,
    submissions: (count: number, dir: string) =>
      `${count} sample submissions in ${dir} (one unit sends nothing, one sends late, two have errors)`,
  },
};

export type Messages = typeof en;
