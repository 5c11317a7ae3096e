import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  readStoredProfile,
  ZOrganizationProfile,
  type TOrganizationProfile,
} from "@/lib/validations/organization-profile";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";

// Every member may read it: the questionnaire shows its answers as pre-filled, and everyone sees the results.
export async function getOrganizationProfile(actor: Actor): Promise<TOrganizationProfile> {
  const { organizationId } = await authorize(actor, "system.read");
  const row = await db().organization.findUnique({ where: { id: organizationId }, select: { profile: true } });
  if (!row) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
  return readStoredProfile(row.profile);
}

// Replaces the whole profile (a question left out is asked per system again). The row is locked while the old
// value is read, so the audit event's "before" is the value this write replaced, even with two editors at once.
export async function updateOrganizationProfile(
  actor: Actor,
  input: TOrganizationProfile,
): Promise<TOrganizationProfile> {
  const member = await authorize(actor, "organization.profile");
  const profile = ZOrganizationProfile.parse(input);
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { profile: unknown }[]
    >`SELECT profile FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    const before = readStoredProfile(row.profile);
    if (sameProfile(before, profile)) return profile;
    await tx.organization.update({ where: { id: organizationId }, data: { profile } });
    await writeAudit(tx, member, {
      action: "organization.profile_updated",
      entityType: "Organization",
      entityId: organizationId,
      before,
      after: profile,
    });
    return profile;
  });
}

function sameProfile(a: TOrganizationProfile, b: TOrganizationProfile): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TOrganizationProfile>;
  return [...keys].every((k) => a[k] === b[k]);
}
