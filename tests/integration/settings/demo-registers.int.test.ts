import { describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { addDays, todayIso } from "@/lib/dates";
import { coverageBySystem } from "@/lib/dal/literacy/coverage";
import { policyCoverages } from "@/lib/dal/policies/acknowledgements";
import { listRisks } from "@/lib/dal/risks/risks";
import { DEMO_ORGANIZATION_NAME } from "@/prisma/seed/demo-users";
import { seedDemoOrganization } from "@/prisma/seed/seed-demo";
import { one } from "../../helpers/expect-defined";

// A first-time user sees each register of the demo organisation populated: risks on its high-risk systems (one
// mitigated, one low one accepted), AI literacy people, items and completions (one expiring soon) with coverage per
// system, a published policy partly acknowledged, and Statement of Applicability decisions. A second seed adds nothing.
describe("the demo organisation's registers", () => {
  it("are filled through the data layer, and a second seed changes nothing", async () => {
    await seedDemoOrganization();
    const org = await db().organization.findFirstOrThrow({
      where: { name: DEMO_ORGANIZATION_NAME },
      select: { id: true, memberships: { where: { role: "ADMIN" }, select: { userId: true } } },
    });
    const organizationId = org.id;
    const admin: UserActor = { kind: "user", userId: one(org.memberships).userId, organizationId };
    const systemId = async (name: string) =>
      (await db().aiSystem.findFirstOrThrow({ where: { organizationId, name }, select: { id: true } })).id;

    const scoreOne = await listRisks(admin, await systemId("Retail credit scoring (ScoreOne)"));
    const mitigated = scoreOne.find((r) => r.treatment === "MITIGATE");
    expect(mitigated).toMatchObject({ status: "TREATED", residualLikelihood: 2, residualImpact: 3 });
    expect(mitigated?.obligations.map((o) => o.article)).toEqual([expect.stringContaining("9")]);
    const pricing = await listRisks(admin, await systemId("Life insurance risk pricing"));
    expect(one(pricing)).toMatchObject({ treatment: "ACCEPT", acceptedByLabel: expect.any(String) });
    expect(await db().risk.count({ where: { organizationId } })).toBe(4);

    expect(await db().literacyPerson.count({ where: { organizationId } })).toBe(10);
    // Members are recognised by their e-mail address.
    expect(await db().literacyPerson.count({ where: { organizationId, userId: { not: null } } })).toBe(3);
    expect(await db().learningItem.count({ where: { organizationId } })).toBe(2);
    const expiringSoon = await db().literacyCompletion.count({
      where: {
        organizationId,
        expiresOn: { gte: new Date(`${todayIso()}T00:00:00Z`), lte: new Date(`${addDays(todayIso(), 30)}T00:00:00Z`) },
      },
    });
    expect(expiringSoon).toBe(1);
    const { systems } = await coverageBySystem(admin);
    const coverage = Object.fromEntries(systems.map((s) => [s.name, `${s.trained} of ${s.total}`]));
    expect(coverage).toMatchObject({
      "Retail credit scoring (ScoreOne)": "2 of 3",
      "CV screening and ranking (TalentRank)": "1 of 2",
      "Life insurance risk pricing": "1 of 1",
    });

    const policy = await db().policy.findFirstOrThrow({
      where: { organizationId },
      select: { id: true, versions: { select: { status: true } } },
    });
    expect(policy.versions.map((v) => v.status)).toEqual(["PUBLISHED"]);
    expect((await policyCoverages(admin, policy.id)).get(policy.id)).toMatchObject({ acknowledged: 3, total: 5 });
    expect(
      await db().controlApplicability.findMany({
        where: { organizationId },
        orderBy: { controlId: "asc" },
        select: { controlId: true, applicable: true },
      }),
    ).toEqual([
      { controlId: "A.10.4", applicable: false },
      { controlId: "A.2.2", applicable: true },
      { controlId: "A.4.6", applicable: true },
    ]);

    const events = () => db().auditEvent.count({ where: { organizationId } });
    const before = await events();
    await expect(seedDemoOrganization()).resolves.toEqual({ created: false });
    expect(await events()).toBe(before);
    expect(await db().risk.count({ where: { organizationId } })).toBe(4);
  }, 300_000);
});
