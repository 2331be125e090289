/**
 * What a protected sheet refuses, checked when a write applies at sync. Excel answers a write
 * to a locked cell with AccessDenied ("You cannot perform the requested operation.", as
 * reported for Graph's range update on a locked cell). Formatting needs allowFormatCells,
 * column widths and hiding allowFormatColumns, row heights and hiding allowFormatRows
 * (WorksheetProtectionOptions). Locking, merging, data validation and conditional formats are
 * refused outright while the sheet is protected: Excel's protection dialog has no permission
 * for them, and the host unprotects before it changes them.
 */
import type { Rect } from "./a1";
import { FakeErrorCode, FakeExcelError } from "./fake-error";
import type { SheetModel } from "./model";
import { readStyle } from "./model";

export type EditKind = "contents" | "cells" | "columns" | "rows" | "structure";

export function assertMayEdit(sheet: SheetModel, rect: Rect, kind: EditKind, location: string): void {
  if (!sheet.protection.protected) return;
  const options = sheet.protection.options;
  const allowed =
    kind === "contents"
      ? readStyle(sheet, rect, "locked") === false
      : kind === "cells"
        ? options.allowFormatCells
        : kind === "columns"
          ? options.allowFormatColumns
          : kind === "rows"
            ? options.allowFormatRows
            : false;
  if (!allowed) {
    throw new FakeExcelError(
      FakeErrorCode.accessDenied,
      location,
      `You cannot perform the requested operation. (${sheet.name} is protected.)`,
    );
  }
}
