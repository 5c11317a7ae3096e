import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside a React server bundle; tests run the server code directly, so it becomes a no-op.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // One worker per core. Vitest's default keeps one core free: on CI's two cores that is one worker, which spent
          // most of the stage loading modules file after file.
          maxWorkers: "100%",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // Two files at a time, each worker on its own copy of the run's database (tests/integration/setup.ts).
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
    // The rules engine is the product's core: `npm test` fails if any of its branches goes untested.
    coverage: {
      provider: "v8",
      include: ["lib/rules/**/*.ts"],
      reporter: ["text-summary"],
      thresholds: { branches: 100, functions: 100, lines: 100, statements: 100 },
    },
  },
});
