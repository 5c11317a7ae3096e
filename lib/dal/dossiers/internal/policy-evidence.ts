import "server-only";
import { db } from "@/lib/db/client";
import { policyCoverage } from "@/lib/policies/coverage";
import type { DossierPolicyEvidence } from "@/lib/pdf/snapshot";
import { organizationMembers, specOf } from "@/lib/dal/policies/internal/refs";

// The policy versions linked as evidence to this system's obligations, for callers that have already authorised a
// read of this system: one entry per linked version, with the obligations it backs and who of its audience
// acknowledged that version (counted as the policy page counts them, current members only).
export async function readDossierPolicyEvidence(
  organizationId: string,
  systemId: string,
): Promise<DossierPolicyEvidence[]> {
  const links = await db().policyEvidenceLink.findMany({
    where: { organizationId, obligation: { systemId, organizationId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      policyVersionId: true,
      obligation: { select: { code: true, role: true, article: true, title: true } },
    },
  });
  if (links.length === 0) return [];
  const versionIds = [...new Set(links.map((l) => l.policyVersionId))];
  const [versions, members] = await Promise.all([
    db().policyVersion.findMany({
      where: { organizationId, id: { in: versionIds } },
      select: {
        id: true,
        number: true,
        status: true,
        publishedAt: true,
        policy: {
          select: {
            title: true,
            audienceAll: true,
            audienceRoles: true,
            audienceUnits: { select: { businessUnitId: true } },
          },
        },
        acknowledgements: { where: { userId: { not: null } }, select: { userId: true } },
      },
    }),
    organizationMembers(db(), organizationId),
  ]);
  const byId = new Map(versions.map((v) => [v.id, v]));
  return versionIds.flatMap((id) => {
    const v = byId.get(id);
    if (!v) return [];
    const acknowledgedBy = new Set(v.acknowledgements.flatMap((a) => (a.userId ? [a.userId] : [])));
    const { acknowledged, total } = policyCoverage(specOf(v.policy), members, acknowledgedBy);
    return [
      {
        title: v.policy.title,
        version: v.number,
        status: v.status,
        publishedAt: v.publishedAt?.toISOString() ?? null,
        obligations: links.filter((l) => l.policyVersionId === id).map((l) => l.obligation),
        acknowledgement: { acknowledged, total },
      },
    ];
  });
}
