/**
 * The words the unit sheet writes and the parser looks for. Both sides import them from
 * here, so a label changed in one place is still found by the other. The parser finds every
 * one of them by its text, never by its position.
 */
import { METADATA_KEYS } from "./plan-types";

/** Labels of the title block; the value is the first non-blank cell to the right. */
export const TITLE_LABELS = {
  unit: "Đơn vị báo cáo:",
  period: "Kỳ báo cáo:",
  deadline: "Hạn gửi báo cáo:",
  reporter: "Người báo cáo:",
  phone: "Số điện thoại:",
  sentDate: "Ngày gửi:",
} as const;
export type TitleField = keyof typeof TITLE_LABELS;

/** The hidden identity row: a marker, then key/value pairs (the fallback for lost metadata). */
export const IDENTITY_MARKER = "tonghop";
export const IDENTITY_KEYS = [
  METADATA_KEYS.templateId,
  METADATA_KEYS.templateVersion,
  METADATA_KEYS.unitId,
  METADATA_KEYS.period,
] as const;

/** The key of the STT column in the key row (domain guide §3); not a figure column. */
export const ROW_NUMBER_KEY = "no";

/** Text compared the way people retype it: NFC, trimmed, no trailing colon, lower case. */
export function normaliseLabel(text: string): string {
  return text.normalize("NFC").trim().replace(/\s*:$/, "").replace(/\s+/g, " ").toLowerCase();
}
