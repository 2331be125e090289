/**
 * npm run bench: every benchmark of the project, one JSON object per line.
 * Each module exports `run()`; add new ones to the list below.
 */
const modules: Array<() => Promise<{ run: () => Promise<void> }>> = [
  // Benchmarks register here, e.g. () => import("./consolidate.bench"),
  () => import("./consolidate.bench"),
  () => import("./validate.bench"),
  () => import("./excel-host.bench"),
  () => import("./cli.bench"),
  () => import("./bundle-size.bench"),
];

export {};

for (const load of modules) {
  const mod = await load();
  await mod.run();
}
