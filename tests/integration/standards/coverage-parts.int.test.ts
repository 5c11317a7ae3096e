import { describe, expect, it } from "vitest";
import { createPerson, deletePerson } from "@/lib/dal/literacy/people";
import { assignOperator, deleteCompletion, recordCompletion } from "@/lib/dal/literacy/completions";
import { createLearningItem } from "@/lib/dal/literacy/items";
import { addEvidenceLink } from "@/lib/dal/obligations/evidence";
import { updateObligation } from "@/lib/dal/obligations/obligations";
import { coverageFacts } from "@/lib/dal/standards/coverage";
import { db } from "@/lib/db/client";
import { ZLearningItem, ZRecordCompletion } from "@/lib/validations/literacy";
import { ZUpdateObligation } from "@/lib/validations/obligation";
import { createOrganization } from "../../helpers/factories";
import { classifiedSystem, duty } from "./fixtures";

// The crosswalk keeps its duty and inventory figures apart from the Art 4 pairs, and only the pairs per day
// (lib/dal/standards/coverage.ts). Each change made through the data layer must show on the very next view, whichever
// part it touches, and a training that expires must stop counting the next day although the duties are kept.
const DAY = "2026-12-05";
const NEXT_DAY = "2026-12-06";

describe("crosswalk coverage, kept by part", () => {
  it("shows each change to a duty, evidence, person or completion on the next view, and expiry the next day", async () => {
    const { organizationId, admin } = await createOrganization("Parts");
    const systemId = await classifiedSystem(organizationId, "Scoring", "HIGH");
    const obligationId = await duty({ organizationId, systemId }, "hr.data_governance", "NOT_STARTED");
    const counts = async (day = DAY) => {
      const f = await coverageFacts(admin, day);
      return { duty: f.obligations["hr.data_governance"], pairs: [f.literacyPairs, f.literacyTrained] };
    };
    const work = async (status: "IN_PROGRESS" | "DONE") => {
      const { version } = await db().obligation.findUniqueOrThrow({ where: { id: obligationId } });
      const input = {
        obligationId,
        version,
        status,
        ownerId: "",
        dueDate: "",
        notApplicableReason: "",
        completionNote: "Met.",
      };
      await updateObligation(admin, ZUpdateObligation.parse(input));
    };

    expect(await counts()).toEqual({ duty: { total: 1, evidenced: 0, inProgress: 0, notStarted: 1 }, pairs: [0, 0] });
    await counts(NEXT_DAY); // both days kept before anything changes

    // A duty.
    await work("IN_PROGRESS");
    expect((await counts()).duty).toEqual({ total: 1, evidenced: 0, inProgress: 1, notStarted: 0 });
    // Evidence on it, then done.
    await addEvidenceLink(admin, { systemId, obligationId, title: "Data sheet", url: "https://example.test/sheet" });
    await work("DONE");
    expect((await counts()).duty).toEqual({ total: 1, evidenced: 1, inProgress: 0, notStarted: 0 });
    expect((await counts(NEXT_DAY)).duty).toEqual({ total: 1, evidenced: 1, inProgress: 0, notStarted: 0 });

    // A person assigned to the system.
    const person = await createPerson(admin, {
      name: "Ada",
      email: "ada@example.test",
      jobRole: "",
      businessUnitId: null,
    });
    await assignOperator(admin, { systemId, personId: person.id, role: "OPERATOR" });
    expect((await counts()).pairs).toEqual([1, 0]);

    // A training completed that expires at the end of DAY: trained on DAY, not on the next day.
    const item = await createLearningItem(
      admin,
      ZLearningItem.parse({
        title: "AI basics",
        kind: "COURSE",
        description: "",
        validityMonths: "",
        intendedRoles: "",
        allSystems: true,
        systemIds: [],
      }),
    );
    const completion = await recordCompletion(
      admin,
      ZRecordCompletion.parse({
        personId: person.id,
        itemId: item.id,
        completedOn: "2026-11-01",
        expiresOn: DAY,
        evidenceNote: "",
        evidenceUrl: "",
      }),
    );
    expect((await counts()).pairs).toEqual([1, 1]);
    expect(await counts(NEXT_DAY)).toEqual({
      duty: { total: 1, evidenced: 1, inProgress: 0, notStarted: 0 },
      pairs: [1, 0],
    });

    // The completion removed, then the person (with their assignment, by cascade).
    await deleteCompletion(admin, completion.id);
    expect((await counts()).pairs).toEqual([1, 0]);
    await deletePerson(admin, person.id);
    expect((await counts()).pairs).toEqual([0, 0]);
    expect((await counts()).duty).toEqual({ total: 1, evidenced: 1, inProgress: 0, notStarted: 0 });
  });
});
