import "server-only";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PolicyStatusCode } from "@/lib/validations/policies";

// A published policy version as evidence that an obligation is met. The link keeps the version that was in force
// when it was made: a later publication shows it as superseded rather than silently moving it.

export type PolicyEvidenceDTO = {
  linkId: string;
  obligationId: string;
  policyId: string;
  title: string;
  number: number;
  status: PolicyStatusCode;
};

export type PolicyUseDTO = {
  article: string;
  obligationTitle: string;
  systems: { id: string; name: string; obligationId: string }[];
};

export async function linkPolicyToObligation(
  actor: Actor,
  input: { obligationId: string; policyId: string },
): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const { organizationId } = member;
  await db().$transaction(async (tx) => {
    const obligation = await tx.obligation.findFirst({
      where: { id: input.obligationId, organizationId },
      select: { id: true, systemId: true, article: true },
    });
    if (!obligation) throw notFound("obligation");
    const version = await tx.policyVersion.findFirst({
      where: { policyId: input.policyId, organizationId, status: "PUBLISHED" },
      select: { id: true, number: true, policy: { select: { title: true } } },
    });
    if (!version)
      throw new AppError("VALIDATION", "Choose a published policy of this organisation.", {
        fieldErrors: { policyId: ["Choose a published policy: only a published version can be evidence."] },
      });
    const { count } = await tx.policyEvidenceLink.createMany({
      data: [{ organizationId, obligationId: obligation.id, policyVersionId: version.id }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await writeAudit(tx, member, {
      action: "policy.linked_as_evidence",
      entityType: "Obligation",
      entityId: obligation.id,
      systemId: obligation.systemId,
      after: { policy: version.policy.title, version: version.number, policyVersionId: version.id },
    });
  });
}

export async function unlinkPolicyEvidence(actor: Actor, linkId: string): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const { organizationId } = member;
  await db().$transaction(async (tx) => {
    const link = await tx.policyEvidenceLink.findFirst({
      where: { id: linkId, organizationId },
      select: {
        id: true,
        obligation: { select: { id: true, systemId: true } },
        policyVersion: { select: { number: true, policy: { select: { title: true } } } },
      },
    });
    if (!link) throw notFound("policy link");
    await tx.policyEvidenceLink.deleteMany({ where: { id: link.id, organizationId } });
    await writeAudit(tx, member, {
      action: "policy.unlinked_as_evidence",
      entityType: "Obligation",
      entityId: link.obligation.id,
      systemId: link.obligation.systemId,
      before: { policy: link.policyVersion.policy.title, version: link.policyVersion.number },
    });
  });
}

/** The policy links of a system's obligations. */
export async function policyEvidenceForSystem(actor: Actor, systemId: string): Promise<PolicyEvidenceDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().policyEvidenceLink.findMany({
    where: { organizationId: member.organizationId, obligation: { systemId } },
    select: {
      id: true,
      obligationId: true,
      policyVersion: { select: { number: true, status: true, policy: { select: { id: true, title: true } } } },
    },
    orderBy: { createdAt: "asc" },
    take: 1000,
  });
  return rows.map((r) => ({
    linkId: r.id,
    obligationId: r.obligationId,
    policyId: r.policyVersion.policy.id,
    title: r.policyVersion.policy.title,
    number: r.policyVersion.number,
    status: r.policyVersion.status,
  }));
}

/** What a policy is evidence for, by obligation: "Art 4 AI literacy, on 3 systems". */
export async function policyUses(actor: Actor, policyId: string): Promise<PolicyUseDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().policyEvidenceLink.findMany({
    where: { organizationId: member.organizationId, policyVersion: { policyId } },
    select: {
      obligation: {
        select: { id: true, code: true, article: true, title: true, system: { select: { id: true, name: true } } },
      },
    },
    take: 2000,
  });
  const byCode = new Map<string, PolicyUseDTO>();
  for (const { obligation: o } of rows) {
    const use = byCode.get(o.code) ?? { article: o.article, obligationTitle: o.title, systems: [] };
    if (!use.systems.some((s) => s.id === o.system.id))
      use.systems.push({ id: o.system.id, name: o.system.name, obligationId: o.id });
    byCode.set(o.code, use);
  }
  return [...byCode.values()].sort((a, b) => a.article.localeCompare(b.article, "en", { numeric: true }));
}

/** Published policies to offer in an obligation's "Link a policy". */
export async function publishedPolicies(actor: Actor): Promise<{ id: string; title: string; number: number }[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().policyVersion.findMany({
    where: { organizationId: member.organizationId, status: "PUBLISHED" },
    select: { number: true, policy: { select: { id: true, title: true } } },
    take: 1000,
  });
  return rows
    .map((r) => ({ id: r.policy.id, title: r.policy.title, number: r.number }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
