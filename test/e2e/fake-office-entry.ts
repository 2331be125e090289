/**
 * Stands in for office.js in the end-to-end tests: installs the fake Excel of the host issue
 * (src/excel/testing) and an Office whose onReady answers "Excel", with the display language
 * and ExcelApi version taken from the page's query (?lang=vi-VN&api=1.7). It also gives the
 * test a way to type into cells as a person would, through Excel.run like any add-in, to
 * fire the change event Excel fires after such an edit, and to see what is selected.
 */
import { createFakeExcel } from "../../src/excel/testing";

const query = new URLSearchParams(location.search);
const fake = createFakeExcel({}, { platform: "web", excelApi: query.get("api") ?? "1.17" });
fake.install(window);
const office = fake.Office as unknown as Record<string, unknown> & { context: Record<string, unknown> };
office.context.displayLanguage = query.get("lang") ?? "en-US";

type Typed = [address: string, value: string | number];

Object.assign(window, {
  __tonghopFake: {
    async type(sheet: string, cells: Typed[]): Promise<void> {
      await fake.Excel.run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        for (const [address, value] of cells) target.getRange(address).values = [[value]];
        await context.sync();
      });
    },
    async activate(sheet: string): Promise<void> {
      await fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      });
    },
    values: (sheet: string, address: string) => fake.workbook.values(sheet, address),
    sheetNames: () => fake.workbook.sheetNames(),
    activeSheet: () => fake.workbook.activeSheet(),
    selection: () => fake.workbook.selection(),
    /** What Excel does after a person's edit: WorksheetCollection.onChanged fires. */
    changed: (sheet: string, address: string) => fake.fireSheetChange(sheet, address),
  },
});
