/** What a run's written report is made from: the consolidated summary with its template and units. */
import type { Summary } from "../consolidate/summary-types";
import type { Template } from "../template/schema";
import type { Unit } from "../units/unit";

export interface Consolidated {
  template: Template;
  summary: Summary;
  units: readonly Unit[];
}
