/**
 * One small consolidation, worked out by hand, shared by the workbook and JSON tests.
 *
 * w1: A01 plan 5000, actual 100, cumulative 1000, last year 900; A02 actual 99, cumulative 990, last year 880
 * w2: A01 plan 1000, actual 10, cumulative 200, last year 150;   A02 actual 1, cumulative 150 (no last year)
 * w3: sent nothing.  tc (finance office): B01 plan 6000, plan2 6500, actual 500, cumulative 4800, last year 0.
 *
 * So A01 = plan 6000, actual 110, cumulative 1200, last year 1050 (2 of 3 wards: partial);
 * A02 = actual 100, cumulative 1140, last year 880 from w1 only (same period not comparable);
 * A03 = A02 / A01 x 100: actual 100/110 x 100 = 90.909..., cumulative 1140/1200 x 100 = 95,
 * last year not computed (numerator from w1, denominator from w1 and w2).
 */
import type { ConsolidationCompleteness } from "../../../src/core/completeness";
import { consolidate } from "../../../src/core/consolidate";
import type { SummaryFinding, SummaryOutputInput } from "../../../src/core/summary";
import { unitReport } from "../../builders/unit-report";
import { smallTemplate, UNITS } from "./small-template";

export const HOSTILE = {
  hyperlink: '=HYPERLINK("http://example.invalid","bấm vào đây")',
  phone: "+84 912 345 678",
  at: "@x",
} as const;

export const reports = [
  unitReport({
    unitId: "w1",
    templateId: "t-small",
    values: {
      A01: { plan: 5000, actual: 100, cumulative: 1000, last_year: 900 },
      A02: { actual: 99, cumulative: 990, last_year: 880 },
    },
    notes: { A01: HOSTILE.hyperlink },
  }),
  unitReport({
    unitId: "w2",
    templateId: "t-small",
    values: {
      A01: { plan: 1000, actual: 10, cumulative: 200, last_year: 150 },
      A02: { actual: 1, cumulative: 150 },
    },
    notes: { A02: HOSTILE.phone },
  }),
  unitReport({
    unitId: "tc",
    templateId: "t-small",
    values: { B01: { plan: 6000, plan2: 6500, actual: 500, cumulative: 4800, last_year: 0 } },
  }),
];

export const summary = consolidate({ template: smallTemplate, units: UNITS, reports });

const none = { errors: 0, warnings: 0, infos: 0, blocking: false };
export const completeness: ConsolidationCompleteness = {
  expected: 4,
  submitted: 3,
  onTime: 2,
  reportingRate: 75,
  onTimeRate: 50,
  missing: ["w3"],
  late: ["tc"],
  perIndicator: [],
  units: [
    {
      unitId: "w1",
      status: "complete",
      requiredFilled: 4,
      requiredTotal: 4,
      ...none,
      submitted: true,
      onTime: true,
      submittedAt: "2024-11-03",
    },
    {
      unitId: "w2",
      status: "complete",
      requiredFilled: 4,
      requiredTotal: 4,
      ...none,
      errors: 1,
      accepted: { unitId: "w2", reason: "Đã xác nhận qua điện thoại" },
      submitted: true,
      onTime: true,
      submittedAt: "2024-11-04",
    },
    {
      unitId: "w3",
      status: "not-started",
      requiredFilled: 0,
      requiredTotal: 4,
      ...none,
      submitted: false,
      onTime: false,
    },
    {
      unitId: "tc",
      status: "late",
      requiredFilled: 2,
      requiredTotal: 2,
      ...none,
      warnings: 2,
      submitted: true,
      onTime: false,
      submittedAt: "2024-11-06",
    },
  ],
};

export const findings: SummaryFinding[] = [
  {
    rule: "cell.text",
    severity: "error",
    unitId: "w2",
    file: HOSTILE.phone,
    sheet: HOSTILE.at,
    address: "H12",
    code: "A01",
    column: "cumulative",
    message: { vi: HOSTILE.hyperlink, en: "the cell holds text" },
    suggestion: 1592.5,
  },
  {
    rule: "job.duplicate-submission",
    severity: "warning",
    unitId: "w1",
    message: { vi: "gửi hai lần", en: "sent twice" },
  },
];

export function outputInput(extra: Partial<SummaryOutputInput> = {}): SummaryOutputInput {
  return {
    template: smallTemplate,
    summary,
    units: UNITS,
    period: "2024-10",
    findings,
    completeness,
    reports,
    level: { name: "Quận Mẫu" },
    generatedAt: "2024-11-10T08:00:00+07:00",
    ...extra,
  };
}
