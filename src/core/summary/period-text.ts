/**
 * The period's labels for titles, from its code. A code that does not parse is shown as
 * written (the job reports it as a finding); making a title never fails.
 */
import type { Localized } from "../i18n/message-params";
import { parsePeriod, periodLabel } from "../periods";

export function periodLabels(code: string): Localized {
  const parsed = parsePeriod(code);
  if (!parsed.ok) return { vi: code, en: code };
  return { vi: periodLabel(parsed.period, "vi"), en: periodLabel(parsed.period, "en") };
}
