import { describe, expect, it } from "vitest";
import { getClassificationSummary } from "@/lib/dal/classification/classification";
import { getDocumentation, getRecordEditor } from "@/lib/dal/legal-records/legal-records";
import { signOffDerogation } from "@/lib/dal/legal-records/signoff";
import { saveDerogation } from "@/lib/dal/legal-records/write";
import { db } from "@/lib/db/client";
import type { ClassificationResult } from "@/lib/rules";
import { ZDerogationInput } from "@/lib/validations/legal-records";
import { createOrganization } from "../../helpers/factories";
import { DEROGATION_PROFILE, FULL_DEROGATION, input, legalOrganisation } from "./helpers";

// The open questions of the current run that concern Art 6(3).
async function derogationQuestions(systemId: string) {
  const system = await db().aiSystem.findUniqueOrThrow({
    where: { id: systemId },
    select: { currentRun: { select: { result: true } } },
  });
  const result = system.currentRun?.result as ClassificationResult;
  return result.openQuestions.filter((q) => q.citation.includes("Art 6("));
}

describe("the Art 6(3) assessment", () => {
  it("pre-fills from the classification, and legal's sign-off lifts the engine's requires_review", async () => {
    const { legal, compliance, systemId } = await legalOrganisation(DEROGATION_PROFILE);
    expect((await getClassificationSummary(legal, systemId)).disposition).toBe("REQUIRES_REVIEW");
    const editor = await getRecordEditor(compliance, systemId, "DEROGATION");
    expect(editor.prefill).toMatchObject({
      condition: "preparatory_task",
      profiling: "no",
      tradeName: "Credit scoring",
    });

    await saveDerogation(compliance, input(systemId, FULL_DEROGATION, { complete: true }));
    await expect(signOffDerogation(compliance, { systemId, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await derogationQuestions(systemId)).toHaveLength(2);
    const outcome = await signOffDerogation(legal, { systemId, version: 1 });
    expect(outcome).toMatchObject({ version: 2, runSequence: 2 });
    // The engine itself lifts its Art 6(3) review points; an unrelated, law-wide dispute about dates may remain.
    expect(await derogationQuestions(systemId)).toEqual([]);
    const run = await db().classificationRun.findFirstOrThrow({ where: { systemId }, orderBy: { sequence: "desc" } });
    expect(run.answers).toMatchObject({ derogationStatus: "documented_and_reviewed" });
    expect((await getDocumentation(legal, systemId)).derogation).toMatchObject({ signedOffByName: "Test LEGAL" });

    // Editing the signed-off assessment clears the sign-off, and the engine asks for review again.
    const edited = await saveDerogation(
      compliance,
      input(
        systemId,
        { ...FULL_DEROGATION, reasoning: "Changed reasoning for the record." },
        { version: 2, complete: true },
      ),
    );
    expect(edited.signOffCleared).toBe(true);
    expect((await getDocumentation(legal, systemId)).derogation).toMatchObject({
      signedOffByName: null,
      signedOffAt: null,
    });
    expect((await getClassificationSummary(legal, systemId)).disposition).toBe("REQUIRES_REVIEW");
    expect(await derogationQuestions(systemId)).not.toEqual([]);
  });

  it("blocks completion and sign-off when the system profiles natural persons", async () => {
    const result = ZDerogationInput.safeParse(input("s", { ...FULL_DEROGATION, profiling: "yes" }, { complete: true }));
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["fields.profiling", expect.stringMatching(/derogation is unavailable/)],
    ]);

    const { legal, systemId } = await legalOrganisation({ ...DEROGATION_PROFILE, performsProfiling: true });
    // The questionnaire already says it profiles: the engine keeps it high-risk and the record is there to say why.
    expect((await getDocumentation(legal, systemId)).applicability.DEROGATION.applies).toBe(true);
    await saveDerogation(legal, input(systemId, { ...FULL_DEROGATION, profiling: "no" }, { complete: true }));
    await expect(signOffDerogation(legal, { systemId, version: 1 })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/profiles natural persons/),
    });
  });

  it("refuses a sign-off of an incomplete, stale, foreign or inapplicable assessment", async () => {
    const { legal, systemId } = await legalOrganisation(DEROGATION_PROFILE);
    await expect(signOffDerogation(legal, { systemId, version: 1 })).rejects.toMatchObject({
      code: "VALIDATION",
      message: /Write and save/,
    });
    await saveDerogation(legal, input(systemId, { reasoning: "Draft" }));
    await expect(signOffDerogation(legal, { systemId, version: 1 })).rejects.toMatchObject({
      code: "VALIDATION",
      message: /tick “Complete”/,
    });
    await saveDerogation(legal, input(systemId, FULL_DEROGATION, { version: 1, complete: true }));
    await expect(signOffDerogation(legal, { systemId, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createOrganization("Other");
    await expect(signOffDerogation(other.admin, { systemId, version: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const plain = await legalOrganisation();
    await expect(saveDerogation(plain.legal, input(plain.systemId, FULL_DEROGATION))).rejects.toMatchObject({
      code: "VALIDATION",
      message: /does not rely on an Art 6\(3\) condition/,
    });
  });
});
