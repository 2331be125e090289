/**
 * Set-up: the Plans sheet (kept when it exists: plans are annual and typed by the office),
 * one sheet per unit from the template, the instructions sheet, and the set-up itself.
 * Re-running it for a new period never destroys typed figures: when a unit sheet holds
 * figures, it first answers "needs confirmation" with the sheets concerned, and once
 * confirmed it writes a copy of each before replacing it. Last year's figures are filled in
 * from the history the workbook keeps (kept-history.ts), on the new boundaries when its
 * crosswalk sheet says how units were reorganised (kept-crosswalk.ts), as the command line's
 * templates are; when the history holds units no longer on the list, the crosswalk sheet is
 * added for the office to fill.
 */
import type { Localized } from "../../core/i18n/message-params";
import { parsePeriod } from "../../core/periods";
import type { MetadataPlan, SheetPlan } from "../../core/sheets/plan-types";
import { CROSSWALK_SHEET, crosswalkSheetPlan } from "../../core/sheets/crosswalk-sheet";
import { INSTRUCTIONS_SHEET, instructionsSheetPlan } from "../../core/sheets/instructions-sheet";
import { PLANS_SHEET, plansSheetPlan } from "../../core/sheets/plans-sheet";
import { lastYearFigures, unitSheetWithLastYear } from "../../core/jobs";
import { periodLabels } from "../../core/summary";
import { builtinTemplate, parseTemplateText } from "../../core/template/load-template";
import type { Template } from "../../core/template/schema";
import { backupSheetPlan } from "./backup-sheet";
import { historyUnits, readKeptCrosswalk } from "./kept-crosswalk";
import { readKeptHistory } from "./kept-history";
import { SETUP_SHEET, setupSheetPlan, type WorkbookSetup } from "./setup-store";
import { hasTypedFigures, readWorkbookState } from "./workbook-state";
import type { WorkbookPort } from "./workbook-port";

export type SetUpInput = Omit<WorkbookSetup, "accepted">;

export type SetUpResult =
  | { kind: "invalid"; problems: Localized[] }
  /** Unit sheets holding typed figures that set-up would replace; nothing was written. */
  | { kind: "needs-confirmation"; sheets: string[] }
  | {
      kind: "done";
      unitSheets: string[];
      copies: string[];
      plansSheetCreated: boolean;
      /**
       * The crosswalk sheet, when this set-up added it: the history holds these units, which
       * are not on this year's list.
       */
      crosswalkSheet: { units: string[] } | null;
      /**
       * Last year's figures from the history sheet: the period they are of and how many unit
       * sheets got at least one; null when the workbook keeps no history.
       */
      lastYear: { period: Localized; units: number } | null;
    };

