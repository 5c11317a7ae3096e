import "server-only";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { REFRESHER_WINDOW_DAYS as EXPIRY_WINDOW_DAYS } from "@/lib/literacy/coverage";
import { writtenNotification, type NotificationMessage } from "@/lib/notifications/text";
import type { Candidate } from "./candidate";
import { officersByOrganization } from "./officers";

// Art 4 training has to stay current: a completion that expires within 30 days, or has expired, and is the person's
// latest completion of that item (a newer one is the refresher) is due for a refresher. The compliance officers get
// one digest per organisation per day; the person trained gets a note of their own when they have an account in
// that organisation (a member: writeNotifications checks it). Read across organisations (see reminders.ts).
const DAY = 24 * 60 * 60 * 1000;

type Row = {
  id: string;
  organizationId: string;
  userId: string | null;
  personId: string;
  title: string;
  expiresOn: Date;
};

export async function literacyExpiryCandidates(now: Date): Promise<Candidate[]> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const until = new Date(today.getTime() + (EXPIRY_WINDOW_DAYS + 1) * DAY);
  // Only completions inside the window are read; one with a newer completion of the same item by the same person
  // (completed later, or recorded later on the same day) has been refreshed and is left out.
  const rows = await db().$queryRaw<Row[]>`
    SELECT c.id, c."organizationId", p."userId", c."personId", i.title, c."expiresOn"
    FROM "LiteracyCompletion" c
    JOIN "LiteracyPerson" p ON p.id = c."personId" AND p."organizationId" = c."organizationId"
    JOIN "LearningItem" i ON i.id = c."itemId" AND i."organizationId" = c."organizationId"
    WHERE c."expiresOn" IS NOT NULL AND c."expiresOn" < ${until}
      AND NOT EXISTS (
        SELECT 1 FROM "LiteracyCompletion" n
        WHERE n."organizationId" = c."organizationId" AND n."personId" = c."personId" AND n."itemId" = c."itemId"
          AND (n."completedOn", n."createdAt", n.id) > (c."completedOn", c."createdAt", c.id))`;
  if (rows.length === 0) return [];
  const day = isoDay(today);
  const byOrg = new Map<string, { expired: number; soon: number }>();
  const personal: Candidate[] = [];
  for (const r of rows) {
    const expired = r.expiresOn < today;
    const counts = byOrg.get(r.organizationId) ?? { expired: 0, soon: 0 };
    counts[expired ? "expired" : "soon"] += 1;
    byOrg.set(r.organizationId, counts);
    const about = { item: r.title, expires: isoDay(r.expiresOn) };
    if (r.userId)
      personal.push({
        organizationId: r.organizationId,
        userId: r.userId,
        kind: "literacy_expiring",
        ...writtenNotification({
          title: [{ key: expired ? "literacyExpiredTitle" : "literacyExpiresTitle", values: about }],
          body: [{ key: expired ? "literacyExpiredBody" : "literacyExpiresBody", values: about }],
        }),
        href: `/literacy?tab=people&person=${r.personId}`,
        dedupeKey: `literacy_expiring:${r.id}:${expired ? "expired" : "soon"}`,
      });
  }
  const officers = await officersByOrganization([...byOrg.keys()]);
  const digests = [...byOrg].flatMap(([organizationId, counts]) =>
    (officers.get(organizationId) ?? []).map((userId) => ({
      organizationId,
      userId,
      kind: "literacy_expiring" as const,
      ...writtenNotification(digest(counts)),
      href: "/literacy?tab=people",
      // One a day per organisation (a person may be an officer in two organisations).
      dedupeKey: `literacy_expiring:${organizationId}:${day}`,
    })),
  );
  return [...digests, ...personal];
}

function digest({ expired, soon }: { expired: number; soon: number }): NotificationMessage {
  const days = EXPIRY_WINDOW_DAYS;
  const key = soon && expired ? "literacyBothTitle" : soon ? "literacySoonTitle" : "literacyLapsedTitle";
  return { title: [{ key, values: { soon, expired, days } }], body: [{ key: "literacyDigestBody" }] };
}
