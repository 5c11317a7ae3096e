import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/access/permissions";
import { policyCoverages } from "@/lib/dal/policies/acknowledgements";
import { policyCoverageCounts } from "@/lib/dal/policies/coverage-counts";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";

// The acknowledgement figures counted in SQL (/policies, the API's list, the dashboard card) must equal the ones a
// policy's own page folds from every member and acknowledgement (lib/policies/coverage.ts), for every kind of audience.

async function policy(organizationId: string, title: string, audience: { roles?: Role[]; unitId?: string }) {
  const p = await db().policy.create({
    data: {
      organizationId,
      title,
      kind: "OTHER",
      audienceAll: !audience.roles && !audience.unitId,
      audienceRoles: audience.roles ?? [],
    },
  });
  if (audience.unitId)
    await db().policyAudienceUnit.create({ data: { organizationId, policyId: p.id, businessUnitId: audience.unitId } });
  const v = await db().policyVersion.create({
    data: { organizationId, policyId: p.id, number: 1, body: "Text", status: "PUBLISHED", publishedAt: new Date() },
  });
  return { policyId: p.id, versionId: v.id };
}

async function organisation(name: string) {
  const { organizationId, admin } = await createOrganization(name);
  const legal = [await addMember(organizationId, "LEGAL"), await addMember(organizationId, "LEGAL")];
  const managers = [await addMember(organizationId, "MANAGER"), await addMember(organizationId, "MANAGER")];
  const auditor = await addMember(organizationId, "AUDITOR");
  const unit = await db().businessUnit.create({ data: { organizationId, name: "Risk" } });
  for (const [i, m] of [auditor, managers[0]!].entries())
    await db().literacyPerson.create({
      data: {
        organizationId,
        name: `P${i}`,
        email: `p${i}@${organizationId}.test`,
        userId: m.userId,
        businessUnitId: unit.id,
      },
    });
  const policies = [
    await policy(organizationId, "Everyone", {}),
    await policy(organizationId, "Legal", { roles: ["LEGAL"] }),
    await policy(organizationId, "Unit", { unitId: unit.id }),
    await policy(organizationId, "Managers or unit", { roles: ["MANAGER"], unitId: unit.id }),
    await policy(organizationId, "Nobody", { roles: ["LEGAL"] }),
  ];
  const ack = (i: number, userId: string) =>
    db().policyAcknowledgement.create({ data: { organizationId, policyVersionId: policies[i]!.versionId, userId } });
  for (const m of [admin, legal[0]!, managers[1]!]) await ack(0, m.userId);
  await ack(1, legal[1]!.userId);
  await ack(2, auditor.userId);
  // Someone who acknowledged outside the audience, and a former member, never count.
  await ack(2, legal[0]!.userId);
  const former = await addMember(organizationId, "MANAGER");
  await ack(3, former.userId);
  await db().membership.deleteMany({ where: { organizationId, userId: former.userId } });
  // No audience left for "Nobody": its only reader leaves.
  await db().policy.update({ where: { id: policies[4]!.policyId }, data: { audienceRoles: ["AUDITOR"] } });
  await db().membership.deleteMany({ where: { organizationId, userId: auditor.userId } });
  return { admin, policies };
}

describe("policy acknowledgement counts", () => {
  it("equal the folded coverage of every published version, and count only the caller's organisation", async () => {
    const mine = await organisation("Counts");
    await organisation("Other counts");

    const counted = await policyCoverageCounts(mine.admin);
    const folded = await policyCoverages(mine.admin);
    expect(counted.size).toBe(5);
    expect(
      new Map(
        [...folded].map(([id, c]) => [
          id,
          { versionId: c.versionId, number: c.number, acknowledged: c.acknowledged, total: c.total },
        ]),
      ),
    ).toEqual(counted);
    // The figures themselves, so that both cannot be wrong together.
    const figure = (i: number) => {
      const c = counted.get(mine.policies[i]!.policyId)!;
      return [c.acknowledged, c.total];
    };
    expect([0, 1, 2, 3, 4].map(figure)).toEqual([
      [3, 5],
      [1, 2],
      [0, 1],
      [0, 2],
      [0, 0],
    ]);
  });
});
