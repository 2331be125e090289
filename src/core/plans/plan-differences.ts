/**
 * A submission whose plan cells disagree with the office's plans table: the table wins in
 * the summary (consolidate() uses the table when given one), and the office is told which
 * cells differ, since a unit working from a stale template may have other stale figures.
 * Only figures are compared: a blank plan cell says nothing, and text in a plan cell is
 * validation's finding, not this one's.
 */
import type { PlanTable } from "../consolidate/plans";
import { formatNumber } from "../numbers";
import type { RawUnitReport } from "../report/unit-report";
import { PLAN_COLUMNS, type PlanColumn } from "../template/columns";
import type { Template } from "../template/schema";

export interface PlanDifference {
  unitId: string;
  code: string;
  column: PlanColumn;
  /** The figure in the submission. */
  inReport: number;
  /** The figure in the plans table; null when the table assigns no plan there. */
  inTable: number | null;
  address?: string;
  sheet?: string;
  file?: string;
  message: { vi: string; en: string };
}

/** Figures closer than this are the same plan (a decimal typed one way, stored another). */
const SAME = 1e-9;

export function planDifferences(raw: RawUnitReport, plans: PlanTable, template: Template): PlanDifference[] {
  const unitId = raw.unitId.trim();
  const byCode = new Map(template.indicators.map((i) => [i.code, i] as const));
  const out: PlanDifference[] = [];
  for (const row of raw.rows) {
    const indicator = byCode.get(row.code);
    if (!indicator) continue;
    for (const column of PLAN_COLUMNS) {
      const planName = indicator.plans[column];
      const cell = row.cells[column];
      if (!planName || cell?.value.kind !== "number") continue;
      const inReport = cell.value.value;
      const inTable = plans.units[unitId]?.[row.code]?.[column] ?? null;
      if (inTable !== null && Math.abs(inTable - inReport) <= SAME * Math.max(1, Math.abs(inTable))) continue;
      const where = {
        vi: cell.address ? `Ô ${cell.address} (${planName.vi}, ${row.code})` : `${row.code} (${planName.vi})`,
        en: cell.address
          ? `Cell ${cell.address} (${planName.en}, ${row.code})`
          : `${row.code} (${planName.en})`,
      };
      const table = {
        vi:
          inTable === null
            ? "bảng kế hoạch không giao kế hoạch này"
            : `bảng kế hoạch ghi ${formatNumber(inTable, "vi", { maxDecimals: 6 })}`,
        en:
          inTable === null
            ? "the plans table assigns none"
            : `the plans table says ${formatNumber(inTable, "en", { maxDecimals: 6 })}`,
      };
      out.push({
        unitId,
        code: row.code,
        column,
        inReport,
        inTable,
        ...(cell.address === undefined ? {} : { address: cell.address }),
        ...(raw.source?.sheet === undefined ? {} : { sheet: raw.source.sheet }),
        ...(raw.source?.file === undefined ? {} : { file: raw.source.file }),
        message: {
          vi: `${where.vi}: báo cáo ghi ${formatNumber(inReport, "vi", { maxDecimals: 6 })} nhưng ${table.vi}; tổng hợp dùng số của bảng kế hoạch.`,
          en: `${where.en}: the report says ${formatNumber(inReport, "en", { maxDecimals: 6 })} but ${table.en}; the summary uses the plans table.`,
        },
      });
    }
  }
  return out;
}
