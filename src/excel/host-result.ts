/**
 * What a host operation answers: its value, or what failed, said in Vietnamese and English.
 * Excel refusing something (a payload too large, a sheet edited meanwhile, the network gone)
 * is bad luck, not a bug, so it becomes a value the task pane can show; only a misused API of
 * our own throws (HostMisuseError).
 */

/** Where an operation was when it failed. */
export type HostStage =
  | "unsupported" // the Excel in use lacks a required API set
  | "inspect" // reading the workbook's state before writing
  | "read" // reading sheets into snapshots
  | "write" // applying a plan
  | "build" // building summary sheets under temporary names
  | "swap" // putting the new summary sheets in place of the old ones
  | "cleanup"; // removing what a failed write left behind

export interface HostFailure {
  stage: HostStage;
  vi: string;
  en: string;
  /** Excel's error code and message, for the log ("AccessDenied: You cannot ..."). */
  cause: string;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; failure: HostFailure };

/** A programming error in the host's caller (an invalid plan, a name used twice): a bug. */
export class HostMisuseError extends Error {
  override name = "HostMisuseError";
}

/** Excel's error as one line; office.js errors carry `code`, others only a message. */
export function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && code !== error.message ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/** The code office.js put on an error ("AccessDenied"), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

const STAGE_WORDS: Record<HostStage, { vi: string; en: string }> = {
  unsupported: { vi: "kiểm tra phiên bản Excel", en: "checking the Excel version" },
  inspect: { vi: "đọc tình trạng sổ làm việc", en: "reading the workbook's state" },
  read: { vi: "đọc các trang tính", en: "reading the sheets" },
  write: { vi: "ghi các trang tính", en: "writing the sheets" },
  build: { vi: "tạo các trang tổng hợp mới", en: "building the new summary sheets" },
  swap: { vi: "thay trang tổng hợp cũ bằng trang mới", en: "replacing the old summary sheets" },
  cleanup: { vi: "dọn các trang tạm", en: "removing the temporary sheets" },
};

/** A failure at `stage` caused by `error`, with `outcome` saying what state the workbook is in. */
export function hostFailure(
  stage: HostStage,
  error: unknown,
  outcome: { vi: string; en: string } = { vi: "", en: "" },
): HostFailure {
  const cause = describeCause(error);
  const words = STAGE_WORDS[stage];
  const tail = (text: string) => (text === "" ? "" : ` ${text}`);
  return {
    stage,
    vi: `Lỗi khi ${words.vi}: ${cause}.${tail(outcome.vi)}`,
    en: `Failed while ${words.en}: ${cause}.${tail(outcome.en)}`,
    cause,
  };
}
