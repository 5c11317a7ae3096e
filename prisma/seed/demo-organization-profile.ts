import { ZOrganizationProfile, type TOrganizationProfile } from "../../lib/validations/organization-profile";

// The demo bank's organisation profile (Settings → Organisation profile): an EU-established private company, so
// every new questionnaire starts with these answered. Parsed here so a change of the questionnaire's codes fails the
// seed instead of storing a value the form would refuse.
export const DEMO_ORGANIZATION_PROFILE: TOrganizationProfile = ZOrganizationProfile.parse({
  establishedInEu: true,
  deployerEntityType: "private_other",
  personalNonProfessionalUse: false,
});
