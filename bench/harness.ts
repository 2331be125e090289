/**
 * The benchmark harness: each benchmark prints one JSON line
 * {"bench": NAME, "params": {...}, "value": N, "unit": "ms"}. Figures are recorded in
 * docs/BENCHMARKS.md, never asserted by tests: the machines are shared and noisy.
 */
export interface BenchLine {
  bench: string;
  params: Record<string, unknown>;
  value: number;
  unit: string;
}

export function emit(line: BenchLine): void {
  console.log(JSON.stringify(line));
}

/**
 * Runs fn a few times after a warm-up and reports the median wall time in ms.
 * The median resists the noise of a shared machine better than the mean.
 */
export async function timeMedian(
  bench: string,
  params: Record<string, unknown>,
  fn: () => unknown,
  options: { warmup?: number; runs?: number } = {},
): Promise<number> {
  const warmup = options.warmup ?? 2;
  const runs = options.runs ?? 7;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  emit({ bench, params: { ...params, runs }, value: round(median), unit: "ms" });
  return median;
}

export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
