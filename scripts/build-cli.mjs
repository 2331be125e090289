// Bundles the command line for Node (npm run build:cli): src/cli/main.ts becomes
// dist/cli/tonghop.mjs, and the file-reading worker sits beside it as read-worker.mjs
// (main finds it by URL next to itself).
//
// The packages are bundled too, and ExcelJS, imported only when a workbook is written, goes
// into a chunk of its own that loads on first use. Node resolving ExcelJS's few hundred
// files one by one took 0.14 s of a run; one bundled chunk loads in 0.07 s, and --help
// starts in 0.12 s instead of 0.17 s (docs/BENCHMARKS.md, "600 unit files").
import { readdirSync, rmSync } from "node:fs";
import { basename } from "node:path";
import { build } from "esbuild";

const OUT = "dist/cli";

const result = await build({
  entryPoints: {
    tonghop: "src/cli/main.ts",
    "read-worker": "src/cli/files/read-worker.ts",
  },
  outdir: OUT,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  // Chunks sit beside the entries: a module's URL-relative paths (the worker) are the same
  // whichever file esbuild puts it in.
  chunkNames: "[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  metafile: true,
  logLevel: "warning",
  // The CommonJS packages (ExcelJS, JSZip...) call require() for Node's own modules, which an
  // ES module does not have: give every output one.
  banner: {
    js: 'import { createRequire as __tonghopCreateRequire } from "node:module"; const require = __tonghopCreateRequire(import.meta.url);',
  },
});

// Chunks of earlier builds (their names carry a hash of their content) go; this build's stay.
// Another build of the same sources writes the same names, so a run in progress keeps its files.
const current = new Set(Object.keys(result.metafile.outputs).map((path) => basename(path)));
for (const name of readdirSync(OUT)) if (!current.has(name)) rmSync(`${OUT}/${name}`, { force: true });
