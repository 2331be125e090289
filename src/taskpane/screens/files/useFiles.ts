import { useCallback, useState } from "react";
import { failureText } from "../../components/failure-text";
import { readPickedFile } from "../../files/download";
import { usePane } from "../../pane-context";
import { exportUnitWorkbooks, type SaveFile } from "../../use-cases/export-unit-workbooks";
import { acceptSubmission, importSubmissions, type Submission } from "../../use-cases/import-submissions";

export type ExportState =
  | { kind: "idle" }
  | { kind: "working"; done: number; total: number }
  | { kind: "done"; count: number }
  | { kind: "not-set-up" }
  | { kind: "failed"; text: string };

/** What became of one read file in the list. */
export type RowState =
  | { kind: "waiting" }
  | { kind: "confirm" }
  | { kind: "accepted"; sheet: string; copy: string | undefined }
  | { kind: "refused"; text: string };

export type ImportState =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "read"; submissions: Submission[]; rows: RowState[] }
  | { kind: "not-set-up" }
  | { kind: "failed"; text: string };

/** Export blank unit workbooks; import returned files, show them, accept each on request. */
export function useFiles(save: SaveFile) {
  const { port, language } = usePane();
  const [exporting, setExporting] = useState<ExportState>({ kind: "idle" });
  const [importing, setImporting] = useState<ImportState>({ kind: "idle" });

  const exportAll = useCallback(async () => {
    setExporting({ kind: "working", done: 0, total: 0 });
    try {
      const result = await exportUnitWorkbooks(port, save, (done, total) =>
        setExporting({ kind: "working", done, total }),
      );
      setExporting(
        result.kind === "exported" ? { kind: "done", count: result.files.length } : { kind: "not-set-up" },
      );
    } catch (error) {
      setExporting({ kind: "failed", text: failureText(error, language) });
    }
  }, [port, save, language]);

  const importFiles = useCallback(
    async (files: File[]) => {
      setImporting({ kind: "reading" });
      try {
        const picked = await Promise.all(files.map(readPickedFile));
        const result = await importSubmissions(port, picked);
        setImporting(
          result.kind === "read"
            ? {
                kind: "read",
                submissions: result.submissions,
                rows: result.submissions.map(() => ({ kind: "waiting" })),
              }
            : { kind: "not-set-up" },
        );
      } catch (error) {
        setImporting({ kind: "failed", text: failureText(error, language) });
      }
    },
    [port, language],
  );

  const setRow = (index: number, row: RowState) =>
    setImporting((current) =>
      current.kind === "read"
        ? { ...current, rows: current.rows.map((r, i) => (i === index ? row : r)) }
        : current,
    );

  const accept = useCallback(
    async (index: number, confirmed: boolean) => {
      if (importing.kind !== "read") return;
      const submission = importing.submissions[index];
      if (submission?.kind !== "read") return;
      try {
        const result = await acceptSubmission(port, submission, { confirmed });
        if (result.kind === "needs-confirmation") setRow(index, { kind: "confirm" });
        else if (result.kind === "refused") setRow(index, { kind: "refused", text: result.reason[language] });
        else setRow(index, { kind: "accepted", sheet: result.sheet, copy: result.copy });
      } catch (error) {
        setRow(index, { kind: "refused", text: failureText(error, language) });
      }
    },
    [port, importing, language],
  );

  return { exporting, importing, exportAll, importFiles, accept };
}
