/**
 * The wording of one indicator, resolved: the template's own fields first, then the
 * caller's extras.
 */
import type { Indicator, Localized, Template, Wording } from "../template/schema";
import type { WordingExtra } from "./narrative-types";

export interface ResolvedWording {
  comparison: Wording["comparison"];
  lead?: Localized;
  noun?: Localized;
  zero?: Localized;
}

export function resolveWording(
  template: Template,
  indicator: Indicator,
  extras: Readonly<Record<string, WordingExtra>> | undefined,
): ResolvedWording {
  const extra = extras?.[indicator.code];
  const own = indicator.wording;
  const resolved: ResolvedWording = { comparison: own.comparison };
  const lead = own.lead ?? extra?.lead;
  const noun = own.noun ?? extra?.noun;
  const zero = own.zero ?? extra?.zero;
  if (lead) resolved.lead = lead;
  if (noun) resolved.noun = noun;
  if (zero) resolved.zero = zero;
  return resolved;
}
