/**
 * Reads many .xlsx files into snapshots. With more than one job and enough files, the
 * reading runs in worker threads as well as this one (parsing is CPU work); otherwise in
 * this thread, one file after another: a file is read from disk synchronously
 * (open-package.ts), so there is no disk wait for a second file to fill. Results keep the
 * order of the files. A file is never half read: each result is all its sheets or one error.
 *
 * On the shared 2-core machine, one worker beside this thread reads 608 unit files no
 * faster than this thread alone (docs/BENCHMARKS.md, "600 unit files": the second core is
 * already busy with garbage collection and compression); on a machine with more cores the
 * workers do share the work.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { readWorkbook, type ReadWorkbookResult } from "../../xlsx";
import { en } from "../messages/en";
import { vi } from "../messages/vi";
import type { ReadRequest, ReadResponse } from "./read-protocol";

export interface ReadInput {
  /** The path as the user gave it (or as found in their folder): the name in every message. */
  file: string;
  result: ReadWorkbookResult;
}

export interface ReadInputsOptions {
  /** Files read at once; default: the machine's cores. 1 reads in this process. */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files, starting workers costs more than it saves. */
const WORKERS_FROM = 24;
const WORKER_URL = new URL("./read-worker.mjs", import.meta.url);

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function readInputs(
  files: readonly string[],
  options: ReadInputsOptions = {},
): Promise<ReadInput[]> {
  const jobs = options.jobs ?? defaultJobs();
  let done = 0;
  const progress = () => options.onProgress?.(++done, files.length);
  // The worker is a file beside the bundle; running from source (tests of modules) it is not.
  const workerFile = WORKER_URL.protocol === "file:" ? fileURLToPath(WORKER_URL) : undefined;
  if (jobs > 1 && files.length >= WORKERS_FROM && workerFile !== undefined && existsSync(workerFile))
    return readInWorkers(files, jobs - 1, progress);
  const inputs: ReadInput[] = [];
  for (const file of files) {
    inputs.push({ file, result: await readWorkbook(file, { fileName: file }) });
    progress();
  }
  return inputs;
}

/** Files handed to a worker ahead of its answers: it never waits for this busy thread to ask for more. */
const WORKER_QUEUE = 4;

/**
 * `count` workers and this thread read side by side, each taking the next file when done:
 * this thread would otherwise only wait. A worker holds a few files at once (WORKER_QUEUE):
 * with one, it sat idle after each file until this thread, busy reading its own, got round
 * to sending the next, and the worker paid nothing (docs/BENCHMARKS.md, "600 unit files").
 */
function readInWorkers(files: readonly string[], count: number, progress: () => void): Promise<ReadInput[]> {
  return new Promise((resolve) => {
    const results = new Array<ReadInput>(files.length);
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    const finish = (index: number, result: ReadWorkbookResult) => {
      results[index] = { file: files[index]!, result };
      progress();
      if (++finished === files.length) {
        for (const worker of workers) void worker.terminate();
        resolve(results);
      }
    };
    for (let w = 0; w < count; w++) {
      const worker = new Worker(WORKER_URL);
      const held = new Set<number>();
      const feed = () => {
        while (held.size < WORKER_QUEUE && next < files.length) {
          const index = next++;
          held.add(index);
          worker.postMessage({
            id: index,
            path: files[index]!,
            fileName: files[index]!,
          } satisfies ReadRequest);
        }
      };
      worker.on("message", (response: ReadResponse) => {
        held.delete(response.id);
        finish(
          response.id,
          "result" in response ? response.result : crashed(files[response.id]!, response.crash),
        );
        feed();
      });
      // A worker that dies takes only the files it held with it; the others carry on.
      worker.on("error", (error) => {
        for (const index of held) finish(index, crashed(files[index]!, error.message));
        held.clear();
      });
      workers.push(worker);
      feed();
    }
    const lane = async (): Promise<void> => {
      while (next < files.length) {
        const index = next++;
        finish(index, await readWorkbook(files[index]!, { fileName: files[index]! }));
        // Reading never waits, so without this the workers' answers (and their next files)
        // would queue until this thread had read every file itself.
        await new Promise(setImmediate);
      }
    };
    void lane();
  });
}

function crashed(file: string, detail: string): ReadWorkbookResult {
  return {
    ok: false,
    error: {
      code: "unreadable",
      vi: vi.input.cannotRead(file, detail),
      en: en.input.cannotRead(file, detail),
    },
  };
}
