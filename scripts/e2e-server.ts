// Starts Actlas for the end-to-end tests on a throw-away embedded Postgres cluster (never the dev data), with
// the demo organisation seeded, by running the same start script a user runs.
import { spawn } from "node:child_process";
import fs from "node:fs";

const dataDir = `.data/e2e-${process.env.PORT || "3100"}`;
fs.rmSync(dataDir, { recursive: true, force: true });
// Webhooks and registry syncs in e2e tests talk to receivers and stubs on localhost, which production refuses.
const env: NodeJS.ProcessEnv = { ...process.env, ACTLAS_DATA_DIR: dataDir, ACTLAS_SEED_DEMO: "true", ALLOW_PRIVATE_URLS: "true" };
delete env.DATABASE_URL;
const child = spawn("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/start.ts"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
