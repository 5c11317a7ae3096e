import { db } from "@/lib/db/client";

// The suite's files share one database, and the delivery job takes whatever is due across organisations, 50 at a
// time: an earlier file's webhook with a thousand pending deliveries (an import's classification events) would fill
// this file's batches. Files that run the job switch off the webhooks that exist before their own tests start.
export async function parkEarlierWebhooks(): Promise<void> {
  await db().webhook.updateMany({ where: { active: true }, data: { active: false } });
}
