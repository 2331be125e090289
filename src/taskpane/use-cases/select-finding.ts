/** Choosing a finding selects its cell in the workbook (or its sheet, when it has no cell). */
import type { PaneFinding } from "./findings";
import type { WorkbookPort } from "./workbook-port";

export async function selectFinding(port: WorkbookPort, finding: PaneFinding): Promise<boolean> {
  if (finding.sheet === undefined) return false;
  if (finding.address === undefined) await port.activateSheet(finding.sheet);
  else await port.selectCell(finding.sheet, finding.address);
  return true;
}
