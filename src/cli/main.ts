/** The tonghop command's entry point (bundled to dist/cli/tonghop.mjs by scripts/build-cli.mjs). */
import { processIo } from "./io";
import { runCli } from "./program";

process.exitCode = await runCli(process.argv.slice(2), processIo());
