/**
 * The parameters of each finding message, by message key. A finding carries its key and
 * these parameters as plain data; the catalogs (en.ts, vi.ts) turn them into sentences.
 * Figures stay numbers here and are formatted only when a message is rendered.
 */
export interface Localized {
  vi: string;
  en: string;
}

/** The relation that was found, i.e. the opposite of the one the rule asked for. */
export type FoundRelation = ">" | ">=" | "<" | "<=" | "!=";

interface RuleWording {
  /** The template rule's own wording, when it has one. */
  ruleMessage?: Localized;
}

export interface MessageParamsByKey {
  // The report as a whole.
  emptyReport: Record<string, never>;
  otherPeriod: { found: string; expected: string };
  otherTemplate: { found: string; expected: string };
  otherVersion: { found: string; expected: string };
  otherUnit: { found: string; expected: string };
  unknownUnit: { unitId: string };
  // Rows.
  unknownCode: { code: string };
  duplicateRow: { code: string; firstRow?: number; differs: boolean };
  missingRow: { name: Localized };
  notExpected: { name: Localized };
  // Cells.
  textWithSuggestion: { text: string; suggestion: number; uom: Localized; note?: Localized };
  textUnreadable: { text: string; reason?: Localized };
  excelError: { error: string };
  booleanValue: { value: boolean };
  required: Record<string, never>;
  negative: { value: number };
  belowMin: { value: number; min: number };
  aboveMax: { value: number; max: number };
  notWhole: { value: number; uom: Localized };
  implausible: { value: number; bound: number; uom: Localized };
  noSuchPlan: { value: number | string };
  columnNotInTemplate: { value: number | string };
  derivedTyped: { numerator: string; denominator: string };
  numberInNote: { value: number };
  // Rules between figures.
  compare: RuleWording & {
    left: Localized;
    leftValue: number;
    relation: FoundRelation;
    right: Localized;
    rightValue: number;
  };
  bothOrNeither: RuleWording & { present: Localized; presentValue: number; absent: Localized };
  oneOrOtherNone: RuleWording & { names: Localized };
  oneOrOtherMany: RuleWording & { names: Localized };
  cumulativeBelowActual: RuleWording & { cumulative: number; actual: number };
  cumulativeBelowPrevious: RuleWording & { cumulative: number; previous: number; previousPeriod: string };
  samePeriodOutside: RuleWording & {
    cumulative: number;
    lastYear: number;
    percent: number;
    low: number;
    high: number;
    noteExempts: boolean;
  };
}

export type MessageKey = keyof MessageParamsByKey;

/** A message key with its parameters, typed together. */
export type FindingMessage = {
  [K in MessageKey]: { messageKey: K; params: MessageParamsByKey[K] };
}[MessageKey];
