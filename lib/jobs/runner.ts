import "server-only";
import PgBoss from "pg-boss";
import { log, withJobLog } from "@/lib/log";
import { metrics } from "@/lib/metrics";
import { JOBS, type JobName } from "./queues";

// One run of a job, logged and counted in the metrics (runs by outcome, run time): a failure is rethrown for pg-boss.
export async function runMeasured(queue: string, run: () => Promise<string | null>): Promise<void> {
  const end = metrics().jobSeconds.startTimer({ job: queue });
  try {
    const line = await run();
    if (line) log().info(line);
    metrics().jobRuns.inc({ job: queue, outcome: "ok" });
  } catch (error) {
    metrics().jobRuns.inc({ job: queue, outcome: "failed" });
    throw error;
  } finally {
    end();
  }
}

export type JobRunner = { boss: PgBoss; trigger: (job: JobName) => Promise<void>; stop: () => Promise<void> };

// Webhooks should leave within seconds of the change, but cron cannot go below a minute: an in-process tick asks for
// a delivery run every few seconds; the "stately" queue policy drops the request while one is already waiting.
const WEBHOOK_TICK_MS = 10_000;

// Starts pg-boss in the app's own database (schema "pgboss": no extra server), creates the queues, schedules the
// recurring jobs and starts the workers. Several app instances may run this: pg-boss hands each job to one worker.
export async function startJobRunner(
  connectionString: string,
  options: { tickMs?: number; pollingIntervalSeconds?: number } = {},
): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString, schema: "pgboss", application_name: "actlas-jobs" });
  boss.on("error", (err) => log().error({ err }, "pg-boss error"));
  await boss.start();
  for (const job of Object.values(JOBS)) {
    // Retries are not needed: each job is idempotent and runs again on its next schedule.
    await boss.createQueue(job.queue, { name: job.queue, policy: "stately", retryLimit: 0, expireInSeconds: 15 * 60 });
    await boss.schedule(job.queue, job.cron, {}, { retryLimit: 0 });
    // Each run gets a job id that every line it logs (however deep in lib/dal or lib/mail) carries.
    await boss.work(job.queue, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, () =>
      withJobLog(job.queue, () => runMeasured(job.queue, job.run)),
    );
  }
  const trigger = async (name: JobName) => {
    await boss.send(JOBS[name].queue, {}, { retryLimit: 0 });
  };
  const tick = setInterval(
    () => void trigger("webhooks").catch((err: unknown) => log().error({ err }, "could not queue webhook delivery")),
    options.tickMs ?? WEBHOOK_TICK_MS,
  );
  tick.unref();
  // Reminders also run once at start, so that a fresh or restarted server does not wait for the next hour.
  await trigger("reminders");
  // Today's dashboard snapshot too, when the server was down at its 00:15 run (a no-op when it exists).
  await trigger("dashboardSnapshots");
  return {
    boss,
    trigger,
    stop: async () => {
      clearInterval(tick);
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
}
