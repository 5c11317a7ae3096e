import "server-only";
import { dummyPasswordHash, verifyPassword } from "@/lib/crypto/password";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/dal/core/audit";
import { slugify } from "@/lib/slug";

export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Sign in instead.";

// Creates the user, the organisation and the admin membership in one transaction: there is never an
// organisation without its admin. Called once the address is confirmed (lib/dal/accounts/email-verification.ts).
export async function createAccount(
  tx: Tx,
  account: { email: string; name: string; passwordHash: string; organizationName: string },
): Promise<{ userId: string; organizationId: string }> {
  try {
    const user = await tx.user.create({
      data: { email: account.email, name: account.name, passwordHash: account.passwordHash },
      select: { id: true, email: true, name: true },
    });
    const organizationId = await createOrganizationFor(tx, user, account.organizationName);
    return { userId: user.id, organizationId };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", ACCOUNT_EXISTS_AT_CONFIRMATION);
    throw error;
  }
}

export const ACCOUNT_EXISTS_AT_CONFIRMATION =
  "An account with this e-mail address exists already, so no new one was created. Sign in, or reset your password if you forgot it.";

export async function createOrganizationFor(
  tx: Tx,
  user: { id: string; email: string },
  name: string,
): Promise<string> {
  const organization = await tx.organization.create({
    data: { name, slug: slugify(name) },
    select: { id: true, name: true, slug: true },
  });
  const membership = await tx.membership.create({
    data: { userId: user.id, organizationId: organization.id, role: "ADMIN" },
    select: { id: true, role: true, userId: true },
  });
  const actor = { organizationId: organization.id, userId: user.id, actorLabel: user.email };
  await writeAudit(tx, actor, {
    action: "organization.created",
    entityType: "Organization",
    entityId: organization.id,
    after: organization,
  });
  await writeAudit(tx, actor, {
    action: "membership.created",
    entityType: "Membership",
    entityId: membership.id,
    after: membership,
  });
  return organization.id;
}

// Returns the user id for a correct email and password, else null. Unknown emails still cost one hash check.
export async function verifyCredentials(email: string, password: string): Promise<string | null> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? user.id : null;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
