/**
 * English wording of findings. Cell and row messages follow a location ("Cell H12
 * (Cumulative year to date, HC03): ..."), so they start in lower case; report messages are
 * whole sentences.
 */
import type { Catalog } from "./catalog";

const RELATION: Record<string, string> = {
  ">": "is greater than",
  ">=": "is not less than",
  "<": "is less than",
  "<=": "is not greater than",
  "!=": "differs from",
};

const rule = (p: { ruleMessage?: { vi: string; en: string } }) =>
  p.ruleMessage ? ` (${p.ruleMessage.en})` : "";

export const en: Catalog = {
  location: {
    cell: (p, s) => `Cell ${p.address} (${s.t(p.column)}, ${p.code})`,
    cellWithoutAddress: (p, s) => `${p.code}, column ${s.t(p.column)}`,
    row: (p) => `Row ${p.row} (${p.code})`,
    indicator: (p) => `Indicator ${p.code}`,
  },
  messages: {
    emptyReport: () => "The report holds no figures yet.",
    otherPeriod: (p) =>
      `The report is for period ${p.found}, but period ${p.expected} is being consolidated; its figures are not counted for this period.`,
    otherTemplate: (p) =>
      `The report was made from template ${p.found}, not ${p.expected}; its rows may not mean the same indicators.`,
    otherVersion: (p) =>
      `The report was made from version ${p.found} of the template, not ${p.expected}; figures are read by indicator code, check that none is missing.`,
    otherUnit: (p) => `The report names unit ${p.found}, but it was received for unit ${p.expected}.`,
    unknownUnit: (p) => `Unit ${p.unitId} is not in the list of units of this consolidation.`,
    unknownCode: (p) => `code "${p.code}" is not in the template; the figures of this row are not counted.`,
    duplicateRow: (p) =>
      `code ${p.code} appears again${p.firstRow === undefined ? "" : ` (first on row ${p.firstRow})`}; only the first row is read${p.differs ? ", and the two rows hold different figures" : ""}.`,
    missingRow: (p) => `the row of "${p.name.en}" is not on the sheet; this unit must report it.`,
    notExpected: (p) =>
      `this unit does not report "${p.name.en}" (another unit does); the figures of this row are not counted.`,
    textWithSuggestion: (p, s) =>
      `the cell holds the text "${p.text}", not a number; it may be ${s.num(p.suggestion)} ${p.uom.en}. Type it again as a number.${p.note ? ` ${p.note.en}` : ""}`,
    textUnreadable: (p) =>
      `the cell holds the text "${p.text}", not a number. ${p.reason ? p.reason.en : "Type a number, or leave it blank if there is no figure yet."}`,
    excelError: (p) =>
      `the cell shows the Excel error ${p.error} instead of a number; fix the formula or type the number.`,
    booleanValue: (p) => `the cell holds ${p.value ? "TRUE" : "FALSE"}, not a number.`,
    required: () => "no figure; this cell is required. If there was none, type 0.",
    negative: (p, s) => `${s.num(p.value)} is negative; this indicator takes no negative figures.`,
    belowMin: (p, s) => `${s.num(p.value)} is below the minimum ${s.num(p.min)}.`,
    aboveMax: (p, s) => `${s.num(p.value)} is above the maximum ${s.num(p.max)}.`,
    notWhole: (p, s) => `${s.num(p.value)} ${p.uom.en} is not a whole number.`,
    implausible: (p, s) =>
      `${s.num(p.value)} ${p.uom.en} is too large to be a real figure (above ${s.num(p.bound)}); check the unit of measure and the number of digits.`,
    noSuchPlan: (p, s) =>
      `this indicator has no figure in this column; ${typeof p.value === "number" ? s.num(p.value) : `"${p.value}"`} is not counted. Was it typed in the wrong column?`,
    columnNotInTemplate: (p, s) =>
      `the template has no such column; ${typeof p.value === "number" ? s.num(p.value) : `"${p.value}"`} is not counted.`,
    derivedTyped: (p) =>
      `this indicator is computed from ${p.numerator} and ${p.denominator}; a figure typed here is not used.`,
    numberInNote: (p, s) =>
      `the note column holds the number ${s.num(p.value)}; it is not counted. If it is a figure, type it in its own column.`,
    compare: (p, s) =>
      `${p.left.en} ${s.num(p.leftValue)} ${RELATION[p.relation] ?? p.relation} ${p.right.en} ${s.num(p.rightValue)}${rule(p)}.`,
    bothOrNeither: (p, s) =>
      `${p.present.en} is ${s.num(p.presentValue)} but ${p.absent.en} is 0 or blank; the two go together${rule(p)}.`,
    oneOrOtherNone: (p) => `none of ${p.names.en} is given; at least one is needed${rule(p)}.`,
    oneOrOtherMany: (p) => `more than one of ${p.names.en} is given; only one may be${rule(p)}.`,
    cumulativeBelowActual: (p, s) =>
      `the year-to-date figure ${s.num(p.cumulative)} is less than this period's ${s.num(p.actual)}; the year to date includes this period${rule(p)}.`,
    cumulativeBelowPrevious: (p, s) =>
      `the year-to-date figure ${s.num(p.cumulative)} is less than the ${s.num(p.previous)} reported for ${p.previousPeriod}; a year-to-date figure cannot go down within the year${rule(p)}.`,
    samePeriodOutside: (p, s) =>
      `the year-to-date figure ${s.num(p.cumulative)} is ${s.pct(p.percent)} of the same period last year (${s.num(p.lastYear)}), outside ${s.pct(p.low)} to ${s.pct(p.high)}${rule(p)}; ${p.noteExempts ? "if it is right, give the reason in the note column" : "check the figure"}.`,
  },
};
