import { runReminders } from "@/lib/dal/reminders";
import { deliverPendingWebhooks } from "@/lib/dal/webhook-delivery";

// Each job is a plain async function (tests call them directly); pg-boss only decides when and where they run.
export const JOBS = {
  reminders: { queue: "actlas-reminders", cron: "5 * * * *", run: () => runReminders(new Date()) },
  webhooks: { queue: "actlas-webhook-delivery", cron: "* * * * *", run: () => deliverPendingWebhooks(new Date()) },
} as const;

export type JobName = keyof typeof JOBS;
