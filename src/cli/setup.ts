/**
 * The files and options every command shares: the template (built in, or --template
 * JSON), the units (the sample district, or --units CSV), the plans (--plans CSV), the
 * period, the deadline and the office's acceptances. Each is read here and parsed by the
 * core; a problem names the file and its line.
 */
import { readFile, stat } from "node:fs/promises";
import { parseCrosswalkCsv, type Crosswalk } from "../core/crosswalk";
import { parseHistoryCsv, type HistoryRecord } from "../core/history";
import type { PlanTable } from "../core/consolidate";
import { type Period, parsePeriod, periodCode, periodLabel } from "../core/periods";
import { parsePlansCsv } from "../core/plans/plans-csv";
import { builtinTemplate, parseTemplateText } from "../core/template/load-template";
import type { Template } from "../core/template/schema";
import { SAMPLE_DISTRICT_NAME, sampleDistrict } from "../core/units/sample-district";
import type { Unit } from "../core/units/unit";
import { parseUnitsCsv } from "../core/units/units-csv";
import type { Acceptance } from "../core/validate";
import { type Loaded, failed, loaded } from "./loaded";
import { type Lang, messages } from "./messages";

export interface SetupOptions {
  template?: string;
  units?: string;
  plans?: string;
}

export interface Setup {
  template: Template;
  units: readonly Unit[];
  /** The office's plans table, when --plans was given. */
  plans?: PlanTable;
  /** The consolidating level's name, for titles. */
  levelName: string;
}

async function readText(path: string, lang: Lang): Promise<Loaded<string>> {
  try {
    return loaded(await readFile(path, "utf8"));
  } catch (error) {
    return failed(
      messages(lang).input.cannotRead(path, error instanceof Error ? error.message : String(error)),
    );
  }
}

export async function loadSetup(options: SetupOptions, lang: Lang): Promise<Loaded<Setup>> {
  const say = messages(lang);
  const warnings: string[] = [];

  let template = builtinTemplate;
  if (options.template !== undefined) {
    const text = await readText(options.template, lang);
    if (!text.ok) return text;
    const parsed = parseTemplateText(text.value);
    if (!parsed.ok)
      return failed(...parsed.problems.map((p) => say.input.templateProblem(options.template!, p[lang])));
    template = parsed.template;
  }

  let units: readonly Unit[] = sampleDistrict;
  let levelName = SAMPLE_DISTRICT_NAME[lang];
  if (options.units !== undefined) {
    const text = await readText(options.units, lang);
    if (!text.ok) return text;
    const parsed = parseUnitsCsv(text.value);
    const problems = parsed.problems.map((p) => say.input.unitsProblem(options.units!, p[lang]));
    // A units list with a bad line would silently drop a unit from every count: stop.
    if (problems.length > 0) return failed(...problems);
    if (parsed.units.length === 0) return failed(say.usage.noUnits(options.units));
    units = parsed.units;
    levelName = options.units;
  }

  let plans: PlanTable | undefined;
  if (options.plans !== undefined) {
    const text = await readText(options.plans, lang);
    if (!text.ok) return text;
    const parsed = parsePlansCsv(text.value, { template, units });
    const errors = parsed.problems.filter((p) => p.severity === "error");
    if (errors.length > 0)
      return failed(...errors.map((p) => say.input.plansProblem(options.plans!, p[lang])));
    warnings.push(...parsed.problems.map((p) => say.input.plansProblem(options.plans!, p[lang])));
    plans = parsed.plans;
  }

  return loaded({ template, units, levelName, ...(plans ? { plans } : {}) }, warnings);
}

export interface PeriodChoice {
  period: Period;
  code: string;
  label: string;
}

