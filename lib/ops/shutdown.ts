import "server-only";
import { disconnectDb } from "@/lib/db/client";
import { backgroundJobs } from "@/lib/jobs/start";
import { log } from "@/lib/log";

// Graceful shutdown, in two steps the HTTP server (scripts/start/server.mjs) calls through globalThis, since it
// runs outside the app's module graph in the same process:
//   begin()  on SIGTERM: /readyz turns 503 so a load balancer stops sending, while in-flight requests finish;
//   finish() once the server has closed its last connection: the job workers finish their running jobs (pg-boss's
//            graceful stop) and the database pool is ended, so nothing is cut off mid-write.
export type ShutdownHooks = { begin: () => void; finish: () => Promise<void> };

const globalForShutdown = globalThis as unknown as { actlasShutdown?: ShutdownHooks; actlasDraining?: boolean };

/** True once this process has been asked to stop: it finishes what it has and takes no new work. */
export function isDraining(): boolean {
  return globalForShutdown.actlasDraining === true;
}

async function finish(): Promise<void> {
  const runner = await backgroundJobs();
  if (runner && runner !== "disabled") {
    await runner.stop();
    log().info("background jobs stopped (running jobs finished)");
  }
  await disconnectDb();
  log().info("database pool closed; shutdown complete");
}

/** Called once per server process (instrumentation.ts), next to the start of the background jobs. */
export function installShutdownHooks(): void {
  globalForShutdown.actlasShutdown ??= {
    begin: () => {
      if (isDraining()) return;
      globalForShutdown.actlasDraining = true;
      log().info("shutting down: finishing in-flight requests, taking no new ones");
    },
    finish,
  };
}
