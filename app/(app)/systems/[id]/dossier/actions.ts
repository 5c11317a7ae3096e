"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { attestDossier, exportDossier } from "@/lib/dal/dossiers/dossiers";
import { ZAttestDossier, ZExportDossier } from "@/lib/validations/dossier";

// Only the facts the page shows go back to the browser, never the PDF bytes themselves.
export const exportDossierAction = createAction(ZExportDossier, async (input, actor, { locale }) => {
  const dossier = await exportDossier(actor, input.systemId, input.finality, input.locale, locale);
  revalidatePath(`/systems/${input.systemId}/dossier`);
  revalidatePath("/reports");
  return {
    id: dossier.id,
    version: dossier.version,
    finality: dossier.finality,
    pdfSha256: dossier.pdfSha256,
    locale: dossier.locale,
  };
});

export const attestDossierAction = createAction(ZAttestDossier, async (input, actor) => {
  const result = await attestDossier(actor, input);
  revalidatePath("/systems/[id]/dossier", "page");
  revalidatePath("/reports");
  return result;
});
