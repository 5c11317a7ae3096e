import { defineConfig } from "@playwright/test";
import fs from "node:fs";

const PORT = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium: Playwright cannot download its own browsers on these machines. Its headless shell (the package
// chromium-headless-shell) when installed: the same engine without the full browser's window and UI machinery, whose
// processes took about a fifth of the CPU of a walk of every page on two cores; the walk took a fifth less time in it.
const chromium =
  process.env.CHROMIUM_PATH ||
  ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) => fs.existsSync(file)) ||
  "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // One folder per server port, so two runs side by side (other ports) never clear or overwrite each other's traces.
  outputDir: `test-results/e2e-${PORT}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The JSON report goes where PLAYWRIGHT_JSON_OUTPUT_FILE says (set by scripts/test.ts for the totals line).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // A fresh embedded Postgres cluster for every run, seeded with the demo organisation.
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    url: `${baseURL}/login`,
    // A cold production build takes 1-3 minutes on a 2-core machine.
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PORT: String(PORT), NEXTAUTH_URL: baseURL },
  },
});
