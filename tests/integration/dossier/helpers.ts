import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { addEvidenceFile } from "@/lib/dal/obligations/evidence";
import { db } from "@/lib/db/client";
import { defined } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { pdfBytes } from "../../unit/evidence/fixtures";
import { CREDIT_PROFILE } from "../../unit/pdf/fixtures";

// An organisation with a classified high-risk system, one evidence file and a legal member.
export async function classifiedOrganisation(name = "Dossier") {
  const { organizationId, admin } = await createOrganization(name);
  const legal = await addMember(organizationId, "LEGAL");
  const systemId = await createSystem(organizationId, "Kredytowy scoring Łódź");
  await storeClassificationRun(admin, { systemId, answers: CREDIT_PROFILE });
  const obligation = await db().obligation.findFirstOrThrow({ where: { systemId }, orderBy: { article: "asc" } });
  const evidence = await addEvidenceFile(admin, {
    systemId,
    obligationId: obligation.id,
    title: "Risk policy",
    fileName: "risk.pdf",
    bytes: pdfBytes("risk policy"),
  });
  return { organizationId, admin, legal, systemId, evidence };
}

export function tamper(pdf: Uint8Array, at = Math.floor(pdf.length / 2)): Uint8Array {
  const copy = Uint8Array.from(pdf);
  copy[at] = defined(copy[at], `byte ${at} of a ${pdf.length}-byte PDF`) ^ 0x01;
  return copy;
}
