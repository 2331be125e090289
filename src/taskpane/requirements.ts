/**
 * The lowest ExcelApi requirement set the add-in needs: data validation (Range.dataValidation)
 * arrived in ExcelApi 1.8, and checking a unit's sheet is not possible without it. The
 * manifest declares the same number (<Set Name="ExcelApi" MinVersion="1.8"/>); the task pane
 * checks again because some hosts load a task pane the manifest would have refused.
 * docs/requirements.md lists every feature's set and what degrades instead of refusing.
 */
export const MIN_EXCEL_API = "1.8";
