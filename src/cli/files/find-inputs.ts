/**
 * FILE_OR_DIR arguments -> the .xlsx files to read, in a stable order. A file named on the
 * command line is read whatever its extension (so a PDF renamed .xlsx, or a .xls, is read and
 * refused with a message naming it); a folder contributes its .xlsx files (not its
 * subfolders), minus Excel's "~$" lock files and hidden files.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "../messages";
import { messages } from "../messages";

export interface FoundInputs {
  files: string[];
  /** Paths that do not exist, folders with no .xlsx: each one is bad input (exit 2). */
  problems: string[];
}

const WORKBOOK = /\.xlsx$/i;

export async function findInputs(paths: readonly string[], lang: Lang): Promise<FoundInputs> {
  const say = messages(lang).input;
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      problems.push(say.notFound(path));
      continue;
    }
    if (!isDirectory) {
      add(path);
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && WORKBOOK.test(entry.name))
      .map((entry) => entry.name)
      .filter((name) => !name.startsWith("~$") && !name.startsWith("."))
      .sort();
    if (names.length === 0) problems.push(say.noXlsx(path));
    for (const name of names) add(join(path, name));
  }
  return { files, problems };
}
