import { db } from "@/lib/db/client";

// The rich organisation's AI policies: a policy owned by a member, addressed to a role and a business unit, with a
// retired and a published version (approved by a member), an acknowledgement and a link as an obligation's evidence,
// so the export round trip and the tenant probes cover all six tables (and its link to an ISO 42001 control).
export async function addRichPolicies(o: { organizationId: string; obligationId: string; memberId: string }) {
  const { organizationId, memberId } = o;
  const unit = await db().businessUnit.create({ data: { organizationId, name: "Rich policy unit" } });
  const policy = await db().policy.create({
    data: {
      organizationId,
      title: "Rich policy: acceptable use of AI",
      kind: "ACCEPTABLE_USE",
      ownerId: memberId,
      audienceAll: false,
      audienceRoles: ["LEGAL"],
      audienceUnits: { create: { organizationId, businessUnitId: unit.id } },
    },
  });
  const approved = {
    organizationId,
    policyId: policy.id,
    authorId: memberId,
    submittedById: memberId,
    approvedById: memberId,
    approvedByLabel: "Rich legal",
    approvedAt: new Date("2026-11-01T09:00:00Z"),
    selfApproved: true,
  };
  await db().policyVersion.create({
    data: { ...approved, number: 1, body: "Version one.", status: "RETIRED", retiredAt: new Date("2026-12-01") },
  });
  const current = await db().policyVersion.create({
    data: {
      ...approved,
      number: 2,
      body: "1. Purpose\nUse approved AI tools only.",
      changeNote: "Clearer purpose",
      status: "PUBLISHED",
      publishedAt: new Date("2026-12-01T10:00:00Z"),
    },
  });
  await db().policyAcknowledgement.create({
    data: { organizationId, policyVersionId: current.id, userId: memberId, userLabel: "Rich legal" },
  });
  await db().policyEvidenceLink.create({
    data: { organizationId, obligationId: o.obligationId, policyVersionId: current.id },
  });
  await db().policyControlLink.create({
    data: { organizationId, policyId: policy.id, framework: "iso-42001", controlId: "A.2.2" },
  });
}
