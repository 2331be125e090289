/**
 * A crosswalk says how last year's units map onto this year's after a reorganisation
 * (domain.md §8): each row sends a share of an old unit's figures to a new unit, or says
 * there is no sound basis to compare ("not comparable").
 */
import type { Localized } from "../template/schema";

export const NOT_COMPARABLE = "not comparable";

export interface CrosswalkRow {
  oldUnit: string;
  newUnit: string;
  /** The part of the old unit's figures that belongs to the new unit (0 < share <= 1). */
  share: number | typeof NOT_COMPARABLE;
}

export type Crosswalk = readonly CrosswalkRow[];

/** What the summary says about its comparison once a crosswalk is used. */
export const CROSSWALK_BASIS: Localized = {
  vi: "so sánh theo địa giới mới",
  en: "compared on the new boundaries",
};
