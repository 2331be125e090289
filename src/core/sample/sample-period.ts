/** The month a sample is drawn for. Periods proper live in core/periods; a month is enough here. */
export interface SampleMonth {
  year: number;
  /** 1-12. */
  month: number;
}

/** Asking for a sample of month 13 is the caller's bug. */
export class SampleSpecError extends Error {
  override name = "SampleSpecError";
}

export function checkMonth({ year, month }: SampleMonth): void {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new SampleSpecError(`Not a month: ${year}-${month}.`);
  }
}

/** The period code of the month, "2024-10". */
export function monthCode({ year, month }: SampleMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
