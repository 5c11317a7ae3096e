import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { getOrganizationProfile, updateOrganizationProfile } from "@/lib/dal/accounts/organization-profile";
import { addMember, createOrganization } from "../../helpers/factories";

// The settings action is exercised whole (session → zod → DAL); only the Next.js request context is stubbed.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveOrganizationProfileAction } = await import("@/app/(app)/settings/organisation-profile/actions");

const stored = async (organizationId: string) =>
  (await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { profile: true } })).profile;
const profileEvents = (organizationId: string) =>
  db().auditEvent.findMany({
    where: { organizationId, action: "organization.profile_updated" },
    orderBy: { sequence: "asc" },
  });

describe("the organisation profile", () => {
  let org: Awaited<ReturnType<typeof createOrganization>>;
  beforeEach(async () => {
    org = await createOrganization("Profile");
  });

  it("is empty until filled, then read back by every member, with an audit event holding before and after", async () => {
    const officer = await addMember(org.organizationId, "COMPLIANCE_OFFICER");
    const auditor = await addMember(org.organizationId, "AUDITOR");
    expect(await getOrganizationProfile(auditor)).toEqual({});
    await updateOrganizationProfile(officer, { establishedInEu: true, deployerEntityType: "private_other" });
    expect(await getOrganizationProfile(auditor)).toEqual({
      establishedInEu: true,
      deployerEntityType: "private_other",
    });
    await updateOrganizationProfile(org.admin, { establishedInEu: false });
    const events = await profileEvents(org.organizationId);
    expect(events.map((e) => [e.entityType, e.entityId, e.actorId, e.before, e.after])).toEqual([
      [
        "Organization",
        org.organizationId,
        officer.userId,
        {},
        { establishedInEu: true, deployerEntityType: "private_other" },
      ],
      [
        "Organization",
        org.organizationId,
        org.admin.userId,
        { establishedInEu: true, deployerEntityType: "private_other" },
        { establishedInEu: false },
      ],
    ]);
  });

  it("writes no event when nothing changed", async () => {
    await updateOrganizationProfile(org.admin, { establishedInEu: true });
    await updateOrganizationProfile(org.admin, { establishedInEu: true });
    expect(await profileEvents(org.organizationId)).toHaveLength(1);
  });

  it("refuses the roles that do not answer the questionnaire, and changes nothing", async () => {
    await updateOrganizationProfile(org.admin, { establishedInEu: true });
    for (const role of ["LEGAL", "MANAGER", "AUDITOR"] as const) {
      const member = await addMember(org.organizationId, role);
      await expect(updateOrganizationProfile(member, { establishedInEu: false })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      session.actor = member;
      expect(
        await saveOrganizationProfileAction({
          establishedInEu: "no",
          deployerEntityType: "",
          personalNonProfessionalUse: "",
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await stored(org.organizationId)).toEqual({ establishedInEu: true });
    expect(await profileEvents(org.organizationId)).toHaveLength(1);
  });

  it("keeps each organisation's profile to itself", async () => {
    const other = await createOrganization("Other");
    await updateOrganizationProfile(org.admin, { establishedInEu: true, deployerEntityType: "public_law_body" });
    await updateOrganizationProfile(other.admin, { establishedInEu: false });
    expect(await getOrganizationProfile(other.admin)).toEqual({ establishedInEu: false });
    expect(await getOrganizationProfile(org.admin)).toEqual({
      establishedInEu: true,
      deployerEntityType: "public_law_body",
    });
    // An administrator of another organisation pointed at this one by a forged session is not a member here.
    await expect(
      updateOrganizationProfile({ ...other.admin, organizationId: org.organizationId }, {}),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await profileEvents(org.organizationId)).toHaveLength(1);
  });

  it("saves through the settings action, where an empty choice leaves the question to each system", async () => {
    session.actor = org.admin;
    const result = await saveOrganizationProfileAction({
      establishedInEu: "yes",
      deployerEntityType: "private_public_service",
      personalNonProfessionalUse: "",
    });
    expect(result).toEqual({ ok: true, data: { establishedInEu: true, deployerEntityType: "private_public_service" } });
    expect(await stored(org.organizationId)).toEqual({
      establishedInEu: true,
      deployerEntityType: "private_public_service",
    });
  });

  it("refuses a value the questionnaire does not offer with an error on that field, and keeps what was stored", async () => {
    await updateOrganizationProfile(org.admin, { establishedInEu: true });
    session.actor = org.admin;
    const result = await saveOrganizationProfileAction({
      establishedInEu: "maybe",
      deployerEntityType: "a_pirate_ship",
      personalNonProfessionalUse: "no",
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["deployerEntityType", "establishedInEu"]);
    expect(result.fieldErrors?.establishedInEu?.[0]).toMatch(/Choose one of the answers shown/);
    const extra = await saveOrganizationProfileAction({
      establishedInEu: "yes",
      deployerEntityType: "",
      personalNonProfessionalUse: "",
      activities: "uses",
    } as never);
    expect(extra).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await stored(org.organizationId)).toEqual({ establishedInEu: true });
  });

  it("reads a stored profile field by field, dropping only a value this rule set no longer offers", async () => {
    await db().organization.update({
      where: { id: org.organizationId },
      data: { profile: { establishedInEu: true, deployerEntityType: "retired_code", activities: ["uses"] } },
    });
    expect(await getOrganizationProfile(org.admin)).toEqual({ establishedInEu: true });
  });
});
