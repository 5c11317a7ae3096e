import { describe, expect, it } from "vitest";
import { coverageFacts } from "@/lib/dal/standards/coverage";
import { db } from "@/lib/db/client";
import { addMember, createOrganization } from "../../helpers/factories";
import { classifiedSystem, duty } from "./fixtures";

// The crosswalk's figures are kept until the organisation's data changes (as the dashboard's): a second view is served
// from memory, and a change to a duty is seen on the next view, not after a restart.
describe("crosswalk coverage, kept", () => {
  it("serves the same figures until a duty changes, then the new ones", async () => {
    const { organizationId } = await createOrganization("Kept");
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const systemId = await classifiedSystem(organizationId, "Scoring", "HIGH");
    const id = await duty({ organizationId, systemId }, "hr.data_governance", "NOT_STARTED");

    const first = await coverageFacts(officer, "2026-12-05");
    expect(first.obligations["hr.data_governance"]).toEqual({ total: 1, evidenced: 0, inProgress: 0, notStarted: 1 });
    expect(await coverageFacts(officer, "2026-12-05")).toBe(first); // kept: the same object

    await db().obligation.update({ where: { id }, data: { status: "IN_PROGRESS" } });
    const after = await coverageFacts(officer, "2026-12-05");
    expect(after.obligations["hr.data_governance"]).toEqual({ total: 1, evidenced: 0, inProgress: 1, notStarted: 0 });
    // Another day is another key (trainings expire at midnight), and another organisation never shares the figures.
    expect(await coverageFacts(officer, "2026-12-06")).not.toBe(after);
    const other = await createOrganization("Other");
    expect((await coverageFacts(other.admin, "2026-12-05")).obligations).toEqual({});
  });
});
