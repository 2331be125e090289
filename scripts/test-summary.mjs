// Prints the closing line CI reads, "N passed, N failed", from vitest's JSON report.
// A missing or unreadable report (the run stopped before vitest) counts as one failure.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "test-results/vitest.json";
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  // A test file that failed to load has no tests but a failed suite.
  for (const suite of report.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
  if (passed + failed === 0) failed = 1;
} catch (error) {
  console.error(`test-summary: no vitest report at ${file} (${error.message})`);
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
