import { describe, expect, it } from "vitest";
import { signOffDerogation } from "@/lib/dal/legal-records/signoff";
import { saveDerogation } from "@/lib/dal/legal-records/write";
import { db } from "@/lib/db/client";
import { DEROGATION_PROFILE, FULL_DEROGATION, input, legalOrganisation } from "./helpers";

// The Annex I question left open: the system could still be high-risk through a product law, whatever the
// Art 6(3) assessment says, so a signature cannot settle it.
const { annex1Legislation: _open, ...OPEN_ANNEX1 } = DEROGATION_PROFILE;

describe("legal sign-off of a classification that is not determined yet", () => {
  it("is refused with a clear message, and nothing is signed or stored", async () => {
    const { legal, compliance, systemId } = await legalOrganisation(OPEN_ANNEX1);
    await saveDerogation(compliance, input(systemId, FULL_DEROGATION, { complete: true }));
    const runsBefore = await db().classificationRun.count({ where: { systemId } });

    await expect(signOffDerogation(legal, { systemId, version: 1 })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/^Not determined yet: answer the deciding questions/),
    });
    const record = await db().legalRecord.findFirstOrThrow({
      where: { systemId, kind: "DEROGATION" },
      select: { signedOffAt: true, version: true },
    });
    expect(record).toEqual({ signedOffAt: null, version: 1 });
    expect(await db().classificationRun.count({ where: { systemId } })).toBe(runsBefore);
  });
});
