/**
 * The command's exit status, for scripts that run it:
 * 0 done; 1 done, but submissions have errors (a unit left out, a finding of severity
 * error); 2 bad usage, or an input that could not be read (the file is named on stderr).
 */
export const EXIT = { done: 0, submissionErrors: 1, usageOrInput: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The worse of two outcomes. */
export function worst(a: ExitCode, b: ExitCode): ExitCode {
  return a > b ? a : b;
}
