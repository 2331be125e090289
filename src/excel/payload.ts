/**
 * How big a batch is before it is sent, and cutting a list of operations into batches that
 * stay under Excel on the web's 5 MB request limit ("Resource limits and performance
 * optimization for Office Add-ins"). The estimate follows what a request carries: for each
 * proxy call, the object path (which names the sheet and the range) and the arguments (the
 * values written dominate). Tests hold it against the fake's count of request bytes: never
 * under, at most 30% over (unit sheets 12%, summaries with report and history 25%), so a
 * batch cut at 4.75 MB estimated is 3.65 to 4.75 MB sent.
 */
import { formatRange, parseRange } from "../core/sheets/a1";
import type { Operation } from "./operations";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/**
 * Batches are cut at 4.75 MB estimated (about 4.2 MB sent for unit sheets). 4 MB would put
 * a hundred unit sheets (4.25 MB sent) in two batches; the slack to the 5 MB limit covers an
 * estimate up to 9% short, which the tests show it never is.
 */
export const BATCH_BUDGET = 4.75 * 1024 * 1024;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Bytes one proxy call costs besides its arguments: kind and method name (about 45), and the
 * path to the object: the sheet lookup with its name, the range with its address, the
 * sub-object (".format.fill"), about 55 more. Checked against the fake's count for unit
 * sheets and summaries (test/excel/host/payload.test.ts): never under, at most 30% over.
 */
function callBytes(operation: Operation): number {
  const sheet = "sheet" in operation ? operation.sheet : "";
  const range = "range" in operation ? operation.range : "";
  return 80 + utf8Bytes(sheet) + range.length;
}

/** How many proxy calls the executor makes for an operation (apply-operations.ts). */
function callCount(operation: Operation): number {
  switch (operation.op) {
    case "style":
      return Object.keys(operation.style).length + (operation.style.border ? 12 : 0);
    case "validation":
      return (
        1 +
        (operation.setup.prompt ? 1 : 0) +
        (operation.setup.errorAlert ? 1 : 0) +
        (operation.setup.ignoreBlanks ? 0 : 1)
      );
    case "conditionalFormat":
      return 5;
    case "print":
      return 8;
    case "chart":
      // add, name, title, series name, axis format and titles, legend, setPosition, the source range.
      return 12;
    case "table":
      return 4;
    default:
      return 2;
  }
}

export function estimateBytes(operation: Operation): number {
  // The operation's JSON carries its arguments once, and its sheet and range, which the calls' paths repeat.
  const shared = callBytes(operation) - 50;
  return utf8Bytes(JSON.stringify(operation)) - shared + callCount(operation) * callBytes(operation);
}

/** A cells operation too big for one batch, cut into row bands that each fit. */
function splitCells(operation: Extract<Operation, { op: "cells" }>, budget: number): Operation[] {
  const range = parseRange(operation.range)!;
  const perRow = Math.max(1, estimateBytes(operation) / operation.rows.length);
  const rowsPerPart = Math.max(1, Math.floor(budget / perRow / 2));
  const parts: Operation[] = [];
  for (let start = 0; start < operation.rows.length; start += rowsPerPart) {
    const rows = operation.rows.slice(start, start + rowsPerPart);
    const first = range.start.row + start;
    parts.push({
      ...operation,
      rows,
      range: formatRange({
        start: { row: first, column: range.start.column },
        end: { row: first + rows.length - 1, column: range.end.column },
      }),
    });
  }
  return parts;
}

/**
 * Cuts operations into batches of at most `budget` estimated bytes, keeping their order. A
 * batch never starts with a write to a sheet that an earlier batch has not created: order is
 * kept, so every operation runs after those before it, whichever batch it lands in.
 */
export function chunkOperations(operations: readonly Operation[], budget = BATCH_BUDGET): Operation[][] {
  const batches: Operation[][] = [];
  let current: Operation[] = [];
  let size = 0;
  const push = (operation: Operation, bytes: number) => {
    if (current.length > 0 && size + bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(operation);
    size += bytes;
  };
  for (const operation of operations) {
    const bytes = estimateBytes(operation);
    if (operation.op === "cells" && bytes > budget / 2 && operation.rows.length > 1) {
      for (const part of splitCells(operation, budget)) push(part, estimateBytes(part));
    } else {
      push(operation, bytes);
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export function totalBytes(operations: readonly Operation[]): number {
  return operations.reduce((sum, operation) => sum + estimateBytes(operation), 0);
}
