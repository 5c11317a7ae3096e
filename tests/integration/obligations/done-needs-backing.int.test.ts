import { describe, expect, it } from "vitest";
import { updateObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { addEvidenceLink } from "@/lib/dal/obligations/evidence";
import { updateObligation } from "@/lib/dal/obligations/obligations";
import { db } from "@/lib/db/client";
import { ZAddEvidenceLink } from "@/lib/validations/evidence";
import { ZUpdateObligation } from "@/lib/validations/obligation";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { createObligation } from "./helpers";

// The action (updateObligationAction) parses with ZUpdateObligation and calls updateObligation, as here.
const edit = (o: { id: string; version: number }, changes: Record<string, string> = {}) =>
  ZUpdateObligation.parse({
    obligationId: o.id,
    version: o.version,
    status: "DONE",
    ownerId: "",
    dueDate: "",
    notApplicableReason: "",
    ...changes,
  });

async function setup() {
  const { organizationId, admin } = await createOrganization("Done");
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  const systemId = await createSystem(organizationId, "Credit scoring");
  const duty = await createObligation(organizationId, systemId);
  const attach = () =>
    addEvidenceLink(
      officer,
      ZAddEvidenceLink.parse({
        systemId,
        obligationId: duty.id,
        title: "Risk policy",
        url: "https://intranet.example/policy",
      }),
    );
  return { organizationId, admin, officer, duty, attach };
}

const row = (id: string) => db().obligation.findUniqueOrThrow({ where: { id } });

describe("marking an obligation done", () => {
  it("asks for a note next to the field when no evidence is attached, and changes nothing", async () => {
    const { officer, duty } = await setup();
    for (const completionNote of ["", "ok"]) {
      await expect(updateObligation(officer, edit(duty, { completionNote }))).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { completionNote: [expect.stringContaining("say how this duty was met")] },
      });
    }
    expect(await row(duty.id)).toMatchObject({ status: "NOT_STARTED", version: 1, completionNote: "" });
    await updateObligation(officer, edit(duty, { completionNote: "Met by the bank-wide risk framework." }));
    expect(await row(duty.id)).toMatchObject({
      status: "DONE",
      completionNote: "Met by the bank-wide risk framework.",
    });
  });

  it("needs no note when evidence is attached", async () => {
    const { officer, duty, attach } = await setup();
    await attach();
    await updateObligation(officer, edit(duty));
    expect(await row(duty.id)).toMatchObject({ status: "DONE", completionNote: "" });
  });

  it("requires evidence when the organisation says so: a note is not enough", async () => {
    const { admin, officer, duty, attach } = await setup();
    await updateObligationPlanning(admin, { obligationLeadDays: 30, doneRule: "evidence" });
    await expect(
      updateObligation(officer, edit(duty, { completionNote: "Met by the bank-wide risk framework." })),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { status: [expect.stringContaining("requires evidence")] },
    });
    expect((await row(duty.id)).status).toBe("NOT_STARTED");
    await attach();
    await updateObligation(officer, edit(duty));
    expect((await row(duty.id)).status).toBe("DONE");
  });

  it("does not ask again when a done obligation is edited, and drops the note when it is reopened", async () => {
    const { admin, officer, duty } = await setup();
    await updateObligation(officer, edit(duty, { completionNote: "Met by the bank-wide risk framework." }));
    await updateObligation(officer, edit({ id: duty.id, version: 2 }, { ownerId: admin.userId }));
    expect(await row(duty.id)).toMatchObject({
      status: "DONE",
      ownerId: admin.userId,
      completionNote: "Met by the bank-wide risk framework.",
    });
    await updateObligation(officer, edit({ id: duty.id, version: 3 }, { status: "IN_PROGRESS" }));
    expect(await row(duty.id)).toMatchObject({ status: "IN_PROGRESS", completionNote: "" });
  });
});
