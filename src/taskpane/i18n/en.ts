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
  intro:
    "This panel will help the consolidating office with the periodic reports of wards, communes and offices:",
  plannedCheck:
    "check each unit's sheet against the indicator template and point to every cell that is wrong, with the reason;",
  plannedConsolidate:
    "consolidate the unit sheets into one summary: totals, % of plan, comparison with the same period last year, and the units that have not reported.",
  notYet: "These actions come in the next versions of the add-in; this version only opens the panel.",
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
};