export function readPeriod(text: string, lang: Lang): Loaded<PeriodChoice> {
  const parsed = parsePeriod(text);
  if (!parsed.ok) return failed(messages(lang).usage.badPeriod(text, parsed.reason[lang]));
  return loaded({
    period: parsed.period,
    code: periodCode(parsed.period),
    // Sheets are filled by Vietnamese clerks: their labels are Vietnamese whatever --lang says.
    label: periodLabel(parsed.period, "vi"),
  });
}

/** A YYYY-MM-DD date; the period grammar reads exactly that as an as-of date. */
export function readDeadline(text: string, lang: Lang): Loaded<string> {
  const parsed = parsePeriod(text);
  if (!parsed.ok || parsed.period.kind !== "to-date" || !/^\d{4}-\d{2}-\d{2}$/.test(text.trim()))
    return failed(messages(lang).usage.badDeadline(text));
  return loaded(periodCode(parsed.period));
}

/** "2024-11-05" -> "05/11/2024", as the deadline is shown on the sheet. */
export function dayFirst(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}/${month}/${year}`;
}

/** --accept UNIT=reason, repeated; every unit must be in the list and have a reason. */
export function readAcceptances(
  texts: readonly string[],
  units: readonly Unit[],
  lang: Lang,
): Loaded<Acceptance[]> {
  const say = messages(lang).usage;
  const ids = new Set(units.map((u) => u.id));
  const errors: string[] = [];
  const acceptances: Acceptance[] = [];
  for (const text of texts) {
    const at = text.indexOf("=");
    const unitId = at < 0 ? "" : text.slice(0, at).trim();
    const reason = at < 0 ? "" : text.slice(at + 1).trim();
    if (unitId === "" || reason === "") errors.push(say.badAccept(text));
    else if (!ids.has(unitId)) errors.push(say.acceptUnknown(unitId));
    else acceptances.push({ unitId, reason });
  }
  return errors.length > 0 ? failed(...errors) : loaded(acceptances);
}

export function readJobs(text: string | undefined, fallback: number, lang: Lang): Loaded<number> {
  if (text === undefined) return loaded(fallback);
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return failed(messages(lang).usage.badJobs(text));
  return loaded(jobs);
}

/**
 * --history FILE. For consolidate ("update"), the file is rewritten with this run's figures
 * added, so a line that cannot be read stops the command (writing the file again would
 * drop it) and a file that does not exist yet is started. For template ("read"), a bad
 * line is skipped with a warning and the file must exist.
 */
export async function loadHistory(
  path: string,
  mode: "read" | "update",
  lang: Lang,
): Promise<Loaded<HistoryRecord[]>> {
  const say = messages(lang).input;
  const exists = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!exists)
    return mode === "update" ? loaded([], [say.historyNew(path)]) : failed(say.historyMissing(path));
  const text = await readText(path, lang);
  if (!text.ok) return text;
  if (text.value.trim() === "" && mode === "update") return loaded([]);
  const parsed = parseHistoryCsv(text.value);
  if (parsed.problems.length === 0) return loaded(parsed.records);
  const whole = parsed.problems.some((p) => p.line <= 1);
  if (mode === "update" || whole)
    return failed(...parsed.problems.map((p) => say.historyProblem(path, p[lang])));
  return loaded(
    parsed.records,
    parsed.problems.map((p) => say.historySkipped(path, p[lang])),
  );
}

/** --crosswalk FILE: any error makes it unusable (a row dropped would pose part of a unit as the whole). */
export async function loadCrosswalk(
  path: string,
  units: readonly Unit[],
  lang: Lang,
): Promise<Loaded<Crosswalk>> {
  const say = messages(lang).input;
  const text = await readText(path, lang);
  if (!text.ok) return text;
  const parsed = parseCrosswalkCsv(text.value, { newUnits: units.map((u) => u.id) });
  if (!parsed.ok) return failed(...parsed.problems.map((p) => say.crosswalkProblem(path, p[lang])));
  return loaded(
    parsed.crosswalk,
    parsed.warnings.map((p) => say.crosswalkProblem(path, p[lang])),
  );
}
