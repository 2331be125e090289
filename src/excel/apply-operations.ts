/**
 * Queues operations on a request context: the only place plan operations become Office.js
 * proxy calls. Nothing here syncs; the caller makes the one round trip. Sheets are looked up
 * by name once per batch and the proxy is kept, so a sheet renamed earlier in the batch is
 * still found under its new name.
 */
import type { Capabilities, HostNote } from "./capabilities";
import { NOTES } from "./capabilities";
import type { ChartSetup, Operation } from "./operations";

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const BORDER_WEIGHTS = { thin: "Thin", medium: "Medium", thick: "Thick", hair: "Hairline" } as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const INCH = 72;

export interface QueueResult {
  /** What was skipped because this Excel lacks it, once per kind. */
  notes: HostNote[];
}

export function queueOperations(
  context: Excel.RequestContext,
  operations: readonly Operation[],
  capabilities: Capabilities,
): QueueResult {
  const sheets = new Map<string, Excel.Worksheet>();
  const notes = new Map<string, HostNote>();
  const sheet = (name: string): Excel.Worksheet => {
    const key = name.toLowerCase();
    let found = sheets.get(key);
    if (!found) {
      found = context.workbook.worksheets.getItem(name);
      sheets.set(key, found);
    }
    return found;
  };
  const range = (name: string, address: string) => sheet(name).getRange(address);

  for (const operation of operations) {
    switch (operation.op) {
      case "addSheet":
        sheets.set(operation.sheet.toLowerCase(), context.workbook.worksheets.add(operation.sheet));
        break;
      case "deleteSheet":
        sheet(operation.sheet).delete();
        sheets.delete(operation.sheet.toLowerCase());
        break;
      case "renameSheet": {
        const proxy = sheet(operation.sheet);
        proxy.name = operation.to;
        sheets.delete(operation.sheet.toLowerCase());
        sheets.set(operation.to.toLowerCase(), proxy);
        break;
      }
      case "visibility":
        sheet(operation.sheet).visibility = operation.visibility;
        break;
      case "activate":
        sheet(operation.sheet).activate();
        break;
      case "unprotect":
        sheet(operation.sheet).protection.unprotect(operation.password);
        break;
      case "protect":
        sheet(operation.sheet).protection.protect(operation.options, operation.password);
        break;
      case "cells": {
        const target = range(operation.sheet, operation.range);
        if (operation.formulas) target.formulas = operation.rows;
        else target.values = operation.rows;
        break;
      }
      case "clearContents":
        range(operation.sheet, operation.range).clear("Contents");
        break;
      case "numberFormat":
        range(operation.sheet, operation.range).numberFormat = operation.formats as string[][];
        break;
      case "style":
        queueStyle(range(operation.sheet, operation.range), operation);
        break;
      case "columnWidth":
        range(operation.sheet, operation.range).format.columnWidth = operation.points;
        break;
      case "rowHeight":
        range(operation.sheet, operation.range).format.rowHeight = operation.points;
        break;
      case "columnHidden":
        range(operation.sheet, operation.range).columnHidden = operation.hidden;
        break;
      case "rowHidden":
        range(operation.sheet, operation.range).rowHidden = operation.hidden;
        break;
      case "merge":
        range(operation.sheet, operation.range).merge(false);
        break;
      case "validation": {
        const { setup } = operation;
        const validation = range(operation.sheet, operation.range).dataValidation;
        const basic: Excel.BasicDataValidation = {
          formula1: setup.formula1,
          ...(setup.formula2 === undefined ? {} : { formula2: setup.formula2 }),
          operator: setup.operator as Excel.DataValidationOperator,
        };
        validation.rule = setup.type === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
        if (setup.prompt) validation.prompt = { showPrompt: true, ...setup.prompt };
        if (setup.errorAlert)
          validation.errorAlert = {
            showAlert: true,
            ...setup.errorAlert,
            style: setup.errorAlert.style,
          };
        // Excel's default is to ignore blanks; a call only to say so again would cost bytes.
        if (!setup.ignoreBlanks) validation.ignoreBlanks = false;
        break;
      }
      case "conditionalFormat": {
        const format = range(operation.sheet, operation.range).conditionalFormats.add(
          "Custom" as Excel.ConditionalFormatType,
        );
        format.custom.rule.formula = `=${operation.formula.replace(/^=/, "")}`;
        const { fill, fontColour, bold } = operation.style;
        if (fill !== undefined) format.custom.format.fill.color = fill;
        if (fontColour !== undefined) format.custom.format.font.color = fontColour;
        if (bold !== undefined) format.custom.format.font.bold = bold;
        break;
      }
      case "unlock":
        range(operation.sheet, operation.range).format.protection.locked = false;
        break;
      case "freeze": {
        const panes = sheet(operation.sheet).freezePanes;
        if (operation.rows > 0 && operation.columns > 0)
          panes.freezeAt(sheet(operation.sheet).getRangeByIndexes(0, 0, operation.rows, operation.columns));
        else if (operation.rows > 0) panes.freezeRows(operation.rows);
        else panes.freezeColumns(operation.columns);
        break;
      }
      case "tabColor": {
        const proxy = sheet(operation.sheet);
        if (capabilities.tabColor && "tabColor" in proxy) proxy.tabColor = operation.colour;
        else notes.set("tabColor", NOTES.tabColor());
        break;
      }
      case "print": {
        const proxy = sheet(operation.sheet);
        if (capabilities.pageLayout && "pageLayout" in proxy) queuePrint(proxy.pageLayout, operation.setup);
        else notes.set("print", NOTES.print());
        break;
      }
      case "table": {
        const table = sheet(operation.sheet).tables.add(range(operation.sheet, operation.range), true);
        table.name = operation.name;
        if (operation.style !== undefined) table.style = operation.style;
        break;
      }
      case "renameTable":
        context.workbook.tables.getItem(operation.name).name = operation.to;
        break;
      case "chart":
        queueChart(
          sheet(operation.sheet),
          range(operation.chart.source.sheet, operation.chart.source.range),
          operation.chart,
        );
        break;
      case "addName":
        context.workbook.names.add(operation.name, sheet(operation.sheet).getRange("A1"));
        break;
      case "restoreName":
        context.workbook.names.add(operation.name, operation.formula);
        break;
      case "deleteName":
        context.workbook.names.getItem(operation.name).delete();
        break;
      case "customProperty":
        context.workbook.properties.custom.add(operation.key, operation.value);
        break;
      case "deleteCustomProperty":
        context.workbook.properties.custom.getItem(operation.key).delete();
        break;
    }
  }
  return { notes: [...notes.values()] };
}

