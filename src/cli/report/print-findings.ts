/**
 * Findings as lines a person reads and a script can grep: one line per finding, starting
 * with the file it is in, then its severity and the core's message (which names the sheet
 * cell: "Ô H14 (Lũy kế từ đầu năm, HC03): ..."). Files keep the order they were read in.
 */
import type { Severity } from "../../core/validate";
import type { CliIo } from "../io";
import { type Lang, messages } from "../messages";

export interface PrintableFinding {
  severity: Severity;
  file?: string;
  sheet?: string;
  address?: string;
  message: { vi: string; en: string };
}

export function findingLine(finding: PrintableFinding, lang: Lang): string {
  const say = messages(lang);
  const where = finding.file ?? finding.sheet ?? "";
  const cell =
    finding.address !== undefined && !finding.message[lang].includes(finding.address)
      ? ` [${finding.address}]`
      : "";
  return `${where}${cell}: ${say.severity[finding.severity]}: ${finding.message[lang]}`;
}

export function printFindings(io: CliIo, findings: readonly PrintableFinding[], lang: Lang): void {
  for (const finding of findings) io.out(`${findingLine(finding, lang)}\n`);
}
