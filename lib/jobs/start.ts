import "server-only";
import { env, requireDatabaseUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { startJobRunner, type JobRunner } from "./runner";

const globalForJobs = globalThis as unknown as { actlasJobs?: Promise<JobRunner | null> };

// Called from instrumentation.ts once per server process. A failure to start jobs is logged, not fatal: the app
// still serves requests, and reminders and webhooks catch up when the next process starts them.
export function startBackgroundJobs(): Promise<JobRunner | null> {
  globalForJobs.actlasJobs ??= (async () => {
    if (env().JOBS_ENABLED !== "true" || !env().DATABASE_URL) return null;
    try {
      const runner = await startJobRunner(requireDatabaseUrl());
      log().info(
        "background jobs started (reminders hourly, notification e-mails every minute, webhook deliveries every 10 s, registry syncs every 5 min)",
      );
      return runner;
    } catch (err) {
      log().error({ err }, "background jobs could not start");
      return null;
    }
  })();
  return globalForJobs.actlasJobs;
}

/** The runner of this process: "disabled" when jobs are off here, null when they failed to start or were never started. */
export async function backgroundJobs(): Promise<JobRunner | "disabled" | null> {
  if (env().JOBS_ENABLED !== "true" || !env().DATABASE_URL) return "disabled";
  return (await globalForJobs.actlasJobs) ?? null;
}
