import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_LEAD_DAYS } from "@/lib/obligations/due-date";
import { ZOrganizationProfile } from "./organization-profile";
import { MAX_RISK_LABEL } from "./risk-scale";

const ROLES = ["ADMIN", "COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"] as const;

// The envelope of an organisation export (format version 1). Rows inside `tables` are checked by the database's
// own constraints when they are written; a bad file fails the one transaction and leaves nothing behind.
export const ZOrganizationExport = z.object({
  format: z.literal("actlas-organization-export"),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  // profile: absent in files made before organisation profiles; checked like the settings form, so a file cannot
  // store what the form would refuse.
  organization: z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    createdAt: z.string(),
    profile: ZOrganizationProfile.nullable().optional(),
    // Obligation planning (Settings → Organisation); absent in files made before it existed.
    planning: z
      .object({
        obligationLeadDays: z.number().int().min(1).max(MAX_LEAD_DAYS),
        evidenceRequiredForDone: z.boolean(),
      })
      .optional(),
    // The risk scale's words (Settings → Risk scale) as stored, empty for the defaults; absent in older files.
    riskScale: z
      .object({
        likelihood: z
          .array(z.string().trim().min(1).max(MAX_RISK_LABEL))
          .refine((l) => l.length === 0 || l.length === 5),
        impact: z.array(z.string().trim().min(1).max(MAX_RISK_LABEL)).refine((l) => l.length === 0 || l.length === 5),
      })
      .optional(),
    // The language the organisation's documents are written in (Settings → Language); absent in older files.
    documentLocale: z.enum(LOCALES).optional(),
  }),
  members: z.array(
    z.object({ email: z.string().email(), role: z.enum(ROLES), notificationPrefs: z.unknown(), createdAt: z.string() }),
  ),
  people: z.array(z.object({ id: z.string(), email: z.string().email(), name: z.string() })),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type TOrganizationExport = z.infer<typeof ZOrganizationExport>;

export const MAX_ORGANIZATION_IMPORT_BYTES = 19 * 1024 * 1024;
