/**
 * Where the command line writes, and what it knows of the terminal: the one seam between
 * the commands and the process, so the commands can be run and read in tests.
 */
export interface CliIo {
  /** Results: findings, the summary report, JSON. */
  out(text: string): void;
  /** Errors, warnings and the progress bar. */
  err(text: string): void;
  /** Whether stderr is a terminal: the progress bar is drawn only then. */
  errIsTty: boolean;
  /** Terminal width for the progress bar. */
  columns: number;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTty: process.stderr.isTTY === true,
    // A pseudo-terminal may report 0 columns.
    columns: process.stderr.columns || 80,
  };
}
