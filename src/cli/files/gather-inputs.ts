/**
 * The reading step every file command shares: FILE_OR_DIR arguments -> files -> sheets,
 * with a progress bar on a terminal. Paths that do not exist and files that cannot be read
 * are printed on stderr, each naming its file; both make the command end with exit code 2.
 */
import type { CliIo } from "../io";
import { type Lang, messages } from "../messages";
import { progressBar } from "../progress";
import { findInputs } from "./find-inputs";
import { readInputs } from "./read-inputs";
import { type SheetFromFile, splitInputs } from "./snapshots";

export interface GatheredInputs {
  /** Files found, readable or not. */
  files: string[];
  /** Files that could be read. */
  readable: string[];
  sheets: SheetFromFile[];
  /** Paths missing or files unreadable: printed already. */
  badInput: boolean;
  /** No path could even be listed: nothing to do. */
  nothing: boolean;
}

export async function gatherInputs(
  paths: readonly string[],
  jobs: number,
  io: CliIo,
  lang: Lang,
): Promise<GatheredInputs> {
  const say = messages(lang);
  const found = await findInputs(paths, lang);
  for (const problem of found.problems) io.err(`${problem}\n`);
  const bar = progressBar(io, say.progress.reading, found.files.length);
  const read = await readInputs(found.files, { jobs, onProgress: (done, total) => bar.update(done, total) });
  bar.finish();
  const { sheets, unreadable } = splitInputs(read);
  for (const file of unreadable) io.err(`${file.message[lang]}\n`);
  const bad = new Set(unreadable.map((u) => u.file));
  return {
    files: found.files,
    readable: found.files.filter((file) => !bad.has(file)),
    sheets,
    badInput: found.problems.length > 0 || unreadable.length > 0,
    nothing: found.files.length === 0,
  };
}
