/**
 * What one figure cell holds, judged against its indicator: a clean number, nothing, or a
 * problem (with the number the text most likely meant, where it can be read). Never throws.
 *
 * Order of the checks, one finding per cell: text, Excel error and TRUE/FALSE first (the
 * cell is not a number at all); then the sanity bound, the minimum (no negatives by
 * default), whole numbers for counts, the indicator's maximum.
 */
import type { MessageParamsByKey } from "../i18n/message-params";
import { readNumber } from "../numbers/read-number";
import type { RawCell, RawValue } from "../report/unit-report";
import type { Indicator } from "../template/schema";
import { BUILT_IN_CHECKS, type BuiltInCheck } from "./finding";
import { IMPLAUSIBLE_ABOVE } from "./sanity";
import type { FindingMessage } from "../i18n/message-params";

export type CellReading =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "problem"; check: BuiltInCheck; message: FindingMessage; suggestion?: number };

/** A blank cell, or text of spaces only (what a clerk sees as empty). */
export function isBlank(value: RawValue | undefined): boolean {
  if (!value || value.kind === "blank") return true;
  return value.kind === "text" && value.text.trim() === "";
}

export function readFigureCell(cell: RawCell | undefined, indicator: Indicator): CellReading {
  const value = cell?.value;
  if (!value || isBlank(value)) return { kind: "blank" };
  switch (value.kind) {
    case "number":
      return checkFigure(value.value, indicator);
    case "text":
      return readText(value.text, indicator);
    case "error":
      return problem(BUILT_IN_CHECKS.excelError, {
        messageKey: "excelError",
        params: { error: value.error },
      });
    case "boolean":
      return problem(BUILT_IN_CHECKS.boolean, { messageKey: "booleanValue", params: { value: value.value } });
    default:
      return { kind: "blank" };
  }
}

function readText(text: string, indicator: Indicator): CellReading {
  const read = readNumber(text, { valueType: indicator.valueType });
  if (read.ok) {
    const params: MessageParamsByKey["textWithSuggestion"] = {
      text,
      suggestion: read.value,
      uom: indicator.uom,
    };
    if (read.note) params.note = read.note;
    return {
      kind: "problem",
      check: BUILT_IN_CHECKS.text,
      message: { messageKey: "textWithSuggestion", params },
      suggestion: read.value,
    };
  }
  return problem(BUILT_IN_CHECKS.text, {
    messageKey: "textUnreadable",
    params: { text, reason: read.reason },
  });
}

/** The per-figure checks that come from the indicator's own fields. */
export function checkFigure(value: number, indicator: Indicator): CellReading {
  return figureProblem(value, indicator) ?? { kind: "number", value };
}

/** The first per-figure check the number fails, or undefined when it passes them all. */
export function figureProblem(value: number, indicator: Indicator): CellReading | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > IMPLAUSIBLE_ABOVE) {
    return problem(BUILT_IN_CHECKS.implausible, {
      messageKey: "implausible",
      params: { value, bound: IMPLAUSIBLE_ABOVE, uom: indicator.uom },
    });
  }
  if (value < indicator.min) {
    return indicator.min === 0
      ? problem(BUILT_IN_CHECKS.min, { messageKey: "negative", params: { value } })
      : problem(BUILT_IN_CHECKS.min, { messageKey: "belowMin", params: { value, min: indicator.min } });
  }
  if (indicator.valueType === "count" && !Number.isInteger(value)) {
    return problem(BUILT_IN_CHECKS.wholeNumber, {
      messageKey: "notWhole",
      params: { value, uom: indicator.uom },
    });
  }
  if (indicator.max !== undefined && value > indicator.max) {
    return problem(BUILT_IN_CHECKS.max, { messageKey: "aboveMax", params: { value, max: indicator.max } });
  }
  return undefined;
}

function problem(check: BuiltInCheck, message: FindingMessage): CellReading {
  return { kind: "problem", check, message };
}
