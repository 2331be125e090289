/**
 * Charts and tables of a plan as operations. A chart draws labels and values that the plan's
 * builder put side by side (labels one column, values the next, the same rows): that block is
 * the chart's source, which Excel reads by columns into one series. Sheets are named as they
 * are while the batch runs (a summary is built under temporary names), and a chart follows
 * its sheet through the rename that gives it its final name.
 */
import { parseRange } from "../core/sheets/a1";
import type { ChartPlan, SheetPlan } from "../core/sheets/plan-types";
import type { Operation } from "./operations";

/** The source block of a chart, or undefined when its labels are not the column left of its values. */
export function chartSource(chart: ChartPlan): string | undefined {
  const labels = parseRange(chart.categories.range);
  const values = parseRange(chart.series.values.range);
  if (!labels || !values || chart.categories.sheet.toLowerCase() !== chart.series.values.sheet.toLowerCase())
    return undefined;
  const oneColumnEach =
    labels.start.column === labels.end.column && values.start.column === values.end.column;
  const side = values.start.column === labels.start.column + 1;
  const sameRows = labels.start.row === values.start.row && labels.end.row === values.end.row;
  if (!oneColumnEach || !side || !sameRows) return undefined;
  return `${chart.categories.range.split(":")[0]}:${chart.series.values.range.split(":").at(-1)}`;
}

/** Why the Excel host cannot draw a plan's charts (a bug in the plan's builder); empty when it can. */
export function chartProblems(charts: readonly ChartPlan[]): string[] {
  return charts.flatMap((c) =>
    chartSource(c) === undefined
      ? [`chart "${c.id}": its labels must be one column, left of its values, on the same rows`]
      : [],
  );
}

/** `writeAs` maps a plan sheet name to the name it has while the batch runs. */
export function chartOperations(
  charts: readonly ChartPlan[],
  writeAs: (sheet: string) => string,
): Operation[] {
  return charts.map((c) => ({
    op: "chart",
    sheet: writeAs(c.placement.sheet),
    chart: {
      name: c.id,
      type: c.type === "bar" ? "BarClustered" : "ColumnClustered",
      source: { sheet: writeAs(c.categories.sheet), range: chartSource(c)! },
      seriesName: c.series.name,
      title: c.title,
      valueFormat: c.valueFormat,
      at: c.placement.at,
      ...(c.axisTitles ? { axisTitles: c.axisTitles } : {}),
    },
  }));
}

/** The name a table is built under while another table still holds its name. */
export function tableBuildName(name: string): string {
  return `${name}_TH`;
}

/**
 * Tables of the plan whose name a table of the workbook holds now: built under a build name,
 * renamed (`renames`) once the old table is gone with its sheet.
 */
export function tableNaming(
  sheets: readonly SheetPlan[],
  taken: (name: string) => boolean,
): { tableName: (name: string) => string; renames: Operation[] } {
  const busy = new Set(
    sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name)).filter((name) => taken(name)),
  );
  return {
    tableName: (name) => (busy.has(name) ? tableBuildName(name) : name),
    renames: [...busy].map((name) => ({ op: "renameTable", name: tableBuildName(name), to: name })),
  };
}
