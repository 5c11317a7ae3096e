import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

const ZId = z.string().trim().min(1).max(64);

// Draft or final is an explicit choice of the person exporting; the server still refuses a final one with gaps.
export const DOSSIER_FINALITIES = ["DRAFT", "FINAL"] as const;
export const ZExportDossier = z.object({
  systemId: ZId,
  finality: z.enum(DOSSIER_FINALITIES, { message: "Choose whether to export a draft or a final dossier." }),
  // Left out: the organisation's document language.
  locale: z.enum(LOCALES, { message: "Choose English, Deutsch or Français for the PDF." }).optional(),
});
export type TExportDossier = z.input<typeof ZExportDossier>;

export const ATTESTATION_MIN = 10;
export const ATTESTATION_MAX = 2000;

export const ZAttestDossier = z.object({
  dossierId: ZId,
  statement: z
    .string()
    .trim()
    .min(1, {
      message: "Write what you attest, for example that you reviewed this dossier and it is complete and accurate.",
      abort: true,
    })
    .min(ATTESTATION_MIN, `Write at least ${ATTESTATION_MIN} characters: say what you reviewed and what you attest.`)
    .max(ATTESTATION_MAX, `Use at most ${ATTESTATION_MAX.toLocaleString("en-GB")} characters.`),
});
export type TAttestDossier = z.input<typeof ZAttestDossier>;

// Which systems a bulk ZIP export covers: an explicit list, or a scope resolved on the server.
export const BULK_SCOPES = ["high-risk", "classified", "all"] as const;
export type BulkScope = (typeof BULK_SCOPES)[number];
export const MAX_BULK_SYSTEMS = 500;

export const ZBulkExportQuery = z.union([
  z.object({ systems: z.array(ZId).min(1, "Choose at least one system.").max(MAX_BULK_SYSTEMS) }),
  z.object({ scope: z.enum(BULK_SCOPES) }),
]);
export type TBulkExportQuery = z.output<typeof ZBulkExportQuery>;

export function parseBulkExportQuery(params: URLSearchParams) {
  const systems = params
    .get("systems")
    ?.split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  return ZBulkExportQuery.safeParse(systems?.length ? { systems } : { scope: params.get("scope") ?? undefined });
}

/** Far above any dossier Actlas writes (one with 300 obligations is under 1 MB): a larger upload cannot be one. */
export const MAX_VERIFY_BYTES = 50 * 1024 * 1024;
