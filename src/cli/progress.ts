/**
 * A progress bar on stderr for long runs, drawn only when stderr is a terminal (a script
 * that captures stderr gets clean messages) and only for runs long enough to need one.
 * Redrawn at most ten times a second; cleared when done.
 */
import type { CliIo } from "./io";

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const SHOW_FROM = 20;
const FRAME_MS = 100;
const NONE: Progress = { update: () => undefined, finish: () => undefined };

export function progressBar(io: CliIo, label: string, total: number): Progress {
  if (!io.errIsTty || total < SHOW_FROM) return NONE;
  let last = 0;
  let drawn = false;
  const draw = (done: number) => {
    const counter = ` ${done}/${total}`;
    const width = Math.max(10, Math.min(40, io.columns - label.length - counter.length - 4));
    const filled = Math.round((done / total) * width);
    io.err(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}]${counter}`);
    drawn = true;
  };
  return {
    update(done) {
      const now = Date.now();
      if (done < total && now - last < FRAME_MS) return;
      last = now;
      draw(done);
    },
    finish() {
      if (drawn) io.err(`\r${" ".repeat(Math.max(0, io.columns - 1))}\r`);
    },
  };
}
