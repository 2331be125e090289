/**
 * Worksheet.pageLayout (ExcelApi 1.9), the members the host sets: orientation, paperSize,
 * centerHorizontally, the margins (points), zoom ({ scale } or fit to pages) and
 * setPrintTitleRows. Enum values are checked against Excel.PageOrientation and
 * Excel.PaperType names the fake knows; anything else is InvalidArgument.
 */
import { isWholeRows, parseRect } from "../a1";
import { FakeErrorCode, FakeExcelError } from "../fake-error";
import type { SheetModel, WorkbookModel } from "../model";
import type { FakeRequestContext } from "../request-context";
import type { BagProperty } from "./property-bag";
import { FakePropertyBag } from "./property-bag";

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
const PAPER = new Set(["A3", "A4", "A5", "Letter", "Legal"]);

export type FakePageLayout = FakePropertyBag<SheetModel> & { setPrintTitleRows(rows: string): void };

function checked(where: string, ok: boolean): void {
  if (!ok) throw new FakeExcelError(FakeErrorCode.invalidArgument, `PageLayout.${where}`);
}

function margin(key: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin"): BagProperty<SheetModel> {
  return {
    read: (s) => s.pageLayout[key],
    write: (s, v) => {
      checked(key, typeof v === "number" && v >= 0);
      s.pageLayout[key] = v as number;
    },
  };
}

export function pageLayoutProxy(
  context: FakeRequestContext,
  path: string,
  sheet: (workbook: WorkbookModel) => SheetModel | null,
  nullable: boolean,
): FakePageLayout {
  const layout = new FakePropertyBag<SheetModel>(
    context,
    path,
    "PageLayout",
    sheet,
    {
      orientation: {
        read: (s) => s.pageLayout.orientation,
        write: (s, v) => {
          checked("orientation", typeof v === "string" && ORIENTATIONS.has(v));
          s.pageLayout.orientation = v as string;
        },
      },
      paperSize: {
        read: (s) => s.pageLayout.paperSize,
        write: (s, v) => {
          checked("paperSize", typeof v === "string" && PAPER.has(v));
          s.pageLayout.paperSize = v as string;
        },
      },
      centerHorizontally: {
        read: (s) => s.pageLayout.centerHorizontally,
        write: (s, v) => {
          checked("centerHorizontally", typeof v === "boolean");
          s.pageLayout.centerHorizontally = v as boolean;
        },
      },
      leftMargin: margin("leftMargin"),
      rightMargin: margin("rightMargin"),
      topMargin: margin("topMargin"),
      bottomMargin: margin("bottomMargin"),
      zoom: {
        read: (s) => ({ ...s.pageLayout.zoom }),
        write: (s, v) => {
          checked("zoom", typeof v === "object" && v !== null);
          const { scale, horizontalFitToPages, verticalFitToPages } = v as Record<string, unknown>;
          s.pageLayout.zoom = {
            ...(typeof scale === "number" ? { scale } : {}),
            ...(typeof horizontalFitToPages === "number" ? { horizontalFitToPages } : {}),
            ...(typeof verticalFitToPages === "number" ? { verticalFitToPages } : {}),
          };
        },
      },
    },
    nullable,
  ) as FakePageLayout;
  Object.defineProperty(layout, "setPrintTitleRows", {
    value: (rows: string) =>
      layout.method("setPrintTitleRows", [rows], (s) => {
        const rect = parseRect(rows);
        checked("setPrintTitleRows", rect !== undefined && isWholeRows(rect));
        s.pageLayout.printTitleRows = rows;
      }),
  });
  return layout;
}
