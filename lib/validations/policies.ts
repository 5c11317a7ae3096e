import { z } from "zod";
import { ROLES } from "@/lib/access/permissions";

export const POLICY_KINDS = [
  "ACCEPTABLE_USE",
  "RISK_MANAGEMENT",
  "DATA_GOVERNANCE",
  "HUMAN_OVERSIGHT",
  "OTHER",
] as const;
export type PolicyKindCode = (typeof POLICY_KINDS)[number];
export const POLICY_KIND_LABELS: Record<PolicyKindCode, string> = {
  ACCEPTABLE_USE: "Acceptable use of AI",
  RISK_MANAGEMENT: "AI risk management",
  DATA_GOVERNANCE: "Data governance for AI",
  HUMAN_OVERSIGHT: "Human oversight",
  OTHER: "Other",
};

export const POLICY_STATUSES = ["DRAFT", "IN_APPROVAL", "APPROVED", "PUBLISHED", "RETIRED"] as const;
export type PolicyStatusCode = (typeof POLICY_STATUSES)[number];
export const POLICY_STATUS_LABELS: Record<PolicyStatusCode, string> = {
  DRAFT: "Draft",
  IN_APPROVAL: "In approval",
  APPROVED: "Approved, not published",
  PUBLISHED: "Published",
  RETIRED: "Retired",
};

// The database refuses longer text too (CHECK in migration *_policies): about 25 pages of plain text.
export const POLICY_BODY_MAX = 50_000;

const ZId = z.string().trim().min(1).max(64);

const ZPolicyFields = z.object({
  title: z
    .string()
    .trim()
    .min(3, "Give the policy a title (at least 3 characters).")
    .max(200, "Use at most 200 characters."),
  kind: z.enum(POLICY_KINDS, "Choose what kind of policy this is."),
  ownerId: z
    .string()
    .trim()
    .max(64)
    .transform((v) => (v ? v : null)),
  // Every member, or the members with one of the roles or in one of the business units below.
  audienceAll: z.boolean(),
  audienceRoles: z.array(z.enum(ROLES)).max(ROLES.length),
  audienceUnitIds: z.array(ZId).max(200),
  body: z
    .string()
    .trim()
    .min(1, "Write the policy's text.")
    .max(POLICY_BODY_MAX, `Use at most ${POLICY_BODY_MAX.toLocaleString("en-GB")} characters.`),
  changeNote: z.string().trim().max(1000, "Use at most 1,000 characters."),
});

function refineAudience(v: z.output<typeof ZPolicyFields>, ctx: z.RefinementCtx) {
  if (!v.audienceAll && v.audienceRoles.length === 0 && v.audienceUnitIds.length === 0)
    ctx.addIssue({
      code: "custom",
      path: ["audienceRoles"],
      message: "Choose who must read it: every member, or at least one role or business unit.",
    });
}

export const ZSavePolicy = ZPolicyFields.extend({ policyId: ZId, version: z.number().int().min(1) }).superRefine(
  refineAudience,
);
export type TSavePolicy = z.input<typeof ZSavePolicy>;
export type SavePolicyInput = z.output<typeof ZSavePolicy>;

export const POLICY_TEMPLATE_KEYS = [
  "acceptable-use",
  "risk-management",
  "data-governance",
  "human-oversight",
] as const;
export type PolicyTemplateKey = (typeof POLICY_TEMPLATE_KEYS)[number];
// "blank" starts an empty policy of kind OTHER.
export const ZStartPolicy = z.object({ template: z.enum([...POLICY_TEMPLATE_KEYS, "blank"], "Choose a template.") });
export type TStartPolicy = z.input<typeof ZStartPolicy>;

export const ZPolicyRef = z.object({ policyId: ZId });
export const ZPolicyVersionRef = z.object({ versionId: ZId });
export type TPolicyVersionRef = z.input<typeof ZPolicyVersionRef>;

export const ZPolicyEvidenceLink = z.object({ obligationId: ZId, policyId: ZId });
export type TPolicyEvidenceLink = z.input<typeof ZPolicyEvidenceLink>;
export const ZPolicyEvidenceUnlink = z.object({ linkId: ZId });

// A control is chosen as "<framework>:<control number>" from one list; the data layer checks it against lib/standards.
export const ZPolicyControlLink = z.object({
  policyId: ZId,
  control: z.string().trim().min(1, "Choose a control.").max(80, "Choose a control from the list."),
});
export type TPolicyControlLink = z.input<typeof ZPolicyControlLink>;
export const ZPolicyControlUnlink = z.object({ linkId: ZId });
