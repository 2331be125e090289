/**
 * A small template and district for the summary and job tests, so every expected figure
 * can be worked out by hand: wards report files resolved (A01) and resolved on time (A02),
 * the on-time rate A03 = A02 / A01 x 100 is derived, the finance office reports revenue B01.
 */
import { builtinTemplate, parseTemplate } from "../../../src/core/template/load-template";
import type { Template } from "../../../src/core/template/schema";
import type { Unit } from "../../../src/core/units/unit";

const wards = { wards: true, offices: [] as string[] };

const result = parseTemplate({
  id: "t-small",
  version: "1.0.0",
  title: { vi: "Biểu thử", en: "Test form" },
  groups: [
    { id: "A", name: { vi: "Hành chính", en: "Administration" } },
    { id: "B", name: { vi: "Ngân sách", en: "Budget" } },
  ],
  columns: builtinTemplate.columns,
  indicators: [
    {
      code: "A01",
      group: "A",
      name: { vi: "Hồ sơ đã giải quyết", en: "Files resolved" },
      uom: { vi: "hồ sơ", en: "files" },
      kind: "flow",
      valueType: "count",
      reportedBy: wards,
      plans: { plan: { vi: "kế hoạch", en: "plan" } },
    },
    {
      code: "A02",
      group: "A",
      name: { vi: "Hồ sơ đúng hạn", en: "Files on time" },
      uom: { vi: "hồ sơ", en: "files" },
      kind: "flow",
      valueType: "count",
      reportedBy: wards,
    },
    {
      code: "A03",
      group: "A",
      name: { vi: "Tỷ lệ đúng hạn", en: "On-time rate" },
      uom: { vi: "%", en: "%" },
      kind: "derived",
      valueType: "percent",
      derived: { numerator: "A02", denominator: "A01", scale: 100 },
      required: [],
    },
    {
      code: "B01",
      group: "B",
      name: { vi: "Thu ngân sách", en: "Budget revenue" },
      uom: { vi: "triệu đồng", en: "million VND" },
      kind: "flow",
      valueType: "money",
      reportedBy: { wards: false, offices: ["TC"] },
      plans: {
        plan: { vi: "dự toán", en: "estimate" },
        plan2: { vi: "dự toán HĐND", en: "council estimate" },
      },
    },
  ],
  rules: [
    {
      id: "a.on-time-within-resolved",
      type: "compare",
      severity: "error",
      left: ["A02"],
      op: "<=",
      right: ["A01"],
      columns: ["actual", "cumulative"],
      message: { vi: "đúng hạn không vượt quá đã giải quyết", en: "on time cannot exceed resolved" },
    },
  ],
});
if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.en}`).join("; "));
export const smallTemplate: Template = result.template;

export const W1: Unit = { id: "w1", name: "Phường Một", kind: "ward" };
export const W2: Unit = { id: "w2", name: "Phường Hai", kind: "ward" };
export const W3: Unit = { id: "w3", name: "Phường Ba", kind: "ward" };
export const TC: Unit = { id: "tc", name: "Phòng Tài chính", kind: "office", office: "TC" };
export const UNITS: readonly Unit[] = [W1, W2, W3, TC];