export async function setUpWorkbook(
  port: WorkbookPort,
  input: SetUpInput,
  options: { confirmed: boolean },
): Promise<SetUpResult> {
  const checked = checkInput(input);
  if (!checked.ok) return { kind: "invalid", problems: checked.problems };
  const { template } = checked;
  const period = parsePeriod(input.period);
  const code = period.ok ? input.period.trim() : input.period;

  const state = await readWorkbookState(port);
  const withFigures = state.setup ? state.unitSheets.filter((u) => hasTypedFigures(u.report)) : [];
  const kept = readKeptHistory(state.sheets);
  const history = kept.kind === "none" ? undefined : kept.records;
  const crosswalk = readKeptCrosswalk(state.sheets, input.units, history);
  if (crosswalk.kind === "unusable")
    return {
      kind: "invalid",
      problems: crosswalk.problems.map((p) => ({
        vi: `Trang "${crosswalk.sheet}": ${p.message.vi}`,
        en: `Sheet "${crosswalk.sheet}": ${p.message.en}`,
      })),
    };
  if (withFigures.length > 0 && !options.confirmed)
    return { kind: "needs-confirmation", sheets: withFigures.map((u) => u.snapshot.name) };

  const taken = state.sheets.map((s) => s.name);
  const copies: SheetPlan[] = withFigures.map((u) => {
    const copy = backupSheetPlan(u.snapshot, u.report.period, taken);
    taken.push(copy.name);
    return copy;
  });

  const plansSheetCreated = !state.sheets.some((s) => s.name === PLANS_SHEET);
  const label = periodLabels(code).vi;
  const reserved = [
    SETUP_SHEET,
    PLANS_SHEET,
    INSTRUCTIONS_SHEET,
    CROSSWALK_SHEET,
    ...copies.map((c) => c.name),
  ];
  const unitSheets: SheetPlan[] = [];
  const metadata: MetadataPlan[] = [];
  const figures = history
    ? lastYearFigures({
        template,
        units: input.units,
        period: code,
        history,
        ...(crosswalk.kind === "ok" ? { crosswalk: crosswalk.crosswalk } : {}),
      })
    : null;
  // Units the history holds that are not on this year's list: reorganised, most likely. The
  // office says where they went on a crosswalk sheet, added once (then kept, as the Plans are).
  const current = new Set(input.units.map((u) => u.id));
  const gone = history ? historyUnits(history).filter((id) => !current.has(id)) : [];
  const crosswalkSheetCreated = gone.length > 0 && !state.sheets.some((s) => s.name === CROSSWALK_SHEET);
  let filledUnits = 0;
  for (const unit of input.units) {
    const sheet = unitSheetWithLastYear(
      {
        template,
        unit,
        period: { code, label },
        ...(input.deadline ? { deadline: shownDate(input.deadline) } : {}),
        ...(state.plans?.units[unit.id] ? { plans: state.plans.units[unit.id] } : {}),
        takenSheetNames: [...reserved, ...unitSheets.map((s) => s.name)],
      },
      figures,
    );
    unitSheets.push(sheet.sheet);
    metadata.push(sheet.metadata);
    if (sheet.lastYearFilled > 0) filledUnits++;
  }

  const setup: WorkbookSetup = { ...input, period: code, accepted: {} };
  await port.applyWorkbookPlan({
    sheets: [
      ...copies,
      instructionsSheetPlan(label, input.deadline ? shownDate(input.deadline) : undefined),
      ...(plansSheetCreated ? [plansSheetPlan(template, input.units, input.levelName)] : []),
      ...(crosswalkSheetCreated ? [crosswalkSheetPlan(input.units, gone)] : []),
      ...unitSheets,
      setupSheetPlan(setup),
    ],
    metadata,
  });
  const first = unitSheets[0];
  if (first) await port.activateSheet(first.name);
  return {
    kind: "done",
    unitSheets: unitSheets.map((s) => s.name),
    copies: copies.map((c) => c.name),
    plansSheetCreated,
    crosswalkSheet: crosswalkSheetCreated ? { units: gone } : null,
    lastYear:
      figures === null || figures.historyPeriod === null
        ? null
        : { period: periodLabels(figures.historyPeriod), units: filledUnits },
  };
}

function checkInput(
  input: SetUpInput,
): { ok: true; template: Template } | { ok: false; problems: Localized[] } {
  const problems: Localized[] = [];
  const period = parsePeriod(input.period);
  if (!period.ok) problems.push(period.reason);
  if (input.units.length === 0)
    problems.push({
      vi: "Chưa có đơn vị nào: hãy chọn quận mẫu, dán danh sách hoặc chọn tệp CSV.",
      en: "There are no units: choose the sample district, paste a list or choose a CSV file.",
    });
  if (input.deadline && !/^\d{4}-\d{2}-\d{2}$/.test(input.deadline))
    problems.push({
      vi: `Hạn gửi "${input.deadline}" cần dạng năm-tháng-ngày, ví dụ 2024-11-05.`,
      en: `The deadline "${input.deadline}" must be year-month-day, e.g. 2024-11-05.`,
    });
  let template = builtinTemplate;
  if (input.templateSource !== "builtin") {
    const loaded = parseTemplateText(input.templateSource.json);
    if (loaded.ok) template = loaded.template;
    else problems.push(...loaded.problems.slice(0, 3));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template };
}

/** "2024-11-05" -> "05/11/2024", as the sheets show dates. */
export function shownDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
