/**
 * Dates as a sheet holds them, to ISO "YYYY-MM-DD": an Excel serial number (1900 date
 * system), an ISO string (how the .xlsx reader hands over date cells), or text typed the
 * Vietnamese way, day first ("14/10/2024", "14-10-2024", "14.10.2024"). Undefined otherwise;
 * never throws.
 */
import type { RawValue } from "../report/unit-report";

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 system as Excel counts after its 1900-02-29 bug (valid from serial 61). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

export function readSheetDate(value: RawValue): string | undefined {
  if (value.kind === "number") return serialToIso(value.value);
  if (value.kind !== "text") return undefined;
  const text = value.text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  return undefined;
}

/** Excel serial day (1900 system) -> "YYYY-MM-DD"; dates before March 1900 are not read. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return undefined;
  const date = new Date(EPOCH_1900 + Math.floor(serial) * DAY_MS);
  return date.toISOString().slice(0, 10);
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}
