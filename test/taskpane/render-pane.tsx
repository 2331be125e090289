/** Renders the task pane inside Excel over an in-memory workbook, at a fixed time. */
import { configure, render } from "@testing-library/react";
import type { Screen } from "../../src/taskpane/App";
import { Shell } from "../../src/taskpane/Shell";
import type { WorkbookPort } from "../../src/taskpane/use-cases";
import { MemoryWorkbook } from "./memory-workbook";

export const NOW = new Date("2024-11-04T03:00:00Z");

// A role query over a whole result card takes hundreds of milliseconds in happy-dom, so on a
// loaded machine findBy's default wait of 1 s ran out after one or two tries (it failed once,
// in a clean-clone run of .ci/run). Waiting longer costs nothing when the element is there.
configure({ asyncUtilTimeout: 10_000 });

export function renderPane(
  options: {
    port?: WorkbookPort;
    language?: "vi-VN" | "en-US";
    screen?: Screen;
    saved?: { name: string; bytes: Uint8Array }[];
  } = {},
) {
  const port = options.port ?? new MemoryWorkbook();
  const saved = options.saved ?? [];
  render(
    <Shell
      host={{ kind: "excel", displayLanguage: options.language ?? "en-US", meetsMinimum: true, minimum: "1.8" }}
      port={port}
      save={(name, bytes) => {
        saved.push({ name, bytes });
      }}
      now={() => NOW}
      {...(options.screen ? { initialScreen: options.screen } : {})}
    />,
  );
  return { port, saved };
}
