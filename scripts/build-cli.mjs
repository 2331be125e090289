// Bundles the command line for Node (npm run build:cli): src/cli/main.ts becomes
// dist/cli/tonghop.mjs, and the file-reading worker sits beside it as read-worker.mjs
// (main finds it by URL next to itself). Packages stay external: node_modules is there.
import { build } from "esbuild";

await build({
  entryPoints: {
    tonghop: "src/cli/main.ts",
    "read-worker": "src/cli/files/read-worker.ts",
  },
  outdir: "dist/cli",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
