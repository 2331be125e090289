/**
 * Wording for the built-in template that its JSON does not carry yet (a lead verb and the
 * noun the figure counts), so sentences read as the reports write them: "Tuyển chọn, bàn
 * giao 62 thanh niên nhập ngũ" rather than "Thanh niên nhập ngũ đạt 62 người". This is
 * data, read by the same generic sentence builder as the template's own wording; it is
 * meant to move into builtin-template.json (wording.lead, and a new wording.noun field)
 * and then be deleted. Applies only to the template whose id it names.
 */
import type { WordingExtra } from "./narrative-types";

export const OVERLAY_TEMPLATE_ID = "tonghop-standard";

export const BUILTIN_WORDING_OVERLAY: Readonly<Record<string, WordingExtra>> = {
  KT04: {
    lead: { vi: "Thành lập mới", en: "Registered" },
    noun: { vi: "doanh nghiệp", en: "new enterprises" },
  },
  XH07: {
    lead: { vi: "Kiểm tra", en: "Inspected" },
    noun: { vi: "cơ sở thực phẩm", en: "food businesses" },
  },
  XH10: {
    lead: { vi: "Toàn địa bàn còn", en: "The area has" },
    noun: { vi: "hộ nghèo", en: "poor households" },
  },
  HC01: {
    lead: { vi: "Tiếp nhận", en: "Received" },
    noun: { vi: "hồ sơ thủ tục hành chính", en: "administrative-procedure files" },
  },
  HC02: {
    lead: { vi: "Giải quyết", en: "Resolved" },
    noun: { vi: "hồ sơ thủ tục hành chính", en: "administrative-procedure files" },
  },
  HC06: {
    lead: { vi: "Tổ chức", en: "Held" },
    noun: { vi: "cuộc họp", en: "meetings" },
  },
  AN01: {
    lead: { vi: "Tuyển chọn, bàn giao", en: "Selected and handed over" },
    noun: { vi: "thanh niên nhập ngũ", en: "young people to the army" },
  },
  AN02: {
    lead: { vi: "Tuyển chọn, bàn giao", en: "Selected and handed over" },
    noun: { vi: "thanh niên thực hiện nghĩa vụ công an nhân dân", en: "young people to the people's police" },
  },
  // "Vụ cháy, nổ đạt 105 vụ" would read as a target met.
  AN07: {
    lead: { vi: "Xảy ra", en: "There were" },
    noun: { vi: "vụ cháy, nổ", en: "fires or explosions" },
  },
  AN08: {
    lead: { vi: "Xảy ra", en: "There were" },
    noun: { vi: "vụ tai nạn giao thông", en: "traffic accidents" },
  },
};
