/**
 * The workbook's own words, in both languages. Declared `typeof en`, so a phrase missing
 * from either language is a type error. Text that comes from units (names, notes, messages)
 * is never built here; it is copied into cells as text.
 */
import type { UnitStatus } from "../completeness/unit-completeness";
import type { UnitKind } from "../units/unit";
import type { Severity } from "../validate/finding";

const en = {
  sheets: {
    summary: "Summary",
    completeness: "Reporting status",
    trace: "By unit",
    findings: "Errors and warnings",
    report: "Report",
    history: "History",
    charts: "Charts",
  },
  title: (templateTitle: string) => `CONSOLIDATED REPORT: ${templateTitle.toUpperCase()}`,
  levelLabel: "Consolidated by:",
  periodLabel: "Period:",
  receivedLabel: "Reports counted:",
  received: (counted: number, expected: number) => `${counted} of ${expected} units`,
  generatedLabel: "Made at:",
  legend:
    'Rows in italics marked "Partial" total fewer units than expected; the note names the units missing. ' +
    "A blank percentage has no base (no plan, zero, or not comparable). Percentages are formulas over this sheet.",
  rowNumber: "No.",
  percentOf: (header: string) => `% of ${header.charAt(0).toLowerCase()}${header.slice(1)}`,
  coverage: "Units reporting",
  note: "Note",
  partial: (reported: number, expected: number, missing: string) =>
    `Partial (${reported}/${expected}): nothing yet from ${missing}.`,
  noneReported: (expected: number) => `Not reported by any unit yet (0/${expected}).`,
  noReporters: "No unit on the list reports this indicator.",
  notComparable: (missing: string) =>
    `Same period: not comparable (this year's and last year's totals come from different units${missing ? `; last year missing from ${missing}` : ""}).`,
  zeroBase: (header: string) => `${header}: the base is 0, no percentage.`,
  derivedUnlike: (header: string) =>
    `${header}: no rate (numerator and denominator come from different units).`,
  unitNote: (unit: string, note: string) => `${unit}: ${note}`,
  completeness: {
    headers: [
      "No.",
      "Unit",
      "Kind",
      "Status",
      "Sent at",
      "Required cells filled",
      "Errors",
      "Warnings",
      "In the summary",
      "Errors accepted (reason)",
    ],
    kind: { ward: "Ward or commune", office: "Office" } satisfies Record<UnitKind, string>,
    counted: "Yes",
    excluded: (reason: string) => `No: ${reason}`,
    missing: "No: no report",
    notExpected: "Not expected",
    reportingRate: "Reporting rate (submitted / expected)",
    onTimeRate: "On-time rate (on time / expected)",
    counts: (submitted: number, onTime: number, expected: number) =>
      `${submitted} submitted, ${onTime} on time, of ${expected} units`,
  },
  status: (status: UnitStatus, submitted: boolean): string => {
    switch (status) {
      case "not-started":
        return "Not reported";
      case "in-progress":
        return submitted ? "Sent, incomplete" : "Being filled in";
      case "complete":
        return "Complete";
      case "late":
        return submitted ? "Sent late" : "Overdue, not sent";
    }
  },
  excludedReason: (errors: number) => `${errors} error(s) not accepted`,
  trace: {
    headers: ["Code", "Indicator", "Column key", "Column", "Unit id", "Unit", "Value"],
  },
  findings: {
    headers: [
      "Unit",
      "File",
      "Sheet",
      "Cell",
      "Indicator",
      "Column",
      "Severity",
      "Rule",
      "Message",
      "Suggested value",
    ],
    severity: { error: "Error", warning: "Warning", info: "Note" } satisfies Record<Severity, string>,
    none: "No errors or warnings.",
  },
  report: {
    title: (period: string) => `Written report - ${period}`,
    languageHeading: { vi: "Tiếng Việt", en: "English" },
    empty: "No indicator has a figure yet.",
  },
  history: {
    headers: ["Period", "Unit (* = this level)", "Indicator", "Column", "Value", "Source", "Time written"],
  },
  samePeriod: {
    sources: (historyPeriod: string, fromHistory: number, fromSheets: number) =>
      `Same period last year: from the history (${historyPeriod}) for ${fromHistory} unit(s), as typed on the sheet for ${fromSheets} unit(s).`,
    basis: (basis: string) => `Same period: ${basis}.`,
    notComparable: (basis: string, list: string) => `Not comparable (${basis}): ${list}.`,
  },
  charts: {
    completionTitle: "% of plan by indicator",
    indicator: "Indicator",
    percentOfPlan: "% of plan",
    contributionTitle: (indicator: string) => `Contribution by unit: ${indicator}`,
    unit: "Unit",
    value: (header: string) => header,
  },
};

export type SummaryWords = typeof en;

