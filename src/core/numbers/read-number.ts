/**
 * Reading numbers that people type as text. Owned by the numbers module; this file states
 * the contract the validation module codes against. Never throws.
 */
import type { ValueType } from "../template/schema";

export type ReadNumberResult =
  /** exact: the text was a plain number in an unambiguous form ("  12 ", "1.592,5"). */
  | { ok: true; value: number; exact: boolean; note?: { vi: string; en: string } }
  | { ok: false; reason: { vi: string; en: string } };

export interface ReadNumberOptions {
  /** What the cell holds: money is read in triệu đồng ("2 tỷ 62 triệu" -> 2062). */
  valueType?: ValueType;
}

export declare function readNumber(text: string, options?: ReadNumberOptions): ReadNumberResult;
