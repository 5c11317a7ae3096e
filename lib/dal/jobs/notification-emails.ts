import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { reminderDigestEmail, reminderEmail } from "@/lib/mail/reminder-email";
import { mailConfigured, sendMail } from "@/lib/mail/transport";
import { notificationTextIn } from "@/lib/notifications/text";
import {
  NOTIFICATION_KINDS,
  resolvePrefs,
  type NotificationKind,
  type TNotificationPrefs,
} from "@/lib/validations/notifications";

// SYSTEM-LEVEL, NO ACTOR: e-mails the notifications of every organisation, each to the member it was written for.
//
// "emailedAt" is set once a notification's e-mail is SETTLED: sent, not wanted (the member switched that kind off
// for e-mail, or is no longer a member), or given up after a day. A row whose e-mail is settled leaves the partial
// index "Notification_email_pending_idx" (WHERE "emailedAt" IS NULL), so the every-minute run reads only mail that
// may still go out: with nothing to send it is one empty index range scan. Marking instead of only bounding the
// window by time: otherwise every in-app-only row (a daily digest per reviewer, duties of people who want no mail)
// would be read, and its member's settings looked up, every minute for a day, and would stay in the index forever.
// It also means that switching e-mail back on later does not mail a backlog of old notifications.

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
// How far back a run looks. The every-minute job sends what is new (and retries a failed send for a few minutes);
// the hourly reminder run looks back a day, so a failing address or a mail server that is down is retried hourly,
// not 1,440 times a day. Older than a day, an unsent notification is stale and stays in the app only.
export const EMAIL_LOOKBACK = { minute: 10 * MINUTE, hourly: DAY } as const;
const EMAIL_BATCH = 20_000;

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

// The locale is the one the person chose for the app (English when they never chose), so mail reads like their screens.
type MemberInfo = { prefs: TNotificationPrefs; email: string; locale: Locale };

export async function membersOf(
  candidates: { organizationId: string; userId: string }[],
): Promise<Map<string, MemberInfo>> {
  if (candidates.length === 0) return new Map();
  const pairs = [...new Map(candidates.map((c) => [`${c.organizationId}:${c.userId}`, c])).values()];
  const rows = await db().membership.findMany({
    where: { OR: pairs.map((c) => ({ organizationId: c.organizationId, userId: c.userId })) },
    select: {
      organizationId: true,
      userId: true,
      notificationPrefs: true,
      user: { select: { email: true, locale: true } },
    },
  });
  return new Map(
    rows.map((m) => [
      `${m.organizationId}:${m.userId}`,
      { prefs: resolvePrefs(m.notificationPrefs), email: m.user.email, locale: resolveLocale(m.user.locale, null) },
    ]),
  );
}

/** Sets emailedAt on the rows still unsettled; returns the ids this call settled (none another run took first). */
async function settle(ids: string[], at: Date): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db().$queryRaw<{ id: string }[]>`
    UPDATE "Notification" SET "emailedAt" = ${at}
    WHERE "id" = ANY(${ids}::text[]) AND "emailedAt" IS NULL
    RETURNING "id"`;
  return new Set(rows.map((r) => r.id));
}

// One e-mail per person per run: a single notification is mailed as itself, several become one digest, so that a
// backlog (say, a thousand duties imported as overdue) does not flood anyone's inbox.
export async function sendNotificationEmails(
  now: Date,
  lookBackMs: number = EMAIL_LOOKBACK.minute,
): Promise<{ emailed: number; emailFailures: number }> {
  if (!mailConfigured()) return { emailed: 0, emailFailures: 0 };
  const rows = await db().notification.findMany({
    where: { emailedAt: null, createdAt: { gte: new Date(now.getTime() - lookBackMs) } },
    orderBy: { createdAt: "asc" },
    take: EMAIL_BATCH,
    select: {
      id: true,
      organizationId: true,
      userId: true,
      kind: true,
      title: true,
      body: true,
      message: true,
      href: true,
    },
  });
  if (rows.length === 0) return { emailed: 0, emailFailures: 0 };
  const members = await membersOf(rows);
  const byMember = new Map<string, { email: string; locale: Locale; items: typeof rows }>();
  const unwanted: string[] = [];
  for (const n of rows) {
    const key = `${n.organizationId}:${n.userId}`;
    const member = members.get(key);
    if (!member || !isKind(n.kind) || !member.prefs[n.kind].email) {
      unwanted.push(n.id);
      continue;
    }
    const group = byMember.get(key) ?? { email: member.email, locale: member.locale, items: [] };
    group.items.push(n);
    byMember.set(key, group);
  }
  await settle(unwanted, now);
  const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
  const link = (href: string) => new URL(href, base).toString();
  const preferencesUrl = link("/settings/notifications");
  let emailed = 0;
  let emailFailures = 0;
  for (const { email, locale, items: read } of byMember.values()) {
    // Claimed before sending: pg-boss runs one job of a queue at a time, but the hourly reminder run sends too, and
    // a run that outlives its expiry may overlap the next. Whichever run settles a row first mails it; the other
    // skips it. A crash between claim and send loses that e-mail (the notification stays in the app): at most once.
    const claimedAt = new Date();
    const claimed = await settle(
      read.map((n) => n.id),
      claimedAt,
    );
    // Each row in the member's language from its message; rows written without one keep their stored English.
    const items = read.filter((n) => claimed.has(n.id)).map((n) => ({ ...n, ...notificationTextIn(locale, n) }));
    const [only, ...more] = items;
    if (!only) continue;
    const message =
      more.length === 0
        ? reminderEmail({ locale, to: email, title: only.title, body: only.body, url: link(only.href), preferencesUrl })
        : reminderDigestEmail({
            locale,
            to: email,
            items: items.map((n) => ({ title: n.title, url: link(n.href) })),
            listUrl: link("/notifications"),
            preferencesUrl,
          });
    try {
      await sendMail(message);
      emailed += items.length;
    } catch (err) {
      // Put back, so a later run tries again; one bad address does not stop the others.
      await db().notification.updateMany({
        where: { id: { in: [...claimed] }, emailedAt: claimedAt },
        data: { emailedAt: null },
      });
      log().error({ err, notifications: items.length }, "notification e-mail failed");
      emailFailures += items.length;
    }
  }
  return { emailed, emailFailures };
}

/** Settles notifications older than a day that were never mailed (failed, or mail was not set up): see above. */
export async function giveUpStaleEmails(now: Date): Promise<number> {
  return db().$executeRaw`
    UPDATE "Notification" SET "emailedAt" = ${now}
    WHERE "emailedAt" IS NULL AND "createdAt" < ${new Date(now.getTime() - EMAIL_LOOKBACK.hourly)}`;
}
