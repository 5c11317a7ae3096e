import { z } from "zod";
import { ROLES } from "@/lib/access/permissions";
import { ZApiId, ZDateTime } from "./api-common";
import { POLICY_KINDS, POLICY_STATUSES } from "./policies";

// The REST API's read-only view of the organisation's AI policies (lib/api/routes/policies.ts). Acknowledging is not
// offered: a token is not a person, and only the person a policy is addressed to can say they read it.

export const ZPolicyParams = z.object({ policyId: ZApiId });

const ZAcknowledgements = z
  .object({
    acknowledged: z.number().int(),
    total: z.number().int().describe("Current members of the audience."),
    percent: z.number().int().nullable().describe("acknowledged / total, rounded; null with nobody in the audience."),
  })
  .nullable()
  .describe("Of the version in force; null when no version is in force.");

const ZCurrentVersion = z
  .object({ id: z.string(), number: z.number().int(), publishedAt: ZDateTime.nullable() })
  .nullable()
  .describe("The published version in force, or null (not published yet, or retired).");

export const ZPolicyListItemApi = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(POLICY_KINDS),
  ownerName: z.string().nullable(),
  latest: z
    .object({ number: z.number().int(), status: z.enum(POLICY_STATUSES) })
    .describe("The newest version: the one being worked on, or the one in force."),
  current: ZCurrentVersion,
  acknowledgements: ZAcknowledgements,
});

export const ZPolicyApi = ZPolicyListItemApi.extend({
  audience: z.object({
    all: z.boolean().describe("Every member; otherwise members with one of `roles` or in one of `units`."),
    roles: z.array(z.enum(ROLES)),
    units: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  text: z.string().nullable().describe("The text of the version in force, in Markdown; null when none is."),
  approvedBy: z.string().nullable(),
  approvedAt: ZDateTime.nullable(),
  controls: z
    .array(z.object({ framework: z.string(), controlId: z.string(), title: z.string() }))
    .describe("ISO/IEC 42001 and NIST AI RMF controls the policy is linked to as evidence."),
});
