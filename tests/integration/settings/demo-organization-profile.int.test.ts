import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getOrganizationProfile } from "@/lib/dal/accounts/organization-profile";
import { DEMO_ORGANIZATION_PROFILE } from "@/prisma/seed/demo-organization-profile";
import { DEMO_ORGANIZATION_NAME } from "@/prisma/seed/demo-users";
import { seedDemoOrganization } from "@/prisma/seed/seed-demo";
import { one } from "../../helpers/expect-defined";

describe("the demo organisation's profile", () => {
  it("is filled by the seed, with its audit event, and a second seed changes nothing", async () => {
    await seedDemoOrganization();
    const org = await db().organization.findFirstOrThrow({
      where: { name: DEMO_ORGANIZATION_NAME },
      select: { id: true, memberships: { where: { role: "ADMIN" }, select: { userId: true } } },
    });
    const admin = {
      kind: "user" as const,
      userId: one(org.memberships, 0, "demo admin").userId,
      organizationId: org.id,
    };
    expect(await getOrganizationProfile(admin)).toEqual({
      establishedInEu: true,
      deployerEntityType: "private_other",
      personalNonProfessionalUse: false,
    });
    const events = () => db().auditEvent.count({ where: { organizationId: org.id } });
    const before = await events();
    expect(
      await db().auditEvent.count({ where: { organizationId: org.id, action: "organization.profile_updated" } }),
    ).toBe(1);
    await expect(seedDemoOrganization()).resolves.toEqual({ created: false });
    expect(await events()).toBe(before);
    expect(await getOrganizationProfile(admin)).toEqual(DEMO_ORGANIZATION_PROFILE);
  }, 180_000);
});
