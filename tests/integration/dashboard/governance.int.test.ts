import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/access/permissions";
import { getGovernanceFigures } from "@/lib/dal/dashboard/governance";
import { recordCompletion } from "@/lib/dal/literacy/completions";
import { acknowledgePolicy } from "@/lib/dal/policies/acknowledgements";
import { setApplicability } from "@/lib/dal/standards/applicability";
import { frameworkView } from "@/lib/dal/standards/crosswalk";
import { FRAMEWORK_IDS } from "@/lib/standards";
import { addMember, createOrganization } from "../../helpers/factories";
import { seedLiteracy, seedPolicies } from "./governance-fixtures";

// The dashboard's governance programme through its data-layer entry point on real Postgres: figures worked out by
// hand (governance-fixtures.ts), another organisation's register never counted, every role let in, and the kept
// figures following writes made through the data layer.
const TODAY = "2026-12-05";

const literacyOf = (seeded: boolean) =>
  seeded
    ? { people: 3, peopleTrained: 1, assignments: 4, assignmentsCovered: 2, expired: 1, expiringSoon: 2 }
    : { people: 0, peopleTrained: 0, assignments: 0, assignmentsCovered: 0, expired: 0, expiringSoon: 0 };

describe("dashboard governance programme", () => {
  it("counts the literacy register and the policies of the organisation only", async () => {
    const other = await createOrganization("Other");
    await seedLiteracy(other.organizationId, TODAY);
    await seedPolicies(other.organizationId, other.admin);
    const org = await createOrganization("Governance");
    const empty = await getGovernanceFigures(org.admin, { today: "2026-12-04" });
    expect(empty.literacy).toEqual(literacyOf(false));
    expect(empty.policies).toEqual({
      published: 0,
      fullyAcknowledged: 0,
      audience: 0,
      acknowledged: 0,
      awaitingApproval: 0,
    });

    await seedLiteracy(org.organizationId, TODAY);
    await seedPolicies(org.organizationId, org.admin);
    const g = await getGovernanceFigures(org.admin, { today: TODAY });
    expect(g.literacy).toEqual(literacyOf(true));
    expect(g.policies).toEqual({
      published: 3,
      fullyAcknowledged: 1,
      audience: 4,
      acknowledged: 3,
      awaitingApproval: 2,
    });
    // The other organisation, seeded alike, still counts its own only.
    expect((await getGovernanceFigures(other.admin, { today: TODAY })).literacy).toEqual(literacyOf(true));
  });

  it("a day later the training that expired today counts as expired, and the one due in 31 days as due", async () => {
    const org = await createOrganization("Next day");
    await seedLiteracy(org.organizationId, TODAY);
    const g = await getGovernanceFigures(org.admin, { today: "2026-12-06" });
    expect(g.literacy).toMatchObject({ expired: 2, expiringSoon: 2 });
  });

  it("gives each framework the coverage and the gaps its page lists, excluded controls not counted", async () => {
    const org = await createOrganization("Standards");
    await seedLiteracy(org.organizationId, TODAY);
    const before = await getGovernanceFigures(org.admin, { today: TODAY });
    for (const id of FRAMEWORK_IDS) {
      const view = await frameworkView(org.admin, id);
      const listed = view.controls.filter((c) => c.status === "gap" || c.status === "partial");
      const figure = before.standards.find((s) => s.id === id);
      expect(figure?.gaps).toBe(listed.length);
      expect(figure?.gaps).toBeGreaterThan(0);
      const counted = view.summary.evidenced + listed.length;
      expect(figure).toMatchObject({ counted, percent: Math.floor((100 * view.summary.evidenced) / counted) });
    }
    const gap = (await frameworkView(org.admin, "iso-42001")).controls.find(
      (c) => c.status === "gap" || c.status === "partial",
    );
    await setApplicability(org.admin, {
      framework: "iso-42001",
      controlId: gap!.control.id,
      decision: "exclude",
      justification: "We build no AI systems ourselves.",
      version: 0,
    });
    const after = await getGovernanceFigures(org.admin, { today: TODAY });
    const gapsOf = (g: typeof after, id: string) => g.standards.find((s) => s.id === id)?.gaps;
    expect(gapsOf(after, "iso-42001")).toBe(gapsOf(before, "iso-42001")! - 1);
    expect(gapsOf(after, "nist-ai-rmf")).toBe(gapsOf(before, "nist-ai-rmf"));
  });

  it("follows a training recorded and a policy acknowledged through the data layer", async () => {
    const org = await createOrganization("Kept");
    const { people, items } = await seedLiteracy(org.organizationId, TODAY);
    const { manager, everyone } = await seedPolicies(org.organizationId, org.admin);
    const today = "2026-12-07";
    await getGovernanceFigures(org.admin, { today });
    await recordCompletion(org.admin, {
      personId: people.p2.id,
      itemId: items.general.id,
      completedOn: "2026-12-01",
      expiresOn: null,
      evidenceNote: "",
      evidenceUrl: null,
    });
    await acknowledgePolicy(manager, everyone.versionIds[0]!);
    const g = await getGovernanceFigures(org.admin, { today });
    expect(g.literacy).toMatchObject({ peopleTrained: 2, assignmentsCovered: 3 });
    expect(g.policies).toMatchObject({ acknowledged: 4, fullyAcknowledged: 2 });
  });

  it.each(ROLES)("is open to every role (%s)", async (role) => {
    const org = await createOrganization("Roles");
    await seedPolicies(org.organizationId, org.admin);
    const member = await addMember(org.organizationId, role);
    await expect(getGovernanceFigures(member, { today: TODAY })).resolves.toMatchObject({ policies: { published: 3 } });
  });

  it("refuses an actor without an organisation, or with one they do not belong to", async () => {
    const a = await createOrganization("A");
    const b = await createOrganization("B");
    await expect(getGovernanceFigures({ ...a.admin, organizationId: null })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getGovernanceFigures({ ...a.admin, organizationId: b.organizationId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
