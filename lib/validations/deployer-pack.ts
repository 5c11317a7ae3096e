import { z } from "zod";

const ZId = z.string().trim().min(1).max(64);
// A chosen evidence file version, or "" for none.
const ZFileChoice = z.union([z.literal(""), ZId]);

export const PACK_LINK_DEFAULT_DAYS = 90;
export const PACK_LINK_MAX_DAYS = 365;

// Publishing a pack: which files go in and the facts the provider writes. Blank facts are allowed (the pack then
// says plainly what is missing) but anything typed must be well-formed.
export const ZPublishDeployerPack = z.object({
  systemId: ZId,
  instructionsVersionId: ZFileChoice,
  declarationVersionId: ZFileChoice,
  certificateVersionId: ZFileChoice,
  registrationNumber: z.string().trim().max(100, "Use at most 100 characters."),
  ceMarking: z.string().trim().max(500, "Use at most 500 characters."),
  incidentContactName: z.string().trim().max(200, "Use at most 200 characters."),
  incidentContactEmail: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(254, "Use at most 254 characters.")
      .pipe(z.email("Enter an e-mail address such as incidents@example.com.")),
  ]),
});
export type TPublishDeployerPack = z.input<typeof ZPublishDeployerPack>;
export type PublishDeployerPackInput = z.output<typeof ZPublishDeployerPack>;

export const ZCreatePackLink = z.object({
  systemId: ZId,
  label: z.string().trim().min(1, "Name the customer this link is for.").max(200, "Use at most 200 characters."),
  expiresInDays: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `Enter a whole number of days from 1 to ${PACK_LINK_MAX_DAYS}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, "A link must stay valid for at least 1 day.")
        .max(PACK_LINK_MAX_DAYS, `A link can stay valid for at most ${PACK_LINK_MAX_DAYS} days.`),
    ),
  followLatest: z.boolean(),
});
export type TCreatePackLink = z.input<typeof ZCreatePackLink>;
export type CreatePackLinkInput = z.output<typeof ZCreatePackLink>;

export const ZRevokePackLink = z.object({ systemId: ZId, linkId: ZId });
export type TRevokePackLink = z.input<typeof ZRevokePackLink>;

// The secret of a customer link: randomSecret()'s 32 bytes in base64url.
export const ZPackToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
