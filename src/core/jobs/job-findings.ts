/**
 * Findings the job itself makes (beside validation's): a period or deadline it cannot
 * read, a sheet that is not a unit's report, a unit that sent twice, plans that differ from
 * the office's plans table, a summary that cannot be read as a unit's report. Each names the file
 * and the sheet, in Vietnamese and English.
 */
import type { PlanDifference } from "../plans/plan-differences";
import type { SheetProblem } from "../sheets/parse-unit-sheet";
import type { SummaryFinding } from "../summary";
import type { Finding } from "../validate/finding";

export const JOB_CHECKS = {
  period: "job.period",
  deadline: "job.deadline",
  duplicate: "job.duplicate-submission",
  planDiffers: "job.plan-differs",
  summaryWithoutUnit: "job.summary-without-unit",
  notStarted: "job.not-started",
} as const;

export interface Source {
  file?: string;
  sheet?: string;
}

/** 'tệp "a.xlsx", trang tính "Phường X"' / 'file "a.xlsx", sheet "Phường X"'. */
export function describeSource(source: Source): { vi: string; en: string } {
  const vi: string[] = [];
  const en: string[] = [];
  if (source.file !== undefined) {
    vi.push(`tệp "${source.file}"`);
    en.push(`file "${source.file}"`);
  }
  if (source.sheet !== undefined) {
    vi.push(`trang tính "${source.sheet}"`);
    en.push(`sheet "${source.sheet}"`);
  }
  return { vi: vi.join(", ") || "(không rõ nguồn)", en: en.join(", ") || "(unknown source)" };
}

/** A problem of reading a sheet; the parser's message names the sheet, this adds the file. */
export function sheetFinding(problem: SheetProblem, source: Source, unitId?: string): SummaryFinding {
  const file = source.file;
  return {
    rule: `sheet.${problem.code}`,
    severity: problem.severity,
    ...(unitId === undefined ? {} : { unitId }),
    ...(file === undefined ? {} : { file }),
    sheet: problem.sheet,
    ...(problem.address === undefined ? {} : { address: problem.address }),
    message:
      file === undefined
        ? { vi: problem.vi, en: problem.en }
        : { vi: `Tệp "${file}", ${lower(problem.vi)}`, en: `File "${file}", ${lower(problem.en)}` },
  };
}

export function duplicateFinding(
  unitId: string,
  kept: { source: Source; submittedAt?: string },
  dropped: { source: Source; submittedAt?: string },
): SummaryFinding {
  const k = describeSource(kept.source);
  const d = describeSource(dropped.source);
  const when = (at: string | undefined, lang: "vi" | "en") =>
    at === undefined ? "" : lang === "vi" ? ` (gửi ${at})` : ` (sent ${at})`;
  return {
    rule: JOB_CHECKS.duplicate,
    severity: "warning",
    unitId,
    ...(dropped.source.file === undefined ? {} : { file: dropped.source.file }),
    ...(dropped.source.sheet === undefined ? {} : { sheet: dropped.source.sheet }),
    message: {
      vi: `Đơn vị ${unitId} gửi nhiều báo cáo: dùng báo cáo mới nhất ở ${k.vi}${when(kept.submittedAt, "vi")}, bỏ báo cáo ở ${d.vi}${when(dropped.submittedAt, "vi")}.`,
      en: `Unit ${unitId} sent more than one report: the newest, ${k.en}${when(kept.submittedAt, "en")}, is used; ${d.en}${when(dropped.submittedAt, "en")} is set aside.`,
    },
  };
}

/** A submission's plan cell that differs from the plans table: the table is used. */
export function planDifferenceFinding(d: PlanDifference): SummaryFinding {
  return {
    rule: JOB_CHECKS.planDiffers,
    severity: "warning",
    unitId: d.unitId,
    ...(d.file === undefined ? {} : { file: d.file }),
    ...(d.sheet === undefined ? {} : { sheet: d.sheet }),
    ...(d.address === undefined ? {} : { address: d.address }),
    code: d.code,
    column: d.column,
    message: { vi: d.message.vi, en: d.message.en },
  };
}

/** A validation finding, with the file its report came from. */
export function validationFinding(f: Finding, file: string | undefined): SummaryFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    unitId: f.unitId,
    ...(file === undefined ? {} : { file }),
    ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
    ...(f.address === undefined ? {} : { address: f.address }),
    ...(f.code === undefined ? {} : { code: f.code }),
    ...(f.column === undefined ? {} : { column: f.column }),
    message: { vi: f.message.vi, en: f.message.en },
    ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
  };
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A sheet with nothing the unit typed (a shared workbook's sheet not yet filled, a template
 * sent back untouched): the unit has not reported yet, which completeness says; it is not a
 * report with errors to leave out.
 */
export function notStartedFinding(unitId: string, source: Source): SummaryFinding {
  const at = describeSource(source);
  return {
    rule: JOB_CHECKS.notStarted,
    severity: "info",
    unitId,
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    message: {
      vi: `Đơn vị ${unitId}: ${at.vi} chưa có số liệu nào; tính là chưa gửi báo cáo.`,
      en: `Unit ${unitId}: ${at.en} holds no figures yet; counted as not reported.`,
    },
  };
}
