/**
 * The workbook's set-up (template, period, deadline, units, level, the office's acceptances)
 * kept inside the workbook itself, so the ribbon's Consolidate works without the panel and a
 * co-author opening the shared workbook finds the same set-up. It lives on a very hidden
 * sheet as key/value rows; a long value (a template's JSON) is split over several rows
 * because a cell holds at most 32,767 characters. Reading it never throws: a damaged
 * set-up reads as "not set up", and the panel asks for set-up again.
 */
import type { SheetPlan } from "../../core/sheets/plan-types";
import type { SheetSnapshot } from "../../core/sheets/snapshot";
import { builtinTemplate, parseTemplateText } from "../../core/template/load-template";
import type { Template } from "../../core/template/schema";
import type { Unit } from "../../core/units/unit";

export const SETUP_SHEET = "tonghop_setup";
/** Well under Excel's 32,767 characters a cell. */
const CHUNK = 30_000;

export interface WorkbookSetup {
  /** "builtin", or the JSON text of the office's own template. */
  templateSource: "builtin" | { json: string };
  /** Period code ("2024-10"). */
  period: string;
  /** ISO date ("2024-11-05"), or absent. */
  deadline?: string;
  units: Unit[];
  /** The consolidating level's name, as the summary's title says it. */
  levelName: string;
  /** Unit id -> the office's reason for counting that unit despite its errors. */
  accepted: Record<string, string>;
}

/** The set-up with its template read. */
export interface LoadedSetup extends WorkbookSetup {
  template: Template;
}

export function setupSheetPlan(setup: WorkbookSetup): SheetPlan {
  const rows: string[][] = [["key", "value"]];
  for (const [key, value] of Object.entries(setup)) {
    if (value === undefined) continue;
    const text = JSON.stringify(value);
    for (let at = 0; at < text.length; at += CHUNK) rows.push([key, text.slice(at, at + CHUNK)]);
  }
  return { name: SETUP_SHEET, blocks: [{ at: "A1", rows }], visibility: "veryHidden" };
}

export function readSetup(sheets: readonly SheetSnapshot[]): LoadedSetup | undefined {
  const sheet = sheets.find((s) => s.name === SETUP_SHEET);
  if (!sheet) return undefined;
  const texts = new Map<string, string>();
  for (const row of sheet.values.slice(1)) {
    const [key, value] = row;
    if (typeof key !== "string" || typeof value !== "string") continue;
    texts.set(key, (texts.get(key) ?? "") + value);
  }
  const read = (key: string): unknown => {
    const text = texts.get(key);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  const period = read("period");
  const units = read("units");
  const levelName = read("levelName");
  const source = read("templateSource");
  if (typeof period !== "string" || !Array.isArray(units) || typeof levelName !== "string") return undefined;
  const templateSource = isJsonSource(source) ? source : "builtin";
  let template = builtinTemplate;
  if (templateSource !== "builtin") {
    const loaded = parseTemplateText(templateSource.json);
    if (!loaded.ok) return undefined;
    template = loaded.template;
  }
  const deadline = read("deadline");
  const accepted = read("accepted");
  return {
    templateSource,
    template,
    period,
    ...(typeof deadline === "string" ? { deadline } : {}),
    units: units.filter(isUnit),
    levelName,
    accepted: isStringRecord(accepted) ? accepted : {},
  };
}

function isJsonSource(value: unknown): value is { json: string } {
  return (
    typeof value === "object" && value !== null && typeof (value as { json?: unknown }).json === "string"
  );
}

function isUnit(value: unknown): value is Unit {
  const u = value as Partial<Unit> | null;
  return (
    typeof u === "object" &&
    u !== null &&
    typeof u.id === "string" &&
    typeof u.name === "string" &&
    (u.kind === "ward" || u.kind === "office")
  );
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string")
  );
}
