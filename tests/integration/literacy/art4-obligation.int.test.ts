import { describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { updateObligationPlanning } from "@/lib/dal/accounts/obligation-planning";
import { addEvidenceLink } from "@/lib/dal/obligations/evidence";
import { db } from "@/lib/db/client";
import { AI_LITERACY_OBLIGATION } from "@/lib/literacy/coverage";
import { ZAddEvidenceLink } from "@/lib/validations/evidence";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { createObligation } from "../obligations/helpers";
import { item, ok } from "./fixtures";

// The Art 4 duty of a system follows the literacy register: through updateObligationAction as the obligation editor
// calls it, with the register written through its own actions.
const session = vi.hoisted(() => ({ actor: null as UserActor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const lit = await import("@/app/(app)/literacy/actions");
const obl = await import("@/app/(app)/systems/[id]/obligations/actions");
const { systemLiteracy } = await import("@/lib/dal/literacy/coverage");

async function setup() {
  const { organizationId } = await createOrganization("Art 4");
  const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
  session.actor = officer;
  const systemId = await createSystem(organizationId, "Chatbot");
  const duty = await createObligation(organizationId, systemId, {
    code: AI_LITERACY_OBLIGATION,
    article: "Art 4(1)",
    title: "Support AI literacy",
    role: "deployer",
  });
  const done = (completionNote = "") =>
    obl.updateObligationAction({
      obligationId: duty.id,
      version: duty.version,
      status: "DONE",
      ownerId: "",
      dueDate: "",
      notApplicableReason: "",
      completionNote,
    });
  const person = async (name: string) => {
    const p = ok(await lit.createPersonAction({ name, email: `${name}@x.example`, jobRole: "", businessUnitId: "" }));
    ok(await lit.assignOperatorAction({ systemId, personId: p.id, role: "OPERATOR" }));
    return p.id;
  };
  return { organizationId, officer, systemId, duty, done, person };
}

const rec = (personId: string, itemId: string, completedOn: string) =>
  lit.recordCompletionAction({ personId, itemId, completedOn, expiresOn: "", evidenceNote: "", evidenceUrl: "" });

describe("the Art 4 obligation reflects literacy coverage", () => {
  it("refuses done below full coverage without a note naming the gap, even with evidence attached", async () => {
    const { organizationId, officer, systemId, duty, done, person } = await setup();
    const ann = await person("ann");
    await person("bo");
    const course = ok(await lit.createLearningItemAction(item({ validityMonths: "12" })));
    ok(await rec(ann, course.id, "2020-01-01")); // long expired: a refresher overdue
    await addEvidenceLink(
      officer,
      ZAddEvidenceLink.parse({ systemId, obligationId: duty.id, title: "Slides", url: "https://intranet.example/s" }),
    );
    const refused = await done();
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        completionNote: [expect.stringContaining("0 of 2 operators and overseers trained, 1 refresher overdue")],
      },
    });
    expect(await db().obligation.findUniqueOrThrow({ where: { id: duty.id } })).toMatchObject({
      status: "NOT_STARTED",
    });
    expect((await systemLiteracy(officer, systemId)).coverage).toEqual({ total: 2, trained: 0, lapsed: 1 });
    ok(await done("Bo starts in January; trained on the vendor's course before go-live."));
    expect(await db().obligation.count({ where: { organizationId, status: "DONE" } })).toBe(1);
  });

  it("counts full coverage as the duty's evidence, even where the organisation requires evidence", async () => {
    const { officer, done, person } = await setup();
    await updateObligationPlanning(officer, { obligationLeadDays: 30, doneRule: "evidence" });
    const ann = await person("ann");
    const course = ok(await lit.createLearningItemAction(item({ validityMonths: "" })));
    ok(await rec(ann, course.id, "2026-01-01"));
    ok(await done());
  });

  it("still refuses done when no one is assigned (nothing to show)", async () => {
    const { done } = await setup();
    expect(await done()).toMatchObject({
      ok: false,
      fieldErrors: { completionNote: [expect.stringContaining("No one is assigned")] },
    });
  });
});
