/**
 * What makes a workbook plan applicable: valid and unique sheet names, addresses and ranges
 * that parse, metadata tied to sheets that exist. A plan comes from our own builders, so a
 * failure here is a bug; hosts call this first and throw, instead of half-writing a file.
 */
import { parseAddress, parseRange } from "./a1";
import type { WorkbookPlan } from "./plan-types";
import { isValidSheetName } from "./sheet-name";

/** Every problem of the plan, in English for the developer; empty when it can be applied. */
export function checkWorkbookPlan(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  if (plan.sheets.length === 0) problems.push("the plan has no sheet");
  for (const sheet of plan.sheets) {
    const where = `sheet "${sheet.name}"`;
    if (!isValidSheetName(sheet.name)) problems.push(`${where}: not a valid sheet name`);
    if (names.has(sheet.name.toLowerCase())) problems.push(`${where}: name used twice`);
    names.add(sheet.name.toLowerCase());
    for (const block of sheet.blocks)
      if (!parseAddress(block.at)) problems.push(`${where}: block at "${block.at}" is not an address`);
    const ranges = [
      ...(sheet.numberFormats ?? []).map((f) => f.range),
      ...(sheet.styles ?? []).map((s) => s.range),
      ...(sheet.validations ?? []).map((v) => v.range),
      ...(sheet.conditionalFormats ?? []).map((c) => c.range),
      ...(sheet.merges ?? []),
      ...(sheet.unlocked ?? []),
    ];
    for (const range of ranges) if (!parseRange(range)) problems.push(`${where}: "${range}" is not a range`);
  }
  for (const meta of plan.metadata ?? []) {
    if (meta.scope !== "workbook" && !names.has(meta.scope.sheet.toLowerCase()))
      problems.push(`metadata for sheet "${meta.scope.sheet}", which the plan does not have`);
  }
  return problems;
}
