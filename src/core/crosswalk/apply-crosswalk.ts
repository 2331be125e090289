/**
 * Rebuilding "same period last year" for the new units from the old units' figures.
 *
 * - Flow and stock indicators are split by share and added: a new unit's figure is
 *   sum(share x old unit's figure) over the old units that feed it. A share says what part
 *   of an old unit went where (by population, area or files, as the office decided), and
 *   one share applies to every indicator of that old unit.
 * - Derived indicators (rates) are never split: a rate of an old unit says nothing about a
 *   part of it. They are recomputed from the new unit's rebuilt numerator and denominator,
 *   as consolidation does; without the template every code is taken as a flow or stock.
 * - A new unit gets null, and a mark in notComparable, rather than a partial figure posing
 *   as the whole: when any old unit feeding it is "not comparable", when an old unit has no
 *   figures in the history at all, or when one old unit lacks the figure of that indicator.
 */
import type { Localized, Template } from "../template/schema";
import type { Crosswalk } from "./crosswalk-types";
import { CROSSWALK_BASIS, NOT_COMPARABLE } from "./crosswalk-types";

export type NotComparableReason =
  "not-comparable" | "old-unit-missing" | "figure-missing" | "no-crosswalk-row" | "operand-missing";

export interface NotComparable {
  newUnit: string;
  /** Absent when the whole unit cannot be compared (every indicator). */
  code?: string;
  reason: NotComparableReason;
  why: Localized;
}

export interface CrosswalkResult {
  /** Last year's figures on the new boundaries; null where there is no sound figure. */
  byNewUnit: Record<string, Record<string, number | null>>;
  notComparable: NotComparable[];
  basis: Localized;
}

export interface ApplyCrosswalkOptions {
  /** The indicators to rebuild. */
  codes: readonly string[];
  /** Tells derived indicators apart (recomputed, never split). */
  template?: Template;
  /** This year's units; a unit without a crosswalk row gets null. Default: the new units of the crosswalk. */
  newUnits?: readonly string[];
}

export function applyCrosswalk(
  lastYearByOldUnit: Readonly<Record<string, Readonly<Record<string, number>>>>,
  crosswalk: Crosswalk,
  { codes, template, newUnits }: ApplyCrosswalkOptions,
): CrosswalkResult {
  const derived = new Map(
    (template?.indicators ?? []).flatMap((i) =>
      i.kind === "derived" && i.derived ? [[i.code, i.derived] as const] : [],
    ),
  );
  const targets = newUnits ?? [...new Set(crosswalk.map((row) => row.newUnit))];
  const byNewUnit: CrosswalkResult["byNewUnit"] = {};
  const notComparable: NotComparable[] = [];

  for (const newUnit of targets) {
    const sources = crosswalk.filter((row) => row.newUnit === newUnit);
    const figures: Record<string, number | null> = {};
    byNewUnit[newUnit] = figures;
    const blocked = unitBlocker(newUnit, sources, lastYearByOldUnit);
    if (blocked) {
      for (const code of codes) figures[code] = null;
      notComparable.push(blocked);
      continue;
    }

    const split = (code: string): number | null => {
      let sum = 0;
      for (const { oldUnit, share } of sources) {
        const value = lastYearByOldUnit[oldUnit]?.[code];
        if (value === undefined || typeof share !== "number") return null;
        sum += share * value;
      }
      return sum;
    };

    for (const code of codes) {
      const formula = derived.get(code);
      if (!formula) {
        figures[code] = split(code);
        if (figures[code] === null)
          notComparable.push(figureMissing(newUnit, code, sources, lastYearByOldUnit));
        continue;
      }
      const numerator = split(formula.numerator);
      const denominator = split(formula.denominator);
      figures[code] =
        numerator === null || denominator === null || denominator === 0
          ? null
          : (numerator * formula.scale) / denominator;
      if (figures[code] === null) {
        notComparable.push({
          newUnit,
          code,
          reason: "operand-missing",
          why: {
            vi: `${code} là chỉ tiêu tính toán, được tính lại từ ${formula.numerator}/${formula.denominator} theo địa giới mới; thiếu số liệu để tính.`,
            en: `${code} is computed, from ${formula.numerator}/${formula.denominator} on the new boundaries; the figures to compute it are missing.`,
          },
        });
      }
    }
  }
  return { byNewUnit, notComparable, basis: CROSSWALK_BASIS };
}

/** Why none of a new unit's figures can be rebuilt, or undefined when they may be. */
function unitBlocker(
  newUnit: string,
  sources: Crosswalk,
  lastYear: Readonly<Record<string, unknown>>,
): NotComparable | undefined {
  if (sources.length === 0) {
    return {
      newUnit,
      reason: "no-crosswalk-row",
      why: {
        vi: `Bảng chuyển đổi không có dòng nào cho ${newUnit}: không có số liệu cùng kỳ.`,
        en: `The crosswalk has no row for ${newUnit}: there is no same-period figure.`,
      },
    };
  }
  const notComparable = sources.filter((row) => row.share === NOT_COMPARABLE).map((row) => row.oldUnit);
  if (notComparable.length > 0) {
    const list = notComparable.join(", ");
    return {
      newUnit,
      reason: "not-comparable",
      why: {
        vi: `Không so sánh được: phần từ ${list} không có cơ sở quy đổi.`,
        en: `Not comparable: the part from ${list} has no sound basis.`,
      },
    };
  }
  const absent = sources.filter((row) => !(row.oldUnit in lastYear)).map((row) => row.oldUnit);
  if (absent.length > 0) {
    const list = absent.join(", ");
    return {
      newUnit,
      reason: "old-unit-missing",
      why: {
        vi: `Không có số liệu cùng kỳ của ${list} trong lịch sử số liệu.`,
        en: `The history holds no same-period figures for ${list}.`,
      },
    };
  }
  return undefined;
}

function figureMissing(
  newUnit: string,
  code: string,
  sources: Crosswalk,
  lastYear: Readonly<Record<string, Readonly<Record<string, number>>>>,
): NotComparable {
  const lacking = sources
    .filter((row) => lastYear[row.oldUnit]?.[code] === undefined)
    .map((row) => row.oldUnit);
  const list = lacking.join(", ");
  return {
    newUnit,
    code,
    reason: "figure-missing",
    why: {
      vi: `Thiếu số liệu cùng kỳ chỉ tiêu ${code} của ${list}.`,
      en: `The same-period figure of ${code} is missing for ${list}.`,
    },
  };
}
