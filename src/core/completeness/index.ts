/** Completeness of unit reports and of a consolidation: the public face of src/core/completeness. */
export { unitCompleteness } from "./unit-completeness";
export type { UnitCompleteness, UnitCompletenessInput, UnitStatus } from "./unit-completeness";
export { consolidationCompleteness } from "./consolidation-completeness";
export type {
  ConsolidationCompleteness,
  ConsolidationCompletenessInput,
  IndicatorCompleteness,
} from "./consolidation-completeness";
export { CompletenessMisuseError } from "./instant";
