import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { recordReviewDecision } from "@/lib/dal/classification/reviews";
import { saveAnnexIvSection, saveFria } from "@/lib/dal/legal-records/write";
import { addEvidenceFile } from "@/lib/dal/obligations/evidence";
import { createRisk } from "@/lib/dal/risks/risks";
import { ZCreateRisk } from "@/lib/validations/risks";
import { db } from "@/lib/db/client";
import { ANNEX_IV_SECTIONS } from "@/lib/legal/annex-iv";
import type { LegalField } from "@/lib/legal/fields";
import { FRIA_FIELDS } from "@/lib/legal/fria-fields";
import type { TSystemProfile } from "@/lib/rules";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { pdfBytes } from "../../unit/evidence/fixtures";
import { CREDIT_PROFILE } from "../../unit/pdf/fixtures";

// Every field filled as its kind asks, so a record can be saved as complete.
function filled(fields: readonly LegalField[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => [
      f.key,
      f.kind === "select"
        ? (f.options?.[0]?.value ?? "")
        : f.kind === "date"
          ? "2026-11-01"
          : `${f.label}: written down.`,
    ]),
  );
}

/**
 * A system with nothing missing, built through the same DAL the screens use: classified (high-risk credit scoring by
 * default), every duty done with evidence, the Annex IV sections and the FRIA complete, a risk register, and legal's review
 * confirmed.
 */
export async function cleanOrganisation({
  profile = CREDIT_PROFILE,
  name = "Clean",
  systemName = "Kredytowy scoring Łódź",
}: { profile?: TSystemProfile; name?: string; systemName?: string } = {}) {
  const { organizationId, admin } = await createOrganization(name);
  const legal = await addMember(organizationId, "LEGAL");
  const systemId = await createSystem(organizationId, systemName);
  await storeClassificationRun(admin, { systemId, answers: profile });
  const obligations = await db().obligation.findMany({ where: { systemId }, select: { id: true, article: true } });
  for (const [i, o] of obligations.entries()) {
    await addEvidenceFile(admin, {
      systemId,
      obligationId: o.id,
      title: `Evidence for ${o.article}`,
      fileName: `evidence-${i}.pdf`,
      bytes: pdfBytes(`evidence ${i}`),
    });
  }
  await db().obligation.updateMany({ where: { systemId }, data: { status: "DONE" } });
  const run = await db().classificationRun.findFirstOrThrow({ where: { systemId }, select: { id: true, tier: true } });
  if (run.tier === "HIGH") {
    for (const section of ANNEX_IV_SECTIONS)
      await saveAnnexIvSection(legal, {
        systemId,
        section: section.number,
        version: 0,
        ownerId: "",
        complete: true,
        evidenceIds: [],
        fields: filled(section.fields),
      });
    await saveFria(legal, {
      systemId,
      version: 0,
      ownerId: "",
      complete: true,
      evidenceIds: [],
      fields: filled(FRIA_FIELDS),
    });
    // Art 9: a register with one treated risk, reviewed in the future, so nothing is missing there either.
    await createRisk(
      legal,
      ZCreateRisk.parse({
        systemId,
        title: "Unfair refusals of thin-file applicants",
        description: "",
        affectedPersons: "Applicants",
        fundamentalRights: "Non-discrimination",
        source: "FRIA",
        likelihood: 4,
        impact: 4,
        residualLikelihood: 2,
        residualImpact: 3,
        treatment: "MITIGATE",
        mitigation: "A credit officer reviews every refusal.",
        ownerId: "",
        nextReviewDate: "2099-01-01",
        status: "TREATED",
      }),
    );
  }
  await recordReviewDecision(legal, { runId: run.id, decision: "CONFIRMED", justification: "Read and confirmed." });
  return { organizationId, admin, legal, systemId };
}
