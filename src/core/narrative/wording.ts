/**
 * The wording of one indicator, resolved: the template's own fields first, then the
 * caller's extras, then the built-in overlay (for the built-in template only).
 */
import type { Indicator, Localized, Template, Wording } from "../template/schema";
import type { WordingExtra } from "./narrative-types";
import { BUILTIN_WORDING_OVERLAY, OVERLAY_TEMPLATE_ID } from "./wording-overlay";

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
  const overlay = template.id === OVERLAY_TEMPLATE_ID ? BUILTIN_WORDING_OVERLAY[indicator.code] : undefined;
  const extra = extras?.[indicator.code];
  const own = indicator.wording;
  const resolved: ResolvedWording = { comparison: own.comparison };
  const lead = own.lead ?? extra?.lead ?? overlay?.lead;
  const noun = extra?.noun ?? overlay?.noun;
  const zero = own.zero ?? extra?.zero ?? overlay?.zero;
  if (lead) resolved.lead = lead;
  if (noun) resolved.noun = noun;
  if (zero) resolved.zero = zero;
  return resolved;
}
