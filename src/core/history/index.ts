/** The history table: figures of past periods, kept in long format (docs/history-and-crosswalk.md). */
export { CONSOLIDATED_UNIT, HISTORY_SOURCES, historyKey, isHistorySource } from "./history-record";
export type { HistoryRecord, HistorySource } from "./history-record";
export { historyFromSummary } from "./from-summary";
export type { HistoryFromSummaryOptions } from "./from-summary";
export { compareTimes, mergeHistory, sortHistory } from "./merge-history";
export { lastYearFromHistory, previousCumulativeFromHistory } from "./lookup";
export { recentHistory } from "./recent-history";
export type { FiguresByCode, HistoryFigures, HistoryLookupOptions } from "./lookup";
export { HISTORY_CSV_HEADER, HistoryRecordError, parseHistoryCsv, serializeHistoryCsv } from "./history-csv";
export type { HistoryCsvProblem, HistoryCsvResult } from "./history-csv";
