import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    // Component tests opt into a DOM with `// @vitest-environment happy-dom`.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
