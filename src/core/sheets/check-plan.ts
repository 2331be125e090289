/**
 * What makes a workbook plan applicable: valid and unique sheet names, addresses and ranges
 * that parse, metadata tied to sheets that exist, table names Excel accepts and unique in the
 * workbook, charts over ranges of sheets the plan has. A plan comes from our own builders, so a
 * failure here is a bug; hosts call this first and throw, instead of half-writing a file.
 */
import { parseAddress, parseRange } from "./a1";
import type { WorkbookPlan } from "./plan-types";
import { isValidSheetName } from "./sheet-name";

/** Excel's rule for table names: a letter, "_" or a backslash first, then letters, digits, "_" and "."; at most 255. */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u;

/** A table name may not read as a cell reference ("A1", "R1C1"). */
function looksLikeCell(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Every problem of the plan, in English for the developer; empty when it can be applied. */
export function checkWorkbookPlan(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const tables = new Set<string>();
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
    for (const table of sheet.tables ?? []) {
      if (!TABLE_NAME.test(table.name) || looksLikeCell(table.name))
        problems.push(`${where}: "${table.name}" is not a valid table name`);
      if (tables.has(table.name.toLowerCase())) problems.push(`table "${table.name}": name used twice`);
      tables.add(table.name.toLowerCase());
      const range = parseRange(table.range);
      if (!range) problems.push(`${where}: table range "${table.range}" is not a range`);
      else if (range.end.row <= range.start.row)
        problems.push(`${where}: table "${table.name}" needs a header row and at least one row below it`);
    }
  }
  for (const chart of plan.charts ?? []) {
    const where = `chart "${chart.id}"`;
    for (const { sheet, range } of [
      chart.categories,
      chart.series.values,
      { ...chart.placement, range: chart.placement.at },
    ]) {
      if (!names.has(sheet.toLowerCase()))
        problems.push(`${where}: sheet "${sheet}", which the plan does not have`);
      if (!parseRange(range)) problems.push(`${where}: "${range}" is not a range`);
    }
  }
  for (const meta of plan.metadata ?? []) {
    if (meta.scope !== "workbook" && !names.has(meta.scope.sheet.toLowerCase()))
      problems.push(`metadata for sheet "${meta.scope.sheet}", which the plan does not have`);
  }
  return problems;
}
