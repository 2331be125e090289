/**
 * Gathers one report's findings and puts them in sheet order: findings about the report
 * first, then by sheet row and by template column, then rows the sheet lacks (in template
 * order). Within one cell, findings keep the order the checks ran, which is fixed, so the
 * same input always gives the same list.
 */
import type { FindingMessage } from "../i18n/message-params";
import { renderBoth } from "../i18n/render";
import type { RawValue } from "../report/unit-report";
import type { ColumnKey } from "../template/columns";
import type { Finding, Severity } from "./finding";
import type { TemplateIndex } from "./template-index";

export interface FindingDraft {
  rule: string;
  severity: Severity;
  message: FindingMessage;
  code?: string;
  column?: ColumnKey;
  address?: string;
  row?: number;
  seen?: RawValue;
  suggestion?: number;
}

/** Where a finding sorts: -1 for the report itself; the index of its row; after all rows for rows the sheet lacks. */
export type SortPlace =
  { kind: "report" } | { kind: "row"; index: number } | { kind: "absent"; code: string };

interface Keyed {
  finding: Finding;
  rowKey: number;
  columnKey: number;
  seq: number;
}

export class FindingCollector {
  private readonly items: Keyed[] = [];

  constructor(
    private readonly index: TemplateIndex,
    private readonly unitId: string,
    private readonly rowCount: number,
    private readonly sheet: string | undefined,
  ) {}

  add(draft: FindingDraft, place: SortPlace): void {
    const finding = {
      rule: draft.rule,
      severity: draft.severity,
      unitId: this.unitId,
      ...draft.message,
    } as Finding;
    if (draft.code !== undefined) finding.code = draft.code;
    if (draft.column !== undefined) finding.column = draft.column;
    if (draft.address !== undefined) finding.address = draft.address;
    if (draft.row !== undefined) finding.row = draft.row;
    if (this.sheet !== undefined) finding.sheet = this.sheet;
    if (draft.seen !== undefined) finding.seen = draft.seen;
    if (draft.suggestion !== undefined) finding.suggestion = draft.suggestion;
    finding.message = renderBoth(draft.message, {
      code: draft.code,
      column: draft.column === undefined ? undefined : this.index.header(draft.column),
      address: draft.address,
      row: draft.row,
    });
    this.items.push({
      finding,
      rowKey: this.rowKey(place),
      columnKey: draft.column === undefined ? -1 : (this.index.columnOrder.get(draft.column) ?? 1000),
      seq: this.items.length,
    });
  }

  get hasError(): boolean {
    return this.items.some((item) => item.finding.severity === "error");
  }

  sorted(): Finding[] {
    return [...this.items]
      .sort((a, b) => a.rowKey - b.rowKey || a.columnKey - b.columnKey || a.seq - b.seq)
      .map((item) => item.finding);
  }

  private rowKey(place: SortPlace): number {
    if (place.kind === "report") return -1;
    if (place.kind === "row") return place.index;
    return this.rowCount + (this.index.indicatorOrder.get(place.code) ?? this.index.indicatorOrder.size);
  }
}
