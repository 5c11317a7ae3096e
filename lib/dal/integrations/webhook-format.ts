import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SetWebhookFormatInput } from "@/lib/validations/webhooks";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { assertWebhookUrl } from "./internal/webhook-url";

// A channel set up as Generic JSON and later moved to Slack or Teams (or back) keeps its URL, secret, events and
// history. Deliveries still waiting are rendered at send time, so they go out in the new format. The saved URL must
// suit the new format; the form shows that next to the format it was changed to.
export async function setWebhookFormat(actor: Actor, input: SetWebhookFormatInput): Promise<void> {
  const member = await authorize(actor, "integration.manage");
  const hook = await db().webhook.findFirst({
    where: { id: input.webhookId, organizationId: member.organizationId },
    select: { id: true, url: true, format: true },
  });
  if (!hook) throw notFound("webhook");
  if (hook.format === input.format) return;
  try {
    await assertWebhookUrl(hook.url, input.format);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "VALIDATION") throw e;
    throw new AppError("VALIDATION", e.message, { fieldErrors: { format: [e.message] } });
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.webhook.updateMany({
      where: { id: hook.id, organizationId: member.organizationId },
      data: { format: input.format },
    });
    if (count === 0) throw notFound("webhook");
    await writeAudit(tx, member, {
      action: "webhook.format",
      entityType: "Webhook",
      entityId: hook.id,
      before: { format: hook.format },
      after: { format: input.format },
    });
  });
}
