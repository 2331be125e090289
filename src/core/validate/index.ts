/** Validation of unit reports: the public face of src/core/validate. */
export { validateReport, ValidateMisuseError } from "./validate-report";
export type { ValidateContext, ValidateResult } from "./validate-report";
export { validateAll } from "./validate-all";
export type { ValidateAllContext, ValidateAllResult, UnitValidation } from "./validate-all";
export { BUILT_IN_CHECKS, countBySeverity } from "./finding";
export type { Finding, Severity, BuiltInCheck } from "./finding";
export type { Acceptance } from "./acceptance";
export { IMPLAUSIBLE_ABOVE } from "./sanity";
