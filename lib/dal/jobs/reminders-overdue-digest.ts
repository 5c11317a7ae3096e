import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";

// SYSTEM-LEVEL, NO ACTOR, like the reminder job that calls it: counts overdue duties of every organisation whose
// channels subscribed to the digest, and writes each count only to that organisation's webhooks. One message per
// organisation per day (the key carries the day), however often the hourly job runs; nothing when none is overdue.
const OPEN = ["NOT_STARTED", "IN_PROGRESS"] as const;
const OLDEST = 5;

export async function enqueueOverdueDigests(now: Date): Promise<number> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // Few organisations listen: find them first rather than count every organisation's overdue duties.
  const listening = await db().webhook.findMany({
    where: { active: true, events: { has: "obligations.overdue" } },
    distinct: ["organizationId"],
    select: { organizationId: true },
  });
  if (listening.length === 0) return 0;
  const overdue = {
    organizationId: { in: listening.map((w) => w.organizationId) },
    status: { in: [...OPEN] },
    obsoleteAt: null,
    dueDate: { lt: today },
  };
  const counts = await db().obligation.groupBy({ by: ["organizationId"], where: overdue, _count: { _all: true } });
  for (const { organizationId, _count } of counts) {
    const oldest = await db().obligation.findMany({
      where: { ...overdue, organizationId },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: OLDEST,
      select: { title: true, article: true, dueDate: true, system: { select: { name: true } } },
    });
    const data = {
      count: _count._all,
      day: isoDay(today),
      oldest: oldest.map((o) => ({
        title: o.title,
        article: o.article,
        system: o.system.name,
        dueDate: o.dueDate ? isoDay(o.dueDate) : null,
      })),
    };
    await db().$transaction((tx) =>
      enqueueWebhookEvent(tx, organizationId, "obligations.overdue", data, `obligations_overdue:${data.day}`),
    );
  }
  return counts.length;
}
