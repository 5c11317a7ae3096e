import "server-only";
import { db } from "@/lib/db/client";
import { emailDomain } from "@/lib/validations/sso";
import { isUniqueViolation } from "@/lib/dal/accounts/internal/accounts";
import { writeAudit } from "@/lib/dal/core/audit";
import { createAuthSession } from "@/lib/dal/accounts/internal/sessions";

export type OidcIdentity = {
  issuer: string;
  subject: string;
  email?: string | null;
  emailVerified: boolean;
  name?: string | null;
};

export type OidcSignInResult =
  | { ok: true; userId: string; sessionId: string; organizationId: string | null }
  | { ok: false; reason: "no-organisation" | "unverified-email" };

// The stable key of an external identity: the same `sub` at two issuers is two different people.
export function oidcSubjectKey(issuer: string, subject: string): string {
  return `${issuer}|${subject}`;
}

// Finds the user by their identity at the provider, else links the account with the same verified email, else
// creates one without a password. Membership follows the email domain (just in time, at the domain's default
// role). Nothing is written when the person would end up in no organisation.
export async function signInWithOidc(identity: OidcIdentity, attempt = 0): Promise<OidcSignInResult> {
  const key = oidcSubjectKey(identity.issuer, identity.subject);
  const email = identity.email?.trim().toLowerCase() || null;
  const mapping =
    email && identity.emailVerified
      ? await db().organizationDomain.findFirst({
          where: { domain: emailDomain(email), verifiedAt: { not: null } },
          select: { organizationId: true, defaultRole: true },
        })
      : null;
  try {
    const outcome = await db().$transaction(async (tx) => {
      let user = await tx.user.findUnique({ where: { oidcSubject: key }, select: { id: true, email: true } });
      if (!user && email && identity.emailVerified) {
        user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
        if (user) await tx.user.update({ where: { id: user.id }, data: { oidcSubject: key } });
      }
      const memberships = user
        ? await tx.membership.findMany({ where: { userId: user.id }, select: { organizationId: true } })
        : [];
      const joins = mapping && !memberships.some((m) => m.organizationId === mapping.organizationId);
      if (!joins && memberships.length === 0)
        return {
          ok: false as const,
          reason: email && !identity.emailVerified ? ("unverified-email" as const) : ("no-organisation" as const),
        };
      if (!user) {
        // Reaching here means a mapping exists, which requires a verified email.
        user = await tx.user.create({
          data: { email: email as string, name: identity.name?.trim() || (email as string), oidcSubject: key },
          select: { id: true, email: true },
        });
      }
      if (joins && mapping) {
        const membership = await tx.membership.create({
          data: { userId: user.id, organizationId: mapping.organizationId, role: mapping.defaultRole },
          select: { id: true, role: true, userId: true },
        });
        const auditActor = {
          organizationId: mapping.organizationId,
          userId: user.id,
          actorLabel: `${user.email} (single sign-on)`,
        };
        await writeAudit(tx, auditActor, {
          action: "membership.created_by_sso",
          entityType: "Membership",
          entityId: membership.id,
          after: { ...membership, domain: emailDomain(user.email) },
        });
      }
      return { ok: true as const, userId: user.id, organizationId: mapping?.organizationId ?? null };
    });
    if (!outcome.ok) return outcome;
    const { sessionId } = await createAuthSession(outcome.userId, outcome.organizationId);
    return { ...outcome, sessionId };
  } catch (error) {
    // Two first sign-ins of the same person at once: the loser retries and finds the winner's rows.
    if (isUniqueViolation(error) && attempt < 2) return signInWithOidc(identity, attempt + 1);
    throw error;
  }
}
