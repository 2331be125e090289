/**
 * The target: 600 unit files (every ward of a large city, plus the eight offices)
 * read, validated and consolidated by the command line, wall time and peak memory, beside
 * the same job done by a plain Python script with openpyxl (bench/openpyxl_consolidate.py),
 * measured in the same run. Target: at most half the openpyxl script's time.
 *
 * The files are generated once per run into a temp folder (templates filled with sample
 * figures, as a clerk would type them), outside the timed part. Each program runs as its
 * own process, as a user runs it, three times; the median wall time and the peak RSS of
 * that run are reported (peak RSS from /usr/bin/time -v when present, else from the
 * child's resource usage).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templateJob } from "../src/core/jobs";
import { samplePlans, sampleReports, syntheticUnits } from "../src/core/sample";
import { builtinTemplate } from "../src/core/template/load-template";
import { typeIntoPlan } from "../src/cli/demo/type-into-plan";
import { typedCells } from "../src/cli/demo/typed-cells";
import { writeWorkbookFile } from "../src/xlsx";
import { emit, round } from "./harness";

const WARDS = 600;
const RUNS = 3;
const PERIOD = { year: 2024, month: 10 };

interface Measured {
  ms: number;
  peakMb: number | null;
  code: number | null;
}

/** Debian's python3 has python3-openpyxl (scripts/install-system.sh); a pyenv python3 may not. */
function python(): string | undefined {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(candidate, ["-c", "import openpyxl"], { stdio: "ignore" });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

function measure(command: string, args: string[]): Measured {
  const timeV = existsSync("/usr/bin/time");
  const start = performance.now();
  const run = timeV
    ? spawnSync("/usr/bin/time", ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  const kb = timeV ? /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] : undefined;
  return { ms, peakMb: kb === undefined ? null : round(Number(kb) / 1024, 1), code: run.status };
}

function median(runs: Measured[]): Measured {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
}

export async function generate(dir: string): Promise<{ files: number; unitsCsv: string }> {
  const template = builtinTemplate;
  const units = syntheticUnits(WARDS);
  const plans = samplePlans({ template, units, seed: 7 });
  const reports = new Map(
    sampleReports({ template, units, period: PERIOD, seed: 7, plans }).map((r) => [r.unitId, r] as const),
  );
  const blanks = templateJob({ template, units, period: "2024-10", deadline: "2024-11-05", plans });
  const submissions = join(dir, "bao-cao");
  mkdirSync(submissions, { recursive: true });
  for (const [i, blank] of blanks.entries()) {
    const report = reports.get(blank.unitId)!;
    const cells = typedCells(report, blank.layout, {
      name: "Nguyễn Thị Lan",
      phone: "024 3858 1000",
      sentOn: i % 2 ? "2024-11-04" : "2024-11-05",
    });
    await writeWorkbookFile(
      typeIntoPlan(blank.plan, blank.plan.sheets[0]!.name, cells),
      join(submissions, blank.fileName),
    );
  }
  const unitsCsv = join(dir, "units.csv");
  writeFileSync(
    unitsCsv,
    ["id,name,kind,office", ...units.map((u) => `${u.id},${u.name},${u.kind},${u.office ?? ""}`)].join("\n"),
  );
  return { files: blanks.length, unitsCsv };
}

export async function run(): Promise<void> {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "tonghop-bench-cli-"));
  try {
    const { files, unitsCsv } = await generate(dir);
    const submissions = join(dir, "bao-cao");
    const cli = (jobs: number) => [
      "dist/cli/tonghop.mjs",
      "consolidate",
      submissions,
      "--period",
      "2024-10",
      "--units",
      unitsCsv,
      "--deadline",
      "2024-11-05",
      "--out",
      join(dir, "tong-hop.xlsx"),
      "--json",
      join(dir, "tong-hop.json"),
      "--jobs",
      String(jobs),
    ];
    const results: Record<string, Measured> = {};
    const variants: [string, string, string[]][] = [
      ["tonghop --jobs 2 (worker threads)", process.execPath, cli(2)],
      ["tonghop --jobs 1 (one thread)", process.execPath, cli(1)],
    ];
    const py = python();
    if (py)
      variants.push([
        "openpyxl script",
        py,
        ["bench/openpyxl_consolidate.py", submissions, join(dir, "openpyxl.xlsx")],
      ]);
    else console.error("cli.bench: no python3 with openpyxl; run bash scripts/install-system.sh");
    for (const [name, command, args] of variants) {
      const m = median(Array.from({ length: RUNS }, () => measure(command, args)));
      results[name] = m;
      const params = { program: name, files, runs: RUNS, exit: m.code };
      emit({ bench: "cli-consolidate-wall", params, value: round(m.ms, 0), unit: "ms" });
      if (m.peakMb !== null) emit({ bench: "cli-consolidate-peak-rss", params, value: m.peakMb, unit: "MB" });
    }
    const baseline = results["openpyxl script"];
    for (const name of Object.keys(results).filter((n) => n.startsWith("tonghop")))
      if (baseline)
        emit({
          bench: "cli-consolidate-vs-openpyxl",
          params: { program: name, files, target: "<= 0.5" },
          value: round(results[name]!.ms / baseline.ms, 2),
          unit: "ratio",
        });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
