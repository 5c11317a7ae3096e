import { metrics } from "@/lib/metrics";
import { writeDashboardSnapshots } from "@/lib/dal/jobs/dashboard-snapshots";
import { sendNotificationEmails } from "@/lib/dal/jobs/notification-emails";
import { runReminders } from "@/lib/dal/jobs/reminders";
import { syncDueRegistryConnections } from "@/lib/dal/integrations/registry-sync";
import { deliverPendingWebhooks } from "@/lib/dal/jobs/webhook-delivery";

// What a run did (reminders created, e-mails sent or failed, webhooks delivered, retried or failed) into the metrics:
// each numeric field of the job's result is an outcome.
function counted<R extends Record<string, unknown>>(job: string, result: R): R {
  for (const [outcome, value] of Object.entries(result))
    if (typeof value === "number" && value > 0) metrics().outcomes.inc({ job, outcome }, value);
  return result;
}

type Job = { queue: string; cron: string; run: () => Promise<string | null> };

// Each job is a plain async function (tests call them directly); pg-boss only decides when and where they run.
// run() returns a line for the server log, or null when there was nothing to do.
export const JOBS = {
  reminders: {
    queue: "actlas-reminders",
    cron: "5 * * * *",
    run: async () => `reminders: ${JSON.stringify(counted("reminders", await runReminders(new Date())))}`,
  },
  // Requests for legal review and replies are addressed to a person: their e-mail leaves within a minute or two
  // instead of at the hourly reminder run. Cheap when there is nothing to send (one partial-index range scan).
  notificationEmails: {
    queue: "actlas-notification-emails",
    cron: "* * * * *",
    run: async () => {
      const r = counted("notificationEmails", await sendNotificationEmails(new Date()));
      return r.emailed + r.emailFailures > 0 ? `notification e-mails: ${JSON.stringify(r)}` : null;
    },
  },
  webhooks: {
    queue: "actlas-webhook-delivery",
    cron: "* * * * *",
    run: async () => {
      const r = counted("webhooks", await deliverPendingWebhooks(new Date()));
      return r.delivered + r.retried + r.failed > 0 ? `webhooks: ${JSON.stringify(r)}` : null;
    },
  },
  // The dashboard trend's daily figures, shortly after midnight UTC; also queued at start (lib/jobs/runner.ts) so a
  // server that was down at 00:15 still writes today's. Writes only organisations without today's row.
  dashboardSnapshots: {
    queue: "actlas-dashboard-snapshots",
    cron: "15 0 * * *",
    run: async () => {
      const r = await writeDashboardSnapshots(new Date());
      return r.written > 0 ? `dashboard snapshots: ${JSON.stringify(r)}` : null;
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
