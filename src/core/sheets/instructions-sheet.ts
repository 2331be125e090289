/**
 * The instructions sheet ("Hướng dẫn"), in Vietnamese for the people who fill the unit
 * sheets: what to type where, what the colours mean, and what happens next. One column of
 * text, nothing to fill: a host writes it, nobody reads it back.
 */
import type { SheetPlan } from "./plan-types";

export const INSTRUCTIONS_SHEET = "Hướng dẫn";

/** periodLabel: "Tháng 10/2024"; deadline: as the sheets show dates ("05/11/2024"), if any. */
export function instructionsSheetPlan(periodLabel: string, deadline: string | undefined): SheetPlan {
  const lines = [
    `HƯỚNG DẪN ĐIỀN BÁO CÁO - ${periodLabel.toUpperCase()}`,
    "",
    "1. Mỗi đơn vị có một trang tính mang tên đơn vị. Chỉ điền vào trang của đơn vị mình.",
    "2. Chỉ điền các ô nền vàng: thực hiện kỳ báo cáo, lũy kế từ đầu năm, ước thực hiện và ghi chú.",
    "3. Ô nền xám (kế hoạch, cùng kỳ năm trước đã có) do đơn vị tổng hợp điền và đã được khóa.",
    '4. Chỉ gõ số, không gõ chữ (ví dụ gõ 1592,5 chứ không gõ "1.592,5 triệu"); số tiền tính bằng triệu đồng.',
    '5. Để trống ô chưa có số liệu: ô trống là "chưa báo cáo", không phải số 0. Nếu số liệu bằng 0, hãy gõ 0.',
    "6. Lũy kế phải lớn hơn hoặc bằng thực hiện kỳ báo cáo; số hồ sơ đúng hạn không quá số đã giải quyết.",
    "7. Ô nền đỏ nhạt là ô bắt buộc còn trống. Điền người báo cáo, số điện thoại và ngày gửi ở đầu trang.",
    deadline ? `8. Hạn gửi: ${deadline}.` : "8. Gửi báo cáo theo hạn đơn vị tổng hợp thông báo.",
    "",
    "Đơn vị tổng hợp kiểm tra từng trang và báo lại ô cần sửa trước khi tổng hợp.",
  ];
  return {
    name: INSTRUCTIONS_SHEET,
    blocks: [{ at: "A1", rows: lines.map((line) => [line]) }],
    styles: [{ range: "A1", style: { bold: true, fontSize: 13, fontColour: "#1F4E79" } }],
    columns: [{ column: "A", width: 110 }],
  };
}