const vi: typeof en = {
  sheets: {
    summary: "Tổng hợp",
    completeness: "Tình hình gửi báo cáo",
    trace: "Chi tiết theo đơn vị",
    findings: "Lỗi và cảnh báo",
    report: "Báo cáo",
    history: "Lịch sử",
    charts: "Biểu đồ",
  },
  title: (templateTitle) => `BÁO CÁO TỔNG HỢP: ${templateTitle.toUpperCase()}`,
  levelLabel: "Đơn vị tổng hợp:",
  periodLabel: "Kỳ báo cáo:",
  receivedLabel: "Số báo cáo được tổng hợp:",
  received: (counted, expected) => `${counted}/${expected} đơn vị`,
  generatedLabel: "Thời điểm lập:",
  legend:
    'Dòng in nghiêng có ghi "Thiếu số liệu": số tổng hợp chưa đủ các đơn vị, cột Ghi chú nêu đơn vị còn thiếu. ' +
    "Ô tỷ lệ để trống: không có cơ sở so sánh (chưa có kế hoạch, bằng 0, hoặc không so sánh được). Các cột % là công thức trên chính trang này.",
  rowNumber: "STT",
  percentOf: (header) => `% so với ${header.charAt(0).toLowerCase()}${header.slice(1)}`,
  coverage: "Số đơn vị báo cáo",
  note: "Ghi chú",
  partial: (reported, expected, missing) => `Thiếu số liệu (${reported}/${expected}): chưa có ${missing}.`,
  noneReported: (expected) => `Chưa có đơn vị nào báo cáo (0/${expected}).`,
  noReporters: "Không có đơn vị nào trong danh sách báo cáo chỉ tiêu này.",
  notComparable: (missing) =>
    `So với cùng kỳ: không so sánh được (số năm nay và năm trước không cùng các đơn vị${missing ? `; thiếu số cùng kỳ: ${missing}` : ""}).`,
  zeroBase: (header) => `${header}: bằng 0, không tính tỷ lệ.`,
  derivedUnlike: (header) => `${header}: không tính được tỷ lệ (tử số và mẫu số không cùng các đơn vị).`,
  unitNote: (unit, note) => `${unit}: ${note}`,
  completeness: {
    headers: [
      "STT",
      "Đơn vị",
      "Loại",
      "Tình trạng",
      "Ngày gửi",
      "Ô bắt buộc đã nhập",
      "Số lỗi",
      "Số cảnh báo",
      "Được tổng hợp",
      "Chấp nhận lỗi (lý do)",
    ],
    kind: { ward: "Phường, xã", office: "Phòng, ban" },
    counted: "Có",
    excluded: (reason) => `Không: ${reason}`,
    missing: "Không: chưa có báo cáo",
    notExpected: "Không phải báo cáo",
    reportingRate: "Tỷ lệ gửi báo cáo (đã gửi / phải gửi)",
    onTimeRate: "Tỷ lệ gửi đúng hạn (đúng hạn / phải gửi)",
    counts: (submitted, onTime, expected) =>
      `${submitted} đã gửi, ${onTime} đúng hạn, trên ${expected} đơn vị`,
  },
  status: (status, submitted) => {
    switch (status) {
      case "not-started":
        return "Chưa báo cáo";
      case "in-progress":
        return submitted ? "Đã gửi, chưa đủ số liệu" : "Đang nhập";
      case "complete":
        return "Đã nhập đủ";
      case "late":
        return submitted ? "Gửi muộn" : "Quá hạn, chưa gửi";
    }
  },
  excludedReason: (errors) => `có ${errors} lỗi chưa được chấp nhận`,
  trace: {
    headers: ["Mã chỉ tiêu", "Chỉ tiêu", "Mã cột", "Cột", "Mã đơn vị", "Đơn vị", "Giá trị"],
  },
  findings: {
    headers: [
      "Đơn vị",
      "Tệp",
      "Trang tính",
      "Ô",
      "Chỉ tiêu",
      "Cột",
      "Mức độ",
      "Quy tắc",
      "Nội dung",
      "Giá trị gợi ý",
    ],
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
    none: "Không có lỗi hay cảnh báo.",
  },
  report: {
    title: (period) => `Báo cáo bằng lời - ${period}`,
    languageHeading: { vi: "Tiếng Việt", en: "English" },
    empty: "Chưa có chỉ tiêu nào có số liệu.",
  },
  history: {
    headers: ["Kỳ", "Đơn vị (* = cấp tổng hợp)", "Chỉ tiêu", "Cột", "Giá trị", "Nguồn", "Thời điểm ghi"],
  },
  samePeriod: {
    sources: (historyPeriod, fromHistory, fromSheets) =>
      `Số cùng kỳ năm trước: lấy từ lịch sử số liệu (${historyPeriod}) ở ${fromHistory} đơn vị, theo số đơn vị tự nhập ở ${fromSheets} đơn vị.`,
    basis: (basis) => `Số cùng kỳ: ${basis}.`,
    notComparable: (basis, list) => `Không so sánh được (${basis}): ${list}.`,
  },
  charts: {
    completionTitle: "% kế hoạch theo chỉ tiêu",
    indicator: "Chỉ tiêu",
    percentOfPlan: "% kế hoạch",
    contributionTitle: (indicator) => `Đóng góp của từng đơn vị: ${indicator}`,
    unit: "Đơn vị",
    value: (header) => header,
  },
};

export const SUMMARY_WORDS: Record<"vi" | "en", SummaryWords> = { vi, en };
