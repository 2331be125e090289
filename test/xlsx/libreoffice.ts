/**
 * LibreOffice as an independent reader and writer: converts a file to .xlsx with
 * `soffice --headless --convert-to xlsx`, in a fresh profile each run (a shared profile
 * locks and lingers), with a timeout. A missing soffice is an error that names the program.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TIMEOUT_MS = 120_000;

export class LibreOfficeMissingError extends Error {
  override name = "LibreOfficeMissingError";
}

function runSoffice(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { timeout: TIMEOUT_MS }, (error, _stdout, stderr) => {
      if (!error) resolve();
      else if (error.code === "ENOENT")
        reject(
          new LibreOfficeMissingError(
            "LibreOffice (the program `soffice`) is not installed: run `bash scripts/install-system.sh` as root " +
              "(it installs libreoffice-calc-nogui).",
          ),
        );
      else if (error.killed) reject(new Error(`soffice did not finish within ${TIMEOUT_MS / 1000} s`));
      else reject(new Error(`soffice failed (${error.message}): ${stderr}`));
    });
  });
}

/** Convert `input` (bytes of a file named `name`) with LibreOffice; returns the converted bytes. */
export async function convertWithLibreOffice(input: Buffer, name: string, to = "xlsx"): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "tonghop-lo-"));
  const inDir = join(work, "in");
  const outDir = join(work, "out");
  try {
    await mkdir(inDir);
    await mkdir(outDir);
    await writeFile(join(inDir, name), input);
    await runSoffice([
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      join(inDir, name),
    ]);
    const produced = await readdir(outDir);
    if (produced.length !== 1)
      throw new Error(`soffice produced ${produced.length} files: ${produced.join(", ")}`);
    return await readFile(join(outDir, produced[0]!));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
