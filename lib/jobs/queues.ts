import { runReminders } from "@/lib/dal/jobs/reminders";
import { syncDueRegistryConnections } from "@/lib/dal/integrations/registry-sync";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";

type Job = { queue: string; cron: string; run: () => Promise<string | null> };

// Each job is a plain async function (tests call them directly); pg-boss only decides when and where they run.
// run() returns a line for the server log, or null when there was nothing to do.
export const JOBS = {
  reminders: {
    queue: "actlas-reminders",
    cron: "5 * * * *",
    run: async () => `reminders: ${JSON.stringify(await runReminders(new Date()))}`,
  },
  webhooks: {
    queue: "actlas-webhook-delivery",
    cron: "* * * * *",
    run: async () => {
      const r = await deliverPendingWebhooks(new Date());
      return r.delivered + r.retried + r.failed > 0 ? `webhooks: ${JSON.stringify(r)}` : null;
    },
  },
  // Each connection has its own interval; this only looks for connections that are due.
  registrySync: {
    queue: "actlas-registry-sync",
    cron: "*/5 * * * *",
    run: async () => {
      const results = await syncDueRegistryConnections(new Date());
      return results.length > 0
        ? `registry sync: ${results.map((r) => `${r.connectionId}=${r.status}`).join(", ")}`
        : null;
    },
  },
} as const satisfies Record<string, Job>;

export type JobName = keyof typeof JOBS;
