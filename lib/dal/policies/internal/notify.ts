import "server-only";
import type { Tx } from "@/lib/db/client";
import { inAudience, type AudienceSpec } from "@/lib/policies/coverage";
import { resolvePrefs } from "@/lib/validations/notifications";
import { organizationMembers, specOf } from "./refs";

type PolicyForNotice = Parameters<typeof specOf>[0] & { id: string; title: string };

/** One in-app notification per audience member (the e-mail job sends it to those who chose e-mail for this kind). */
export async function notifyAudience(
  tx: Tx,
  organizationId: string,
  policy: PolicyForNotice,
  version: { id: string; number: number },
): Promise<number> {
  const spec: AudienceSpec = specOf(policy);
  const [members, prefs] = await Promise.all([
    organizationMembers(tx, organizationId),
    tx.membership.findMany({ where: { organizationId }, select: { userId: true, notificationPrefs: true } }),
  ]);
  const wants = new Map(prefs.map((p) => [p.userId, resolvePrefs(p.notificationPrefs).policy_published]));
  const recipients = members.filter((m) => {
    const channels = wants.get(m.userId);
    return inAudience(spec, m) && channels && (channels.inApp || channels.email);
  });
  const { count } = await tx.notification.createMany({
    data: recipients.map((m) => ({
      organizationId,
      userId: m.userId,
      kind: "policy_published",
      title: `Policy to read: ${policy.title} (version ${version.number})`,
      body: "A new version was published for you. Read it and confirm that you have.",
      href: `/policies/${policy.id}`,
      dedupeKey: `policy_published:${version.id}`,
    })),
    skipDuplicates: true,
  });
  return count;
}
