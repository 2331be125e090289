/**
 * Worksheet.charts (ExcelApi 1.1): ChartCollection.add(type, sourceData, seriesBy) and the
 * parts of a chart the host sets: name, title, legend, the value axis's number format
 * (ExcelApi 1.8) and both axes' titles, the first series' name, setPosition.
 * How add() reads its source, as Insert Chart does ("Create and format charts", Excel
 * add-ins docs; ChartSeriesBy reference): with "Columns" (or "Auto" on the web, which "will
 * simply default to columns"), a first column of text labels the categories and every other
 * column is a series; with "Rows" the same across. A series without a header is named
 * "Series<n>". Chart types are Excel.ChartType names ("BarClustered", "ColumnClustered"...);
 * the fake accepts the common ones and rejects others with InvalidArgument.
 */
import type { Rect } from "../a1";
import { parseRect } from "../a1";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { ChartModel, ChartSeriesModel, SheetModel, WorkbookModel } from "../model";
import { cellAt } from "../model";
import type { FakeRequestContext } from "../request-context";
import { FakeCollection } from "./collection";
import { FakePropertyBag } from "./property-bag";
import type { FakeRange } from "./range";

/** Excel.ChartType values the fake knows (a subset of the enum). */
export const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

export type FakeChart = FakePropertyBag<ChartModel> & {
  title: FakePropertyBag<ChartModel>;
  legend: FakePropertyBag<ChartModel>;
  axes: {
    valueAxis: FakePropertyBag<ChartModel> & { title: FakePropertyBag<ChartModel> };
    categoryAxis: FakePropertyBag<ChartModel> & { title: FakePropertyBag<ChartModel> };
  };
  series: FakeChartSeriesCollection;
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void;
  delete(): void;
};

/** The series add() makes of a source block. */
export function seriesOf(sheet: SheetModel, rect: Rect, byRows: boolean): ChartSeriesModel[] {
  const lines = byRows ? rect.rowCount : rect.columnCount;
  const length = byRows ? rect.columnCount : rect.rowCount;
  const at = (line: number, i: number) =>
    byRows
      ? cellAt(sheet, rect.row + line, rect.column + i)
      : cellAt(sheet, rect.row + i, rect.column + line);
  const labelled =
    lines > 1 &&
    Array.from({ length }, (_, i) => at(0, i)?.value).some((v) => typeof v === "string" && v !== "");
  const line = (index: number): Rect =>
    byRows
      ? { row: rect.row + index, column: rect.column, rowCount: 1, columnCount: rect.columnCount }
      : { row: rect.row, column: rect.column + index, rowCount: rect.rowCount, columnCount: 1 };
  const series: ChartSeriesModel[] = [];
  for (let i = labelled ? 1 : 0; i < lines; i++)
    series.push({
      name: `Series${series.length + 1}`,
      values: { sheet, rect: line(i) },
      ...(labelled ? { categories: { sheet, rect: line(0) } } : {}),
    });
  return series;
}

function chartProxy(
  context: FakeRequestContext,
  path: string,
  finder: (wb: WorkbookModel) => ChartModel | null,
  nullable: boolean,
): FakeChart {
  const text = (value: unknown, where: string): string => {
    if (typeof value !== "string") throw new FakeExcelError(FakeErrorCode.invalidArgument, where);
    return value;
  };
  const chart = new FakePropertyBag<ChartModel>(
    context,
    path,
    "Chart",
    finder,
    {
      id: { read: (c) => c.id },
      name: { read: (c) => c.name, write: (c, v) => (c.name = text(v, "Chart.name")) },
      chartType: {
        read: (c) => c.chartType,
        write: (c, v) => {
          if (typeof v !== "string" || !CHART_TYPES.has(v))
            throw new FakeExcelError(FakeErrorCode.invalidArgument, "Chart.chartType");
          c.chartType = v;
        },
      },
    },
    nullable,
  ) as FakeChart;
  const part = (
    name: string,
    entity: string,
    props: ConstructorParameters<typeof FakePropertyBag<ChartModel>>[4],
  ) =>
    new FakePropertyBag<ChartModel>(
      context,
      `${path}.${name}`,
      entity,
      (wb) => chart.tryResolve(wb),
      props,
      nullable,
    );
  chart.child(
    "title",
    part("title", "ChartTitle", {
      text: { read: (c) => c.title.text, write: (c, v) => (c.title.text = text(v, "ChartTitle.text")) },
      visible: { read: (c) => c.title.visible, write: (c, v) => (c.title.visible = v === true) },
    }),
  );
  chart.child(
    "legend",
    part("legend", "ChartLegend", {
      visible: { read: (c) => c.legendVisible, write: (c, v) => (c.legendVisible = v === true) },
    }),
  );
  const valueAxis = part("axes.valueAxis", "ChartAxis", {
    numberFormat: {
      api: "1.8",
      read: (c) => c.valueAxis.numberFormat,
      write: (c, v) => (c.valueAxis.numberFormat = text(v, "ChartAxis.numberFormat")),
    },
  });
  valueAxis.child(
    "title",
    part("axes.valueAxis.title", "ChartAxisTitle", {
      text: {
        read: (c) => c.valueAxis.title,
        write: (c, v) => (c.valueAxis.title = text(v, "ChartAxisTitle.text")),
      },
    }),
  );
  const categoryAxis = part("axes.categoryAxis", "ChartAxis", {});
  categoryAxis.child(
    "title",
    part("axes.categoryAxis.title", "ChartAxisTitle", {
      text: {
        read: (c) => c.categoryAxis.title,
        write: (c, v) => (c.categoryAxis.title = text(v, "ChartAxisTitle.text")),
      },
    }),
  );
  Object.defineProperty(chart, "axes", { value: { valueAxis, categoryAxis } });
  chart.child(
    "series",
    new FakeChartSeriesCollection(context, `${path}.series`, (wb) => chart.tryResolve(wb)),
  );
  Object.defineProperty(chart, "setPosition", {
    value: (startCell: FakeRange | string, endCell?: FakeRange | string) => {
      const cell = (at: FakeRange | string) => (typeof at === "string" ? at : at.path);
      chart.method(
        "setPosition",
        [cell(startCell), endCell === undefined ? null : cell(endCell)],
        (c, wb) => {
          c.topLeft = topLeftOf(wb, startCell);
        },
      );
    },
  });
  Object.defineProperty(chart, "delete", {
    value: () =>
      chart.method("delete", [], (c, wb) => {
        for (const sheet of wb.sheets) sheet.charts = sheet.charts.filter((x) => x !== c);
      }),
  });
  return chart;
}

