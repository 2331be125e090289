#!/usr/bin/env node
// The tonghop command: runs the bundle that `npm run build:cli` writes to dist/cli.
import { access } from "node:fs/promises";

const bundle = new URL("../dist/cli/tonghop.mjs", import.meta.url);
try {
  await access(bundle);
} catch {
  process.stderr.write(
    "tonghop: chưa dựng chương trình dòng lệnh, hãy chạy: npm run build:cli\n" +
      "tonghop: the command line is not built yet, run: npm run build:cli\n",
  );
  process.exit(2);
}
await import(bundle.href);
