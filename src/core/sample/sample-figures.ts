/**
 * One unit's sample figures for one month period: a monthly series per indicator from
 * its profile, then actual = this month, cumulative = the months so far, last year near
 * the cumulative (x 0.85-1.15), an estimate where the profile says so. A part and its
 * whole, or fines and their cases, share one "family" factor for last year and the
 * estimate, so the rules that hold this year hold last year too.
 */
import type { IndicatorValues } from "../report/unit-report";
import type { Indicator } from "../template/schema";
import type { UnitKind } from "../units/unit";
import type { Random } from "./prng";
import { between, wholeBetween } from "./prng";
import type { Range } from "./profiles";
import { DEFAULT_RANGE, SAMPLE_PROFILES } from "./profiles";

const LAST_YEAR_FACTOR: Range = [0.85, 1.15];
const ESTIMATE_FACTOR: Range = [1, 1.04];
/** A part's own drift from its family's last-year factor; at most 1, so parts stay within wholes. */
const PART_DRIFT: Range = [0.97, 1];

export class UnitFigures {
  private readonly series = new Map<string, number[]>();
  private readonly families = new Map<string, { lastYear: number; estimate: number }>();

  constructor(
    private readonly random: Random,
    private readonly kind: UnitKind,
    private readonly month: number,
    private readonly byCode: ReadonlyMap<string, Indicator>,
  ) {}

  /** The figures of one reported (flow or stock) indicator. */
  figures(indicator: Indicator): IndicatorValues {
    const code = indicator.code;
    const profile = SAMPLE_PROFILES[code] ?? {};
    const monthly = this.monthly(code);
    const family = this.family(code);
    const drift = this.isPart(code) ? between(this.random, PART_DRIFT) : 1;
    const round = rounder(indicator);
    if (indicator.kind === "stock") {
      // A level at the cut-off: the current month's draw, never a sum over months.
      const level = monthly[monthly.length - 1]!;
      return { cumulative: level, last_year: round(level * family.lastYear * drift) };
    }
    const actual = monthly[monthly.length - 1]!;
    const cumulative = round(monthly.reduce((sum, value) => sum + value, 0));
    const values: IndicatorValues = {
      actual,
      cumulative,
      last_year: round(cumulative * family.lastYear * drift),
    };
    if (profile.estimated) values.estimate = round(cumulative * family.estimate);
    return values;
  }

  /** The monthly values January..month, parts and fines drawn from their parent's months. */
  private monthly(code: string): number[] {
    const known = this.series.get(code);
    if (known) return known;
    const indicator = this.byCode.get(code);
    const profile = SAMPLE_PROFILES[code] ?? {};
    const round = indicator ? rounder(indicator) : Math.round;
    const out: number[] = [];
    const parentCode = profile.partOf?.code ?? profile.perCase?.code;
    if (parentCode && this.byCode.has(parentCode)) {
      const parent = this.monthly(parentCode);
      const factor = profile.partOf?.share ?? profile.perCase!.rate;
      for (const value of parent) out.push(round(value * between(this.random, factor)));
    } else {
      const range = this.rangeOf(indicator, profile.ward, profile.office);
      const whole = indicator?.valueType === "count";
      for (let m = 1; m <= this.month; m++) {
        if (profile.months && !profile.months.includes(m)) out.push(0);
        else out.push(whole ? wholeBetween(this.random, range) : round(between(this.random, range)));
      }
    }
    this.series.set(code, out);
    return out;
  }

  private rangeOf(indicator: Indicator | undefined, ward?: Range, office?: Range): Range {
    const own = this.kind === "ward" ? ward : office;
    const type = indicator?.valueType;
    return own ?? ward ?? office ?? DEFAULT_RANGE[type === "count" || type === "money" ? type : "number"];
  }

  private isPart(code: string): boolean {
    const profile = SAMPLE_PROFILES[code];
    const parent = profile?.partOf?.code ?? profile?.perCase?.code;
    return parent !== undefined && this.byCode.has(parent);
  }

  /** The factors shared by an indicator and everything drawn from it. */
  private family(code: string): { lastYear: number; estimate: number } {
    let root = code;
    for (;;) {
      const profile = SAMPLE_PROFILES[root];
      const parent = profile?.partOf?.code ?? profile?.perCase?.code;
      if (!parent || !this.byCode.has(parent)) break;
      root = parent;
    }
    let factors = this.families.get(root);
    if (!factors) {
      factors = {
        lastYear: between(this.random, LAST_YEAR_FACTOR),
        estimate: between(this.random, ESTIMATE_FACTOR),
      };
      this.families.set(root, factors);
    }
    return factors;
  }
}

/** Counts are whole; money and other figures keep one decimal (12,5 triệu). */
export function rounder(indicator: Indicator): (value: number) => number {
  return indicator.valueType === "count" ? Math.round : (value) => Math.round(value * 10) / 10;
}
