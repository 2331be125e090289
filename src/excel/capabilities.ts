/**
 * Features above the manifest's ExcelApi 1.8, detected once per operation and degraded with
 * a message rather than a crash (docs/requirements.md, docs/excel-host.md).
 */
import { apiSupported } from "./excel-context";

export interface Capabilities {
  /** Worksheet.pageLayout: print setup (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Worksheet.tabColor (ExcelApi 1.7, below our minimum, but not on every stand-in of Excel). */
  tabColor: boolean;
}

/** A message saying what was left out, for the task pane. */
export interface HostNote {
  vi: string;
  en: string;
}

export function detectCapabilities(): Capabilities {
  return {
    pageLayout: apiSupported("1.9"),
    tabColor: apiSupported("1.7"),
  };
}

export const NOTES = {
  print: (): HostNote => ({
    vi: "Chưa đặt được trang in (khổ giấy, hướng giấy, lề): phiên bản Excel này chưa hỗ trợ (cần ExcelApi 1.9).",
    en: "Print setup (paper, orientation, margins) was skipped: this Excel does not support it (it needs ExcelApi 1.9).",
  }),
  tabColor: (): HostNote => ({
    vi: "Chưa tô được màu thẻ trang tính: phiên bản Excel này chưa hỗ trợ.",
    en: "Sheet tab colours were skipped: this Excel does not support them.",
  }),
};
