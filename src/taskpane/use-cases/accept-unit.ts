/**
 * The office accepts a unit's errors with a reason: its figures count in the next
 * consolidation, and the reason is written in the set-up (and so in the summary's trace).
 */
import type { Localized } from "../../core/i18n/message-params";
import { setupSheetPlan, type WorkbookSetup } from "./setup-store";
import { readWorkbookState } from "./workbook-state";
import type { WorkbookPort } from "./workbook-port";

export type AcceptUnitResult = { kind: "accepted" } | { kind: "refused"; reason: Localized };

export async function acceptUnit(
  port: WorkbookPort,
  unitId: string,
  reason: string,
): Promise<AcceptUnitResult> {
  const why = reason.trim();
  if (why === "")
    return {
      kind: "refused",
      reason: {
        vi: "Hãy ghi lý do chấp nhận (ví dụ: đã xác minh qua điện thoại với đơn vị).",
        en: "Write the reason for accepting (e.g. checked by phone with the unit).",
      },
    };
  const { setup } = await readWorkbookState(port);
  if (!setup)
    return {
      kind: "refused",
      reason: { vi: "Sổ làm việc chưa được thiết lập.", en: "The workbook has not been set up." },
    };
  const stored: WorkbookSetup = {
    templateSource: setup.templateSource,
    period: setup.period,
    ...(setup.deadline === undefined ? {} : { deadline: setup.deadline }),
    units: setup.units,
    levelName: setup.levelName,
    accepted: { ...setup.accepted, [unitId]: why },
  };
  await port.applyWorkbookPlan({ sheets: [setupSheetPlan(stored)] });
  return { kind: "accepted" };
}
