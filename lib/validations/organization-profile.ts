import { z } from "zod";
import { ZSystemProfile } from "@/lib/rules";

/**
 * Questionnaire answers that are facts about the organisation itself, true for every system it has, so they are
 * asked once (Settings → Organisation profile) and pre-filled in each system's questionnaire:
 * - establishedInEu: where the organisation is established or located (Art 2(1)(b)) does not change per system.
 * - deployerEntityType: whether the organisation is a body governed by public law, a private entity providing public
 *   services, a private school or clinic, or another private organisation (Art 27(1), Art 49(3)) is its legal status.
 * - personalNonProfessionalUse: only a natural person acting in a purely personal capacity escapes deployer duties
 *   (Art 2(10), Art 3(4)); a company's or authority's use never is, for any system.
 * Deliberately left per system, because one organisation answers them differently from system to system:
 * activities and art25Actions (its role differs per system), placesOnEuMarket and outputUsedInEu (per market),
 * intendedUsers (on whose behalf this system is used), militaryUse, thirdCountryAuthorityCooperation (a cooperation
 * agreement covers some uses, not the organisation) and educationBodyType (who operates this system).
 */
export const ORGANIZATION_PROFILE_FIELDS = [
  "establishedInEu",
  "deployerEntityType",
  "personalNonProfessionalUse",
] as const;
export type OrganizationProfileField = (typeof ORGANIZATION_PROFILE_FIELDS)[number];

// The engine's own field schemas, so a stored value is exactly what the questionnaire would store (strict: no
// other field can slip into the organisation's row).
export const ZOrganizationProfile = ZSystemProfile.pick({
  establishedInEu: true,
  deployerEntityType: true,
  personalNonProfessionalUse: true,
});
export type TOrganizationProfile = z.infer<typeof ZOrganizationProfile>;

// Radio values in the settings form: "" leaves the question to each system's questionnaire.
export const ASK_PER_SYSTEM = "";
const YES = "yes";
const NO = "no";
export type OrganizationProfileFormValues = Record<OrganizationProfileField, string>;

const WRONG_CHOICE = "Choose one of the answers shown, or “Ask for each system”.";

// One radio value per question, the codes taken from the engine's own schema (so a fuzzer or a browser can only send
// a code the questionnaire knows), then turned into the stored answer.
function formAnswer<F extends OrganizationProfileField>(field: F) {
  const inner = ZOrganizationProfile.shape[field].unwrap();
  const codes: string[] = inner instanceof z.ZodEnum ? (inner.options as string[]) : [YES, NO];
  return z
    .enum([ASK_PER_SYSTEM, ...codes] as [string, ...string[]], { error: WRONG_CHOICE })
    .transform(
      (raw) =>
        (raw === ASK_PER_SYSTEM ? undefined : raw === YES ? true : raw === NO ? false : raw) as TOrganizationProfile[F],
    );
}

// What the settings form sends, one radio value per question, turned into the stored profile.
export const ZOrganizationProfileForm = z
  .strictObject({
    establishedInEu: formAnswer("establishedInEu"),
    deployerEntityType: formAnswer("deployerEntityType"),
    personalNonProfessionalUse: formAnswer("personalNonProfessionalUse"),
  })
  .transform((answers) => definedOnly(answers));

export function toFormValues(profile: TOrganizationProfile): OrganizationProfileFormValues {
  const code = (v: unknown) => (v === true ? YES : v === false ? NO : typeof v === "string" ? v : ASK_PER_SYSTEM);
  return Object.fromEntries(
    ORGANIZATION_PROFILE_FIELDS.map((f) => [f, code(profile[f])]),
  ) as OrganizationProfileFormValues;
}

export const booleanFormValue = (value: boolean) => (value ? YES : NO);

// A stored profile is read field by field: a value an older rule set allowed and this one does not is dropped on
// its own (that question is then asked per system again) instead of discarding the whole profile.
export function readStoredProfile(stored: unknown): TOrganizationProfile {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  const record = stored as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of ORGANIZATION_PROFILE_FIELDS) {
    const parsed = ZOrganizationProfile.shape[field].safeParse(record[field]);
    if (parsed.success && parsed.data !== undefined) out[field] = parsed.data;
  }
  return out as TOrganizationProfile;
}

function definedOnly(answers: TOrganizationProfile): TOrganizationProfile {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as TOrganizationProfile;
}
