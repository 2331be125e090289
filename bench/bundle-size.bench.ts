/**
 * The task pane's JavaScript sizes: the scripts taskpane.html loads on the first screen
 * (target: at most 250 KB gzipped) and the chunks loaded on demand (the .xlsx code, loaded
 * only when a file is imported or exported). Builds production into a temporary folder.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { emit, round } from "./harness";

const gzipKb = (bytes: Buffer) => round(gzipSync(bytes, { level: 9 }).length / 1024, 1);

export async function run(): Promise<void> {
  const out = await mkdtemp(join(tmpdir(), "tonghop-size-"));
  try {
    await promisify(execFile)(
      process.execPath,
      [join("node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const html = await readFile(join(out, "taskpane.html"), "utf8");
    // The HTML is minified: attribute quotes may be gone.
    const firstScreen = [...html.matchAll(/<script[^>]+src="?([^"\s>]+\.js)"?/g)]
      .map((m) => m[1]!)
      .filter((src) => !src.startsWith("http"));
    let total = 0;
    for (const src of firstScreen) total += gzipKb(await readFile(join(out, src.replace(/^\//, ""))));
    emit({
      bench: "taskpane-first-screen-js",
      params: { scripts: firstScreen.length, target_kb: 250 },
      value: round(total, 1),
      unit: "KB gzip",
    });
    const all = (await readdir(out)).filter((f) => f.endsWith(".js"));
    let lazy = 0;
    for (const file of all) {
      if (firstScreen.some((src) => src.endsWith(file))) continue;
      lazy += gzipKb(await readFile(join(out, file)));
    }
    emit({
      bench: "taskpane-on-demand-js",
      params: { files: all.length - firstScreen.length },
      value: round(lazy, 1),
      unit: "KB gzip",
    });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
