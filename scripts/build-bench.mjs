// Bundles bench/run.ts for Node, so benchmarks time compiled code, not a transpiler.
import { build } from "esbuild";

await build({
  entryPoints: ["bench/run.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: "dist/bench/run.mjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