function topLeftOf(workbook: WorkbookModel, at: FakeRange | string): { row: number; column: number } {
  const rect = typeof at === "string" ? parseRect(at) : at.resolve(workbook).rect;
  if (!rect)
    throw new FakeExcelError(
      FakeErrorCode.invalidArgument,
      "Chart.setPosition",
      `"${typeof at === "string" ? at : at.path}" is not a cell.`,
    );
  return { row: rect.row, column: rect.column };
}

export class FakeChartCollection extends FakeCollection<SheetModel, FakeChart> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: (workbook: WorkbookModel) => SheetModel | null,
    nullable: boolean,
  ) {
    super(context, path, "ChartCollection", nullable);
  }

  protected locate(workbook: WorkbookModel): SheetModel | null {
    return this.sheet(workbook);
  }

  protected members(owner: SheetModel): FakeChart[] {
    return owner.charts.map((c) =>
      chartProxy(this.context, `${this.path}.getItem(${JSON.stringify(c.id)})`, () => c, false),
    );
  }

  /** ChartCollection.add(type, sourceData, seriesBy): the new chart, over a range of any sheet. */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    this.context.session.requireApi("1.1", "ChartCollection.add");
    let created: ChartModel | null = null;
    const chart = chartProxy(this.context, `${this.path}.add(${JSON.stringify(type)})`, () => created, false);
    this.queueMethod("add", [type, sourceData.path, seriesBy], (sheet, workbook) => {
      if (!CHART_TYPES.has(type) || !SERIES_BY.has(seriesBy))
        throw new FakeExcelError(FakeErrorCode.invalidArgument, "ChartCollection.add");
      const source = sourceData.resolve(workbook);
      const series = seriesOf(source.sheet, source.rect, seriesBy === "Rows");
      if (series.length === 0) throw new FakeExcelError(FakeErrorCode.invalidArgument, "ChartCollection.add");
      const id = `{chart-${workbook.nextId++}}`;
      created = {
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        chartType: type,
        seriesBy,
        series,
        title: { text: "", visible: series.length === 1 },
        legendVisible: true,
        valueAxis: { numberFormat: "General", title: "" },
        categoryAxis: { title: "" },
        topLeft: { row: 0, column: 0 },
      };
      sheet.charts.push(created);
    });
    return chart;
  }

  /** By name or id; the first of that name (chart names need not be unique on a sheet). */
  getItem(key: string): FakeChart {
    return chartProxy(
      this.context,
      `${this.path}.getItem(${JSON.stringify(key)})`,
      (wb) => findChart(this.sheet(wb), key),
      false,
    );
  }

  getItemOrNullObject(key: string): FakeChart {
    const chart = chartProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (wb) => findChart(this.sheet(wb), key),
      true,
    );
    chart.probeNull();
    return chart;
  }
}

function findChart(sheet: SheetModel | null, key: string): ChartModel | null {
  return sheet?.charts.find((c) => c.id === key || c.name === key) ?? null;
}

export class FakeChartSeriesCollection extends FakeCollection<ChartModel, FakePropertyBag<ChartSeriesModel>> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: (workbook: WorkbookModel) => ChartModel | null,
  ) {
    super(context, path, "ChartSeriesCollection");
  }

  protected locate(workbook: WorkbookModel): ChartModel | null {
    return this.chart(workbook);
  }

  private seriesProxy(path: string, finder: (wb: WorkbookModel) => ChartSeriesModel | null) {
    return new FakePropertyBag<ChartSeriesModel>(this.context, path, "ChartSeries", finder, {
      name: {
        read: (s) => s.name,
        write: (s, v) => {
          if (typeof v !== "string")
            throw new FakeExcelError(FakeErrorCode.invalidArgument, "ChartSeries.name");
          s.name = v;
        },
      },
    });
  }

  protected members(owner: ChartModel) {
    return owner.series.map((s, i) => this.seriesProxy(`${this.path}.getItemAt(${i})`, () => s));
  }

  getItemAt(index: number) {
    return this.seriesProxy(`${this.path}.getItemAt(${index})`, (wb) => {
      const found = this.chart(wb)?.series[index];
      if (!found) throw new FakeExcelError(FakeErrorCode.invalidArgument, "ChartSeriesCollection.getItemAt");
      return found;
    });
  }
}
