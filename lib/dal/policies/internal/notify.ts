import "server-only";
import { PERMISSIONS } from "@/lib/access/permissions";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { writtenNotification, type NotificationTextKey } from "@/lib/notifications/text";
import { inAudience, type AudienceSpec } from "@/lib/policies/coverage";
import { resolvePrefs } from "@/lib/validations/notifications";
import { organizationMembers, specOf } from "./refs";

// Stored as a message too, so each member reads the notice (and its e-mail) in their own language.
function note(kind: "policyPublished" | "policyApproval", policy: { title: string }, version: { number: number }) {
  const title: NotificationTextKey = `${kind}Title`;
  const body: NotificationTextKey = `${kind}Body`;
  const written = writtenNotification({
    title: [{ key: title, values: { policy: policy.title, version: version.number } }],
    body: [{ key: body }],
  });
  return { ...written, message: written.message as unknown as Prisma.InputJsonValue };
}

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
      ...note("policyPublished", policy, version),
      href: `/policies/${policy.id}`,
      dedupeKey: `policy_published:${version.id}`,
    })),
    skipDuplicates: true,
  });
  return count;
}

/**
 * Tells the members who may approve that a version waits for them. Whoever wrote or submitted it is left out while
 * another approver exists (the four-eyes rule of approveVersion); with no one else, its author may approve and is
 * told. Each submission is its own notice, so a version returned to draft and submitted again asks again.
 */
export async function notifyApprovers(
  tx: Tx,
  organizationId: string,
  policy: { id: string; title: string },
  version: { id: string; number: number; authorId: string | null },
  submittedById: string,
  at: Date,
): Promise<number> {
  const approvers = await tx.membership.findMany({
    where: { organizationId, role: { in: [...PERMISSIONS["policy.approve"]] }, userId: { not: submittedById } },
    select: { userId: true },
  });
  const others = approvers.filter((a) => a.userId !== version.authorId);
  const recipients = others.length > 0 ? others : approvers;
  const { count } = await tx.notification.createMany({
    data: recipients.map((m) => ({
      organizationId,
      userId: m.userId,
      kind: "policy_approval_requested",
      ...note("policyApproval", policy, version),
      href: `/policies/${policy.id}`,
      dedupeKey: `policy_approval_requested:${version.id}:${at.toISOString()}`,
    })),
    skipDuplicates: true,
  });
  return count;
}
