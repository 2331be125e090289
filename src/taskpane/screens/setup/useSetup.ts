import { useCallback, useMemo, useState } from "react";
import { builtinTemplate } from "../../../core/template/load-template";
import { sampleDistrict } from "../../../core/units/sample-district";
import { parseUnitsCsv, type UnitsCsvResult } from "../../../core/units/units-csv";
import { failureText } from "../../components/failure-text";
import { usePane } from "../../pane-context";
import { setUpWorkbook, type SetUpResult } from "../../use-cases/set-up-workbook";
import { parsePastedUnits } from "../../use-cases/units-input";

export type UnitsChoice = "sample" | "paste" | "csv";
export type TemplateChoice = "builtin" | "file";

export interface LoadedFile {
  name: string;
  text: string;
}

export type SetupOutcome =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "result"; result: SetUpResult }
  | { kind: "failed"; text: string };

/** The month before the current one: the period an office usually consolidates. */
export function previousMonth(now: Date): string {
  const year = now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
  const month = now.getMonth() === 0 ? 12 : now.getMonth();
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** The set-up form's state and the set-up itself (asking before replacing figures). */
export function useSetup() {
  const { port, now, language } = usePane();
  const [templateChoice, setTemplateChoice] = useState<TemplateChoice>("builtin");
  const [templateFile, setTemplateFile] = useState<LoadedFile | undefined>();
  const [period, setPeriod] = useState(() => previousMonth(now()));
  const [deadline, setDeadline] = useState("");
  const [levelName, setLevelName] = useState("Quận Thanh Xuân");
  const [unitsChoice, setUnitsChoice] = useState<UnitsChoice>("sample");
  const [pasted, setPasted] = useState("");
  const [csvFile, setCsvFile] = useState<LoadedFile | undefined>();
  const [outcome, setOutcome] = useState<SetupOutcome>({ kind: "idle" });

  const units: UnitsCsvResult = useMemo(() => {
    if (unitsChoice === "sample") return { units: [...sampleDistrict], problems: [] };
    if (unitsChoice === "paste") return parsePastedUnits(pasted);
    return csvFile ? parseUnitsCsv(csvFile.text) : { units: [], problems: [] };
  }, [unitsChoice, pasted, csvFile]);

  const submit = useCallback(
    async (confirmed: boolean) => {
      setOutcome({ kind: "working" });
      try {
        const result = await setUpWorkbook(
          port,
          {
            templateSource:
              templateChoice === "file" && templateFile ? { json: templateFile.text } : "builtin",
            period,
            ...(deadline ? { deadline } : {}),
            units: units.units,
            levelName: levelName.trim() || "Đơn vị tổng hợp",
          },
          { confirmed },
        );
        setOutcome({ kind: "result", result });
      } catch (error) {
        setOutcome({ kind: "failed", text: failureText(error, language) });
      }
    },
    [port, templateChoice, templateFile, period, deadline, units, levelName, language],
  );

  const cancel = useCallback(() => setOutcome({ kind: "idle" }), []);

  return {
    form: {
      templateChoice,
      setTemplateChoice,
      templateFile,
      setTemplateFile,
      period,
      setPeriod,
      deadline,
      setDeadline,
      levelName,
      setLevelName,
      unitsChoice,
      setUnitsChoice,
      pasted,
      setPasted,
      csvFile,
      setCsvFile,
    },
    units,
    indicatorCount: builtinTemplate.indicators.length,
    outcome,
    submit,
    cancel,
  };
}
