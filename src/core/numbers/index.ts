/**
 * The numbers module: units as types, figures written the way reports write them
 * (domain.md §7), and numbers read from what people type.
 */
export { type Percent, type Trieu, growthOf, percent, percentOf, trieu } from "./brands";
export { NumberArgumentError } from "./errors";
export {
  type FormatNumberOptions,
  MISSING_FIGURE,
  formatCount,
  formatMoney,
  formatMoneyBillions,
  formatNumber,
  formatPercent,
  formatValue,
} from "./format";
export type { Lang } from "./lang";
export { type ReadNumberOptions, type ReadNumberResult, readNumber } from "./read-number";
