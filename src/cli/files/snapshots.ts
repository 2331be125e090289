/**
 * Files read -> what the core takes: one entry per sheet, with the file and sheet it came
 * from and the workbook's metadata; and the files that could not be read, with the message
 * src/xlsx wrote (which names the file).
 */
import type { SheetSnapshot } from "../../core/sheets/snapshot";
import type { ReadInput } from "./read-inputs";

export interface SheetFromFile {
  source: { file: string; sheet: string };
  snapshot: SheetSnapshot;
  workbookMetadata: Record<string, string>;
}

export interface SplitInputs {
  sheets: SheetFromFile[];
  unreadable: { file: string; message: { vi: string; en: string } }[];
}

export function splitInputs(inputs: readonly ReadInput[]): SplitInputs {
  const sheets: SheetFromFile[] = [];
  const unreadable: SplitInputs["unreadable"] = [];
  for (const { file, result } of inputs) {
    if (!result.ok) {
      unreadable.push({ file, message: { vi: result.error.vi, en: result.error.en } });
      continue;
    }
    for (const snapshot of result.sheets)
      sheets.push({ source: { file, sheet: snapshot.name }, snapshot, workbookMetadata: result.metadata });
  }
  return { sheets, unreadable };
}
