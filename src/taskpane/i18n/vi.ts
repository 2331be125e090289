import type { en } from "./en";

/** Vietnamese strings; `typeof en` makes a missing or extra key a compile error. */
export const vi: typeof en = {
  languageName: "Tiếng Việt",
  switchTo: "English",
  switchToLabel: "Switch to English (chuyển sang tiếng Anh)",
  title: "Tổng hợp báo cáo",
  intro: "Bảng này sẽ giúp đơn vị tổng hợp xử lý báo cáo định kỳ của các phường, xã và phòng, ban:",
  plannedCheck: "kiểm tra trang tính của từng đơn vị theo biểu chỉ tiêu và chỉ ra từng ô sai, kèm lý do;",
  plannedConsolidate:
    "tổng hợp các trang tính của đơn vị thành một báo cáo chung: tổng cộng, % kế hoạch, so với cùng kỳ năm trước và các đơn vị chưa báo cáo.",
  notYet: "Các chức năng này có trong các phiên bản tiếp theo; phiên bản này chỉ mở bảng.",
  outsideTitle: "Hãy mở phần bổ trợ này trong Excel",
  outsideBody: "Tổng hợp báo cáo chỉ chạy bên trong Excel (trên máy tính hoặc Excel trên web).",
  outsideHow: "Trong Excel, chọn Trang đầu > Phần bổ trợ (Home > Add-ins), rồi chọn Tổng hợp báo cáo.",
  outsideReason: {
    "no-office-js": "Không tải được Office.js: hãy kiểm tra kết nối mạng rồi mở lại bảng.",
    "no-host": "Trang này đang mở trong một thẻ trình duyệt thông thường, không phải trong Excel.",
    "other-host": "Trang này đang mở trong một ứng dụng Office khác, không phải Excel.",
    timeout: "Excel không phản hồi kịp. Hãy đóng bảng rồi mở lại.",
  },
  tooOldTitle: "Phiên bản Excel này đã quá cũ",
  tooOldBody: (minimum: string) =>
    `Phần bổ trợ cần Excel JavaScript API ExcelApi ${minimum}: Microsoft 365 (phiên bản 1808 trở lên), Excel 2021 trở lên, Excel trên web, hoặc Excel for Mac 16.17 trở lên.`,
  tooOldHow: "Hãy cập nhật Excel (Tệp > Tài khoản > Tùy chọn Cập nhật), hoặc dùng Excel trên web.",
};
