import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { writtenNotification, type NotificationPart } from "@/lib/notifications/text";
import { outstandingReaders, type OutstandingReader } from "@/lib/dal/policies/internal/outstanding";
import type { Candidate } from "./candidate";
import { officersByOrganization } from "./officers";

// A published policy asks everyone in its audience to acknowledge it. Publishing tells them once (notifyAudience);
// whoever has still not acknowledged that version after the grace period is reminded, then once a week while it
// stays outstanding. The key carries the week's number counted from the end of the grace period, so the hourly job
// offers the same reminder all week and it is written once; a new version starts its own count. The policy's owner
// and its approver get one digest a week of who is outstanding (the compliance officers when the policy has
// neither). Read across organisations (see reminders.ts): every candidate carries the version's own organisation
// and its audience is read from that organisation's members only. Only the outstanding readers are read, in SQL and
// in batches (lib/dal/policies/internal/outstanding.ts): the acknowledgements, which only grow, stay in the database.
const DAY = 24 * 60 * 60 * 1000;
export const ACK_GRACE_DAYS = 14;
export const ACK_CADENCE_DAYS = 7;
const NAMES_IN_DIGEST = 10;

const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Which reminder of the schedule is due today: null inside the grace period, then 0, 1, 2 … one per cadence. */
export function acknowledgementSlot(publishedAt: Date, now: Date): number | null {
  const due = startOfUtcDay(publishedAt).getTime() + ACK_GRACE_DAYS * DAY;
  const today = startOfUtcDay(now).getTime();
  return today < due ? null : Math.floor((today - due) / (ACK_CADENCE_DAYS * DAY));
}

export async function policyAcknowledgementCandidates(now: Date, batchSize?: number): Promise<Candidate[]> {
  const graceEnded = new Date(startOfUtcDay(now).getTime() - (ACK_GRACE_DAYS - 1) * DAY);
  const versions = await db().policyVersion.findMany({
    where: { status: "PUBLISHED", publishedAt: { lt: graceEnded } },
    select: {
      id: true,
      organizationId: true,
      number: true,
      publishedAt: true,
      approvedById: true,
      policy: { select: { id: true, title: true, ownerId: true } },
    },
  });
  if (versions.length === 0) return [];
  const [readers, officers] = await Promise.all([
    outstandingReaders(
      versions.map((v) => v.id),
      batchSize,
    ),
    officersByOrganization(versions.map((v) => v.organizationId)),
  ]);
  const outstandingOf = new Map<string, OutstandingReader[]>();
  for (const r of readers) {
    const list = outstandingOf.get(r.versionId) ?? [];
    list.push(r);
    outstandingOf.set(r.versionId, list);
  }
  return versions.flatMap((v) => {
    const slot = v.publishedAt ? acknowledgementSlot(v.publishedAt, now) : null;
    const outstanding = outstandingOf.get(v.id) ?? [];
    if (slot === null || outstanding.length === 0) return [];
    const href = `/policies/${v.policy.id}`;
    const named = { policy: v.policy.title, version: v.number };
    const published = isoDay(v.publishedAt) ?? "";
    const personal: Candidate[] = outstanding.map((m) => ({
      organizationId: v.organizationId,
      userId: m.userId,
      kind: "policy_published",
      ...writtenNotification({
        title: [{ key: "policyAckDueTitle", values: named }],
        body: [{ key: "policyAckDueBody", values: { published } }],
      }),
      href,
      dedupeKey: `policy_ack_due:${v.id}:${slot}`,
    }));
    const owners = [...new Set([v.policy.ownerId, v.approvedById].filter((id): id is string => !!id))];
    const digestTo = owners.length ? owners : (officers.get(v.organizationId) ?? []);
    const digest: Candidate[] = digestTo.map((userId) => ({
      organizationId: v.organizationId,
      userId,
      kind: "policy_acknowledgements_outstanding",
      ...writtenNotification({
        title: [{ key: "policyAckOutstandingTitle", values: { ...named, count: outstanding.length } }],
        body: [stillToAcknowledge(published, outstanding)],
      }),
      href,
      dedupeKey: `policy_ack_outstanding:${v.id}:${slot}`,
    }));
    return [...digest, ...personal];
  });
}

function stillToAcknowledge(published: string, people: OutstandingReader[]): NotificationPart {
  const sorted = [...people].sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  const names = sorted
    .slice(0, NAMES_IN_DIGEST)
    .map((m) => m.name || m.email)
    .join(", ");
  const more = sorted.length - NAMES_IN_DIGEST;
  return more > 0
    ? { key: "policyAckOutstandingMoreBody", values: { published, names, more } }
    : { key: "policyAckOutstandingBody", values: { published, names } };
}