function queueChart(target: Excel.Worksheet, source: Excel.Range, setup: ChartSetup): void {
  // By columns, as the web does for "Auto" (ChartSeriesBy): the text column labels, the other is the series.
  const chart = target.charts.add(setup.type as Excel.ChartType, source, "Columns" as Excel.ChartSeriesBy);
  chart.name = setup.name;
  chart.title.text = setup.title;
  // One series: its name is the title's business, not a legend's.
  chart.legend.visible = false;
  chart.series.getItemAt(0).name = setup.seriesName;
  chart.axes.valueAxis.numberFormat = setup.valueFormat;
  if (setup.axisTitles?.value !== undefined) chart.axes.valueAxis.title.text = setup.axisTitles.value;
  if (setup.axisTitles?.category !== undefined)
    chart.axes.categoryAxis.title.text = setup.axisTitles.category;
  chart.setPosition(setup.at);
}

function queueStyle(target: Excel.Range, operation: Extract<Operation, { op: "style" }>): void {
  const { style, inside } = operation;
  const format = target.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColour !== undefined) format.font.color = style.fontColour;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.border !== undefined) {
    const edges: string[] = [...BORDER_EDGES];
    if (inside.rows) edges.push("InsideHorizontal");
    if (inside.columns) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = BORDER_WEIGHTS[style.border];
    }
  }
}

function queuePrint(layout: Excel.PageLayout, setup: Extract<Operation, { op: "print" }>["setup"]): void {
  layout.paperSize = "A4";
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.centerHorizontally) layout.centerHorizontally = true;
  if (setup.margins) {
    layout.leftMargin = setup.margins.left * INCH;
    layout.rightMargin = setup.margins.right * INCH;
    layout.topMargin = setup.margins.top * INCH;
    layout.bottomMargin = setup.margins.bottom * INCH;
  }
  if (setup.repeatRows) layout.setPrintTitleRows(`$${setup.repeatRows.from}:$${setup.repeatRows.to}`);
}
