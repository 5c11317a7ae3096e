import "server-only";
import { db } from "@/lib/db/client";
import { formatDuration, incidentClock } from "@/lib/incidents/clock";
import { incidentReference } from "@/lib/incidents/labels";
import { enqueueWebhookEvent } from "@/lib/dal/integrations/internal/webhook-outbox";

// SYSTEM-LEVEL, NO ACTOR, like the reminder job that calls it: reads running Art 73 clocks of every organisation and
// writes each message only to that incident's own organisation's webhooks (enqueueWebhookEvent filters by it).
// A running clock is announced at the same stages as the in-app reminder (started, 2 days left, due today,
// overdue), under the same key, so every hourly run offers it again and each webhook gets it once.
const SOON_MS = 2 * 24 * 60 * 60 * 1000;

export async function enqueueIncidentClockMessages(now: Date): Promise<number> {
  const running = await db().incident.findMany({
    where: {
      status: { not: "CLOSED" },
      awareAt: { not: null },
      initialReportAt: null,
      // Only organisations that listen: most have no channel for this event.
      organization: { webhooks: { some: { active: true, events: { has: "incident.deadline" } } } },
    },
    select: {
      id: true,
      organizationId: true,
      number: true,
      title: true,
      status: true,
      harm: true,
      awareAt: true,
      initialReportAt: true,
      completeReportAt: true,
    },
  });
  let offered = 0;
  for (const incident of running) {
    const clock = incidentClock(incident, now);
    if (!clock.deadline || clock.remainingMs === null) continue;
    const stage = clock.state === "running" ? (clock.remainingMs <= SOON_MS ? "soon" : "started") : clock.state;
    const deadline = clock.deadline.toISOString();
    const when =
      clock.state === "overdue"
        ? `overdue by ${formatDuration(clock.remainingMs)}`
        : `due in ${formatDuration(clock.remainingMs)}`;
    const data = {
      incidentId: incident.id,
      reference: incidentReference(incident.number),
      title: incident.title,
      stage,
      when,
      // The time left when this stage was reached, so a channel in another language can word it (lib/webhooks).
      remainingMs: clock.remainingMs,
      deadline,
      days: clock.days,
    };
    const key = `incident_deadline:${incident.id}:${deadline}:${stage}`;
    await db().$transaction((tx) => enqueueWebhookEvent(tx, incident.organizationId, "incident.deadline", data, key));
    offered++;
  }
  return offered;
}
