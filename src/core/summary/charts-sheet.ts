/**
 * The charts sheet ("Biểu đồ"): the two small tables the charts draw, and the charts'
 * descriptions (chart-plan.ts).
 * - % of plan by indicator: every indicator with a % of its plan (cumulative / plan), in
 *   template order; an indicator without one is left out, never drawn as 0.
 * - Contribution by unit of one indicator: each unit's cumulative figure in the chosen
 *   indicator (default: the first indicator the wards report that has a figure), in the
 *   units' order; a unit that gave nothing is left out.
 */
import { VALUE_COLUMNS } from "../template/columns";
import type { PlanCell, SheetPlan, StyleRange } from "../sheets/plan-types";
import type { ChartPlan } from "./chart-plan";
import type { SummaryOutputInput } from "./summary-input";
import { SUMMARY_WORDS } from "./summary-words";
import { unitNamer } from "./unit-names";

/** Where the charts go: right of the two tables. */
const CHART_COLUMN = "G";

export function chartsSheetPlan(
  input: SummaryOutputInput,
  sheetName: string,
): { sheet: SheetPlan; charts: ChartPlan[] } {
  const lang = input.lang ?? "vi";
  const words = SUMMARY_WORDS[lang];
  const indicators = new Map(input.template.indicators.map((i) => [i.code, i] as const));
  const nameOf = (code: string) => indicators.get(code)?.name[lang] ?? code;

  const completion: PlanCell[][] = input.summary.rows.flatMap((row) =>
    row.completion.plan.value === null ? [] : [[nameOf(row.code), row.completion.plan.value]],
  );
  const chosen = chosenRow(input);
  const unitName = unitNamer(input.units);
  const contribution: PlanCell[][] = [];
  chosen?.trace?.cumulative.forEach((value, i) => {
    const unitId = input.summary.unitIds[i];
    if (value !== null && unitId !== undefined) contribution.push([unitName(unitId), value]);
  });
  const cumulativeHeader =
    input.template.columns.find((c) => c.key === "cumulative")?.header[lang] ?? VALUE_COLUMNS[3];

  const blocks: SheetPlan["blocks"] = [
    { at: "A1", rows: [[words.charts.indicator, words.charts.percentOfPlan], ...completion] },
  ];
  const styles: StyleRange[] = [{ range: "A1:B1", style: { bold: true, fill: "#D9E1F2" } }];
  const charts: ChartPlan[] = [];
  if (completion.length > 0)
    charts.push({
      id: "completion",
      type: "bar",
      title: words.charts.completionTitle,
      categories: { sheet: sheetName, range: `A2:A${completion.length + 1}` },
      series: {
        name: words.charts.percentOfPlan,
        values: { sheet: sheetName, range: `B2:B${completion.length + 1}` },
      },
      placement: { sheet: sheetName, at: `${CHART_COLUMN}1` },
      valueFormat: '0"%"',
    });
  if (chosen) {
    const title = words.charts.contributionTitle(nameOf(chosen.code));
    blocks.push({
      at: "D1",
      rows: [[words.charts.unit, words.charts.value(cumulativeHeader)], ...contribution],
    });
    styles.push({ range: "D1:E1", style: { bold: true, fill: "#D9E1F2" } });
    if (contribution.length > 0)
      charts.push({
        id: "contribution",
        type: "column",
        title,
        categories: { sheet: sheetName, range: `D2:D${contribution.length + 1}` },
        series: { name: title, values: { sheet: sheetName, range: `E2:E${contribution.length + 1}` } },
        placement: { sheet: sheetName, at: `${CHART_COLUMN}22` },
        valueFormat: "#,##0",
      });
  }
  return {
    sheet: {
      name: sheetName,
      blocks,
      styles,
      numberFormats: [
        ...(completion.length > 0 ? [{ range: `B2:B${completion.length + 1}`, format: "0.0#" }] : []),
        ...(contribution.length > 0
          ? [{ range: `E2:E${contribution.length + 1}`, format: "#,##0.0##" }]
          : []),
      ],
      columns: [
        { column: "A", width: 44 },
        { column: "B", width: 12 },
        { column: "C", width: 3 },
        { column: "D", width: 30 },
        { column: "E", width: 16 },
      ],
      freeze: { rows: 1, columns: 0 },
      visibility: "visible",
    },
    charts,
  };
}

/** The chosen indicator's row, or the first one the wards report with a cumulative figure. */
function chosenRow(input: SummaryOutputInput) {
  const { rows } = input.summary;
  if (input.chartIndicator !== undefined) return rows.find((r) => r.code === input.chartIndicator && r.trace);
  const byWards = new Set(input.template.indicators.filter((i) => i.reportedBy?.wards).map((i) => i.code));
  return rows.find((r) => byWards.has(r.code) && r.trace && r.values.cumulative !== null);
}
