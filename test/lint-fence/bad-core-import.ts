// DELIBERATELY BAD: this file breaks every rule of the src/core fence. It is never compiled
// (tsconfig excludes test/lint-fence) nor linted by `npm run lint`; test/lint-fence.test.ts
// lints its text as if it were src/core/bad.ts and expects each line below to be refused.
import ExcelJS from "exceljs";
import { useState } from "react";

export function readTheHostFromTheCore(): unknown {
  const workbook = new ExcelJS.Workbook();
  const width = window.innerWidth;
  return [workbook, width, useState, Excel.run];
}
