import { MIN_EXCEL_API } from "./requirements";

/**
 * The one place that waits for Office.js. Everything else receives the result as plain data,
 * so components never touch the Office global and tests need no Office at all.
 */
export type HostState =
  | { kind: "excel"; displayLanguage: string; meetsMinimum: boolean; minimum: string }
  | { kind: "outside-excel"; reason: OutsideExcelReason };

/**
 * Why the page is not running inside Excel:
 * - "no-office-js": office.js did not load (offline, blocked, or opened from a file);
 * - "no-host": office.js loaded but reports no host (a plain browser tab);
 * - "other-host": loaded in Word, PowerPoint, ...;
 * - "timeout": Office.onReady never answered.
 */
export type OutsideExcelReason = "no-office-js" | "no-host" | "other-host" | "timeout";

/** The part of the Office global this module reads; the real `Office` satisfies it. */
export interface OfficeGlobal {
  /** `host` is an Office.HostType, whose values are strings ("Excel") at run time. */
  onReady(): Promise<{ host: unknown }>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface DetectHostOptions {
  /** How long to wait for Office.onReady before deciding we are outside Excel. */
  timeoutMs?: number;
  /** Returns the Office global, or undefined when office.js did not load. */
  getOffice?: () => OfficeGlobal | undefined;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function officeFromWindow(): OfficeGlobal | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

export async function detectHost(options: DetectHostOptions = {}): Promise<HostState> {
  const office = (options.getOffice ?? officeFromWindow)();
  if (!office) return { kind: "outside-excel", reason: "no-office-js" };

  const info = await withTimeout(office.onReady(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (info === "timeout") return { kind: "outside-excel", reason: "timeout" };
  if (info === "failed" || !info.host) return { kind: "outside-excel", reason: "no-host" };
  // Office.HostType.Excel is the string "Excel"; comparing the string keeps this module
  // free of the enum so it runs where office.js is absent.
  if (info.host !== "Excel") return { kind: "outside-excel", reason: "other-host" };

  return {
    kind: "excel",
    displayLanguage: office.context.displayLanguage,
    meetsMinimum: office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API),
    minimum: MIN_EXCEL_API,
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout" | "failed"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } catch {
    // onReady rejecting means the host could not be reached: treat it as no host.
    return "failed";
  } finally {
    clearTimeout(timer);
  }
}
