// Next.js calls register() once when a server process starts. Background jobs (pg-boss) need Node.js APIs and a
// database, so they start only in the Node.js runtime; lib/jobs/start.ts checks JOBS_ENABLED.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundJobs } = await import("./lib/jobs/start");
  const { installShutdownHooks } = await import("./lib/ops/shutdown");
  // scripts/start/server.mjs calls these on SIGTERM: drain requests, then let running jobs finish.
  installShutdownHooks();
  // Not awaited: the server answers requests while pg-boss installs its schema and starts.
  void startBackgroundJobs();
}
