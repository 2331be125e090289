/**
 * Vietnamese wording of findings, for a ward clerk: says which cell, what was found and
 * what to do. Declared `typeof en`, so both catalogs always hold the same keys.
 */
import type { en } from "./en";

const RELATION: Record<string, string> = {
  ">": "lớn hơn",
  ">=": "không nhỏ hơn",
  "<": "nhỏ hơn",
  "<=": "không lớn hơn",
  "!=": "khác",
};

const rule = (p: { ruleMessage?: { vi: string; en: string } }) =>
  p.ruleMessage ? ` (${p.ruleMessage.vi})` : "";

export const vi: typeof en = {
  location: {
    cell: (p, s) => `Ô ${p.address} (${s.t(p.column)}, ${p.code})`,
    cellWithoutAddress: (p, s) => `${p.code}, cột ${s.t(p.column)}`,
    row: (p) => `Dòng ${p.row} (${p.code})`,
    indicator: (p) => `Chỉ tiêu ${p.code}`,
  },
  messages: {
    emptyReport: () => "Báo cáo chưa có số liệu nào.",
    otherPeriod: (p) =>
      `Báo cáo ghi kỳ ${p.found} nhưng đang tổng hợp kỳ ${p.expected}; số liệu không được tính vào kỳ này.`,
    otherTemplate: (p) =>
      `Báo cáo lập theo mẫu biểu ${p.found}, không phải ${p.expected}; các dòng có thể không cùng chỉ tiêu.`,
    otherVersion: (p) =>
      `Báo cáo lập theo phiên bản ${p.found} của mẫu biểu, không phải ${p.expected}; số liệu được đọc theo mã chỉ tiêu, hãy kiểm tra không thiếu chỉ tiêu nào.`,
    otherUnit: (p) => `Báo cáo ghi đơn vị ${p.found} nhưng được nhận cho đơn vị ${p.expected}.`,
    unknownUnit: (p) => `Đơn vị ${p.unitId} không có trong danh sách đơn vị của kỳ tổng hợp này.`,
    unknownCode: (p) => `mã "${p.code}" không có trong mẫu biểu; số liệu dòng này không được tính.`,
    duplicateRow: (p) =>
      `mã ${p.code} xuất hiện lần nữa${p.firstRow === undefined ? "" : ` (lần đầu ở dòng ${p.firstRow})`}; chỉ dòng đầu tiên được đọc${p.differs ? ", và hai dòng có số liệu khác nhau" : ""}.`,
    missingRow: (p) => `không tìm thấy dòng "${p.name.vi}" trên biểu; đơn vị phải báo cáo chỉ tiêu này.`,
    notExpected: (p) =>
      `đơn vị không báo cáo chỉ tiêu "${p.name.vi}" (do đơn vị khác báo cáo); số liệu dòng này không được tính.`,
    textWithSuggestion: (p, s) =>
      `ô có chữ "${p.text}" chứ không phải số; có thể là ${s.num(p.suggestion)} ${p.uom.vi}. Hãy gõ lại dưới dạng số.${p.note ? ` ${p.note.vi}` : ""}`,
    textUnreadable: (p) =>
      `ô có chữ "${p.text}" chứ không phải số. ${p.reason ? p.reason.vi : "Hãy gõ một số, hoặc để trống nếu chưa có số liệu."}`,
    excelError: (p) => `ô báo lỗi Excel ${p.error} thay vì số; hãy sửa công thức hoặc gõ số.`,
    booleanValue: (p) => `ô có giá trị ${p.value ? "TRUE" : "FALSE"} chứ không phải số.`,
    required: () => "chưa nhập số liệu; ô này bắt buộc. Nếu không phát sinh, hãy ghi 0.",
    negative: (p, s) => `${s.num(p.value)} là số âm; chỉ tiêu này không nhận số âm.`,
    belowMin: (p, s) => `${s.num(p.value)} nhỏ hơn mức tối thiểu ${s.num(p.min)}.`,
    aboveMax: (p, s) => `${s.num(p.value)} lớn hơn mức tối đa ${s.num(p.max)}.`,
    notWhole: (p, s) => `${s.num(p.value)} ${p.uom.vi} không phải số nguyên.`,
    implausible: (p, s) =>
      `${s.num(p.value)} ${p.uom.vi} là số quá lớn, không thể là số liệu thật (trên ${s.num(p.bound)}); hãy kiểm tra đơn vị tính và số chữ số.`,
    noSuchPlan: (p, s) =>
      `chỉ tiêu này không có số ở cột này; ${typeof p.value === "number" ? s.num(p.value) : `"${p.value}"`} không được tính. Có phải nhập nhầm cột?`,
    columnNotInTemplate: (p, s) =>
      `mẫu biểu không có cột này; ${typeof p.value === "number" ? s.num(p.value) : `"${p.value}"`} không được tính.`,
    derivedTyped: (p) =>
      `chỉ tiêu này được tính tự động từ ${p.numerator} và ${p.denominator}; số nhập ở đây không được dùng.`,
    numberInNote: (p, s) =>
      `cột ghi chú có số ${s.num(p.value)}; số ở cột này không được tính. Nếu đây là số liệu, hãy nhập vào đúng cột.`,
    compare: (p, s) =>
      `${p.left.vi} ${s.num(p.leftValue)} ${RELATION[p.relation] ?? p.relation} ${p.right.vi} ${s.num(p.rightValue)}${rule(p)}.`,
    bothOrNeither: (p, s) =>
      `${p.present.vi} là ${s.num(p.presentValue)} nhưng ${p.absent.vi} bằng 0 hoặc để trống; hai số này phải cùng có hoặc cùng không${rule(p)}.`,
    oneOrOtherNone: (p) => `chưa có số nào trong: ${p.names.vi}; cần ít nhất một số${rule(p)}.`,
    oneOrOtherMany: (p) => `có hơn một số trong: ${p.names.vi}; chỉ được có một${rule(p)}.`,
    cumulativeBelowActual: (p, s) =>
      `lũy kế ${s.num(p.cumulative)} nhỏ hơn số thực hiện trong kỳ ${s.num(p.actual)}; lũy kế từ đầu năm đã gồm cả kỳ này${rule(p)}.`,
    cumulativeBelowPrevious: (p, s) =>
      `lũy kế ${s.num(p.cumulative)} nhỏ hơn lũy kế ${s.num(p.previous)} đã báo cáo kỳ ${p.previousPeriod}; lũy kế không thể giảm trong năm${rule(p)}.`,
    samePeriodOutside: (p, s) =>
      `lũy kế ${s.num(p.cumulative)} bằng ${s.pct(p.percent)} cùng kỳ năm trước (${s.num(p.lastYear)}), ngoài khoảng ${s.pct(p.low)} - ${s.pct(p.high)}${rule(p)}; ${p.noteExempts ? "nếu số liệu đúng, hãy ghi lý do ở cột Ghi chú" : "hãy kiểm tra lại số liệu"}.`,
  },
};
