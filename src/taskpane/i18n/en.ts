/**
 * English strings of the task pane shell. vi.ts is typed `typeof en`, so a key missing in
 * either language is a compile error. Product words follow /work/shared/domain.md.
 */
export const en = {
  languageName: "English",
  /** The toggle shows the language it switches to, in that language. */
  switchTo: "Tiếng Việt",
  switchToLabel: "Chuyển sang tiếng Việt (switch to Vietnamese)",
  title: "Report Consolidation",
  outsideTitle: "Open this add-in in Excel",
  outsideBody: "Report Consolidation works only inside Excel (on the desktop or Excel on the web).",
  outsideHow: "In Excel, choose Home > Add-ins, then choose Report Consolidation.",
  outsideReason: {
    "no-office-js": "Office.js could not be loaded: check the network connection, then reopen the panel.",
    "no-host": "This page was opened in a plain browser tab, not in Excel.",
    "other-host": "This page was opened in another Office application, not in Excel.",
    timeout: "Excel did not answer in time. Close the panel and open it again.",
  },
  tooOldTitle: "This version of Excel is too old",
  tooOldBody: (minimum: string) =>
    `The add-in needs the Excel JavaScript API ExcelApi ${minimum}: Microsoft 365 (version 1808 or later), Excel 2021 or later, Excel on the web, or Excel for Mac 16.17 or later.`,
  tooOldHow: "Update Excel (File > Account > Update Options), or use Excel on the web.",

  tabsLabel: "Panel sections",
  tabs: { consolidate: "Consolidate", check: "Check", setup: "Set up", files: "Files" },
  notSetUp: "This workbook has not been set up yet.",
  notSetUpHow: "Go to Set up, choose the period and the units, then choose Set up workbook.",
  goToSetup: "Go to Set up",
  failed: "Excel could not finish:",
  failedHow:
    "Nothing was half written. Try again; if it fails again, save the workbook and reopen the panel.",
  severity: { error: "Error", warning: "Warning", info: "Note" },

  consolidateIntro:
    "Adds up the unit sheets into the summary, with % of plan, the same period last year, and who has not reported.",
  consolidateButton: "Consolidate",
  phases: {
    reading: "Reading the unit sheets…",
    consolidating: "Checking and adding up…",
    writing: "Writing the summary sheets…",
  },
  progressLabel: "Consolidation progress",
  historyUnreadableTitle: (sheet: string) =>
    `Some rows of the "${sheet}" sheet cannot be read. Nothing was written.`,
  historyUnreadableHow:
    "Consolidating writes that sheet again, and these rows would be lost. Correct or delete them, then consolidate again.",
  crosswalkUnusableTitle: (sheet: string) =>
    `The crosswalk on the "${sheet}" sheet cannot be used yet. Nothing was written.`,
  crosswalkUnusableHow:
    "Last year's figures of the new units would be wrong. Correct these rows, then consolidate again.",
  moreRows: (n: number) => (n === 1 ? "and 1 more row" : `and ${n} more rows`),
  showHistoryRow: "Go to the first row",
  resultTitle: (period: string) => `Summary for ${period}`,
  reportedOf: (reported: number, expected: number) => `${reported} of ${expected} units reported`,
  allReported: "Every unit has reported.",
  missingTitle: (n: number) => `Not reported (${n})`,
  lateTitle: (n: number) => `Late (${n})`,
  excludedTitle: (n: number) => `Left out for errors (${n})`,
  excludedHow:
    "Their figures are not in the totals. Ask them to correct the cells, or accept them with a reason.",
  acceptedTitle: (n: number) => `Accepted despite errors (${n})`,
  errorsCount: (n: number) => (n === 1 ? "1 error" : `${n} errors`),
  acceptButton: (unit: string) => `Accept ${unit}…`,
  acceptReasonLabel: (unit: string) => `Why accept ${unit}'s figures despite the errors?`,
  acceptConfirm: "Accept and consolidate again",
  cancel: "Cancel",
  openSummary: "Open the summary",
  findingsTitle: (errors: number, warnings: number) => `Errors: ${errors}, warnings: ${warnings}`,
  nextStepClean: "Next: open the summary and read it before the meeting.",
  nextStepMissing: "Next: remind the units that have not reported, then consolidate again.",
  reportTitle: "Written report",
  copyReport: "Copy",
  copyReportLabel: "Copy the written report",
  reportCopied: "Copied: the written report is on the clipboard, ready to paste into a document.",
  reportSelected:
    "This Excel does not let the panel copy: the report is selected in the box below. Press Ctrl+C (⌘+C on a Mac) to copy it.",
  reportTextLabel: "The written report as text",

  checkIntro: "Checks the figures typed in the unit sheets; choose a finding to go to its cell.",
  checkActive: "Check this sheet",
  checkAll: "Check all sheets",
  checking: "Checking…",
  notUnitSheet: (sheet: string) =>
    `"${sheet}" is not a unit's sheet. Open a unit's sheet, or check all sheets.`,
  checkedClean: (n: number) =>
    n === 1 ? "1 sheet checked: nothing to correct." : `${n} sheets checked: nothing to correct.`,
  checkedFindings: (n: number, errors: number, warnings: number) =>
    `${n === 1 ? "1 sheet" : `${n} sheets`} checked: ${errors} errors, ${warnings} warnings. Choose one to go to its cell.`,
  findingsList: "Findings",
  rechecking: "Checked again after your edit.",
  goToCell: (sheet: string, cell: string) => `${sheet}, cell ${cell}`,

  setupIntro: "Creates one sheet per unit from the template, the Plans sheet and an instructions sheet.",
  templateLabel: "Template",
  templateBuiltin: "Built-in template (39 indicators)",
  templateFile: "A template JSON file",
  chooseFile: "Choose file",
  periodLabel: "Period",
  periodHint: "Month 2024-10, quarter 2024-Q3, 2024-H1, 2024-9M, year 2024",
  deadlineLabel: "Deadline",
  levelLabel: "Consolidating office",
  unitLabel: "Unit",
  unitsLabel: "Units",
  unitsSample: "The sample district (11 wards, 8 offices)",
  unitsPaste: "A pasted list",
  unitsCsv: "A CSV file",
  unitsPasteLabel: "Units, one per line (or CSV with id,name,kind,office)",
  unitsCount: (n: number) => (n === 1 ? "1 unit" : `${n} units`),
  setupButton: "Set up workbook",
  settingUp: "Setting up…",
  replaceTitle: "Some unit sheets already hold figures",
  replaceBody: (sheets: string) =>
    `Setting up again replaces ${sheets}. A copy of each is kept, named after the sheet and its period.`,
  replaceConfirm: "Keep copies and set up",
  setupDone: (n: number) => `Done: ${n} unit sheets.`,
  setupCopies: (names: string) => `Copies kept: ${names}.`,
  setupLastYear: (period: string, n: number) =>
    `Last year's figures (${period}) were filled in from the History sheet on ${n === 1 ? "1 unit sheet" : `${n} unit sheets`}.`,
  setupCrosswalk: (sheet: string, n: number) =>
    `The History sheet holds ${n === 1 ? "1 unit" : `${n} units`} no longer on the list: the "${sheet}" sheet was added. Say there which new unit each went to, then set up again to fill in last year's figures on the new boundaries.`,
  setupNoLastYear: (period: string) =>
    `The History sheet holds no figures for ${period}: the units type last year's figures themselves.`,
  setupNext: "Next: fill the Plans sheet, then send the units their sheets or their files.",

  exportTitle: "Units that work by file",
  exportIntro: "One blank workbook per unit, to send by e-mail; they fill it in plain Excel.",
  exportButton: "Export unit workbooks",
  exporting: (done: number, total: number) => `Writing files ${done} of ${total}…`,
  exported: (n: number) => `${n} files exported. Next: send each unit its file.`,
  importTitle: "Files sent back",
  importButton: "Import files…",
  importLabel: "Choose the .xlsx files the units sent back (several at once)",
  reading: "Reading the files…",
  submissionsList: "Files read",
  unknownUnit: (id: string) => `unit "${id}" is not on the list`,
  otherPeriod: (period: string, expected: string) =>
    `It is the report for ${period}, but this workbook is set up for ${expected}.`,
  acceptFile: (unit: string) => `Accept into ${unit}'s sheet`,
  replacesNote: "This unit's sheet already holds figures: accepting replaces them (a copy is kept).",
  replaceFileConfirm: "Replace, keeping a copy",
  fileAccepted: (sheet: string) => `Written into "${sheet}". Next: check it, then consolidate.`,
  fileAcceptedCopy: (sheet: string, copy: string) =>
    `Written into "${sheet}"; the replaced figures are in "${copy}". Next: check it, then consolidate.`,
};
