/**
 * Worksheet-level changes with Excel's side effects: name rules, rename and delete rewriting
 * formulas that point at the sheet, the one-visible-sheet rule and the active sheet moving on.
 */
import { quoteSheetName } from "./a1";
import { FakeErrorCode, FakeExcelError } from "./fake-error";
import { breakSheetReferences, renameSheetReferences } from "./formula";
import type { SheetModel, WorkbookModel } from "./model";
import { findSheet, newSheet, sheetId } from "./model";

/** Excel's sheet-name rules: 1 to 31 characters, none of : \ / ? * [ ], no leading or trailing '. */
export function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name.length === 0) return "A sheet name cannot be empty.";
  if (name.length > 31) return "A sheet name has at most 31 characters.";
  if (/[:\\/?*[\]]/.test(name)) return "A sheet name cannot contain : \\ / ? * [ ].";
  if (name.startsWith("'") || name.endsWith("'"))
    return "A sheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel.';
  return undefined;
}

function assertUsableName(
  workbook: WorkbookModel,
  name: unknown,
  except: SheetModel | undefined,
  location: string,
): string {
  const problem = sheetNameProblem(name);
  if (problem !== undefined) throw new FakeExcelError(FakeErrorCode.invalidArgument, location, problem);
  const taken = findSheet(workbook, name as string);
  if (taken && taken !== except && taken.name.toLowerCase() === (name as string).toLowerCase()) {
    throw new FakeExcelError(FakeErrorCode.itemAlreadyExists, location);
  }
  return name as string;
}

export function addSheet(workbook: WorkbookModel, name: string | undefined): SheetModel {
  let chosen = name;
  if (chosen === undefined) {
    let n = workbook.sheets.length + 1;
    while (findSheet(workbook, `Sheet${n}`)) n++;
    chosen = `Sheet${n}`;
  }
  assertUsableName(workbook, chosen, undefined, "WorksheetCollection.add");
  // "The worksheet will be added at the end of existing worksheets" (WorksheetCollection.add).
  const sheet = newSheet(sheetId(workbook.nextId++), chosen);
  workbook.sheets.push(sheet);
  return sheet;
}

function rewriteFormulas(workbook: WorkbookModel, rewrite: (formula: string) => string): void {
  for (const sheet of workbook.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
    }
  }
  for (const name of workbook.names) name.formula = rewrite(name.formula);
}

export function renameSheet(workbook: WorkbookModel, sheet: SheetModel, name: unknown): void {
  const newName = assertUsableName(workbook, name, sheet, "Worksheet.name");
  const oldName = sheet.name;
  sheet.name = newName;
  rewriteFormulas(workbook, (f) => renameSheetReferences(f, oldName, quoteSheetName(newName)));
}

function visibleSheets(workbook: WorkbookModel): SheetModel[] {
  return workbook.sheets.filter((s) => s.visibility === "Visible");
}

function moveActiveAwayFrom(workbook: WorkbookModel, sheet: SheetModel): void {
  if (workbook.activeSheetId !== sheet.id) return;
  const index = workbook.sheets.indexOf(sheet);
  const next =
    workbook.sheets.slice(index + 1).find((s) => s.visibility === "Visible" && s !== sheet) ??
    workbook.sheets
      .slice(0, index)
      .reverse()
      .find((s) => s.visibility === "Visible");
  if (next) {
    workbook.activeSheetId = next.id;
    workbook.selection = { sheetId: next.id, rect: { ...A1_RECT } };
  }
}

export function deleteSheet(workbook: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility === "VeryHidden") {
    // Worksheet.delete reference: "if the worksheet's visibility is set to "VeryHidden", the
    // delete operation will fail with an InvalidOperation exception".
    throw new FakeExcelError(FakeErrorCode.invalidOperation, "Worksheet.delete");
  }
  if (sheet.visibility === "Visible" && visibleSheets(workbook).length === 1) {
    throw new FakeExcelError(
      FakeErrorCode.invalidOperation,
      "Worksheet.delete",
      "A workbook must contain at least one visible worksheet.",
    );
  }
  moveActiveAwayFrom(workbook, sheet);
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  rewriteFormulas(workbook, (f) => breakSheetReferences(f, sheet.name));
}

export function setSheetVisibility(workbook: WorkbookModel, sheet: SheetModel, visibility: unknown): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    throw new FakeExcelError(FakeErrorCode.invalidArgument, "Worksheet.visibility");
  }
  if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(workbook).length === 1) {
    throw new FakeExcelError(
      FakeErrorCode.invalidOperation,
      "Worksheet.visibility",
      "A workbook must contain at least one visible worksheet.",
    );
  }
  sheet.visibility = visibility;
  if (visibility !== "Visible") moveActiveAwayFrom(workbook, sheet);
}

export function moveSheet(workbook: WorkbookModel, sheet: SheetModel, position: unknown): void {
  if (
    typeof position !== "number" ||
    !Number.isInteger(position) ||
    position < 0 ||
    position >= workbook.sheets.length
  ) {
    throw new FakeExcelError(FakeErrorCode.invalidArgument, "Worksheet.position");
  }
  workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
  workbook.sheets.splice(position, 0, sheet);
}

export function activateSheet(workbook: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== "Visible") {
    throw new FakeExcelError(
      FakeErrorCode.invalidOperation,
      "Worksheet.activate",
      "A hidden worksheet cannot be activated.",
    );
  }
  if (workbook.activeSheetId !== sheet.id) workbook.selection = { sheetId: sheet.id, rect: { ...A1_RECT } };
  workbook.activeSheetId = sheet.id;
}

/** A sheet made active by the fake shows A1 selected (Excel remembers each sheet's; the fake does not). */
const A1_RECT = { row: 0, column: 0, rowCount: 1, columnCount: 1 } as const;
