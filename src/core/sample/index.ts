/** Deterministic sample data: reports, plans and units for demos, tests and benchmarks. */
export { mulberry32 } from "./prng";
export { samplePlans } from "./sample-plans";
export type { SamplePlansSpec } from "./sample-plans";
export { SampleSpecError } from "./sample-period";
export type { SampleMonth } from "./sample-period";
export { sampleReports } from "./sample-reports";
export type { SampleReportsSpec } from "./sample-reports";
export { syntheticUnits } from "./synthetic-units";
