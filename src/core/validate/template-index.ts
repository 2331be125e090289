/**
 * What validation looks up again and again, computed once per template: indicators by
 * code, column headers and positions. Cached per template object, so validating 3,321
 * units does the work once.
 */
import type { Localized } from "../i18n/message-params";
import { VALUE_COLUMNS, type ColumnKey, type ValueColumn } from "../template/columns";
import type { Indicator, Template } from "../template/schema";

export interface TemplateIndex {
  template: Template;
  byCode: ReadonlyMap<string, Indicator>;
  /** Position of each indicator in the template (the order of rows without a sheet row). */
  indicatorOrder: ReadonlyMap<string, number>;
  /** Position of each column in the template; columns it lacks sort after the rest. */
  columnOrder: ReadonlyMap<ColumnKey, number>;
  header(column: ColumnKey): Localized;
  /** The figure columns the template has, in its order. */
  valueColumns: readonly ValueColumn[];
  /** The figure columns it lacks (a report may still carry them). */
  absentValueColumns: readonly ValueColumn[];
}

const cache = new WeakMap<Template, TemplateIndex>();

export function indexTemplate(template: Template): TemplateIndex {
  const cached = cache.get(template);
  if (cached) return cached;
  const byCode = new Map(template.indicators.map((i) => [i.code, i] as const));
  const indicatorOrder = new Map(template.indicators.map((i, n) => [i.code, n] as const));
  const columnOrder = new Map(template.columns.map((c, n) => [c.key, n] as const));
  const headers = new Map(template.columns.map((c) => [c.key, c.header] as const));
  const valueColumns = template.columns
    .map((c) => c.key)
    .filter((key): key is ValueColumn => (VALUE_COLUMNS as readonly string[]).includes(key));
  const index: TemplateIndex = {
    template,
    byCode,
    indicatorOrder,
    columnOrder,
    // A column the template lacks is named by its key (a report may still carry it).
    header: (column) => headers.get(column) ?? { vi: column, en: column },
    valueColumns,
    absentValueColumns: VALUE_COLUMNS.filter((key) => !valueColumns.includes(key)),
  };
  cache.set(template, index);
  return index;
}
