import "server-only";
import type { Actor } from "@/lib/access/actor";
import type { Role } from "@/lib/access/permissions";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { templateFor } from "@/lib/policies/templates";
import type { PolicyKindCode, PolicyStatusCode, SavePolicyInput, PolicyTemplateKey } from "@/lib/validations/policies";
import { assertMember, assertUnits, findPolicy, policyConflict } from "./internal/refs";

// Policies and the text of their open draft. Approval and publication are in workflow.ts, reading in
// acknowledgements.ts.

export type PolicyVersionDTO = {
  id: string;
  number: number;
  status: PolicyStatusCode;
  body: string;
  changeNote: string;
  authorId: string | null;
  authorName: string | null;
  submittedById: string | null;
  submittedByName: string | null;
  approvedByLabel: string;
  approvedAt: Date | null;
  selfApproved: boolean;
  publishedAt: Date | null;
  retiredAt: Date | null;
  createdAt: Date;
};

export type PolicyDTO = {
  id: string;
  title: string;
  kind: PolicyKindCode;
  ownerId: string | null;
  ownerName: string | null;
  audienceAll: boolean;
  audienceRoles: Role[];
  audienceUnits: { id: string; name: string }[];
  version: number;
  versions: PolicyVersionDTO[]; // newest first
};

const OPEN: PolicyStatusCode[] = ["DRAFT", "IN_APPROVAL", "APPROVED"];

export async function getPolicy(actor: Actor, policyId: string): Promise<PolicyDTO> {
  const member = await authorize(actor, "system.read");
  const policy = await db().policy.findFirst({
    where: { id: policyId, organizationId: member.organizationId },
    include: {
      audienceUnits: { select: { unit: { select: { id: true, name: true } } } },
      versions: { orderBy: { number: "desc" }, take: 100 },
    },
  });
  if (!policy) throw new AppError("NOT_FOUND", "This policy does not exist or belongs to another organisation.");
  const people = [policy.ownerId, ...policy.versions.flatMap((v) => [v.authorId, v.submittedById])].filter(
    (id): id is string => !!id,
  );
  const users = await db().membership.findMany({
    where: { organizationId: member.organizationId, userId: { in: [...new Set(people)] } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const nameOf = (id: string | null) => (id ? (users.find((u) => u.userId === id)?.user.name ?? null) : null);
  return {
    id: policy.id,
    title: policy.title,
    kind: policy.kind,
    ownerId: policy.ownerId,
    ownerName: nameOf(policy.ownerId),
    audienceAll: policy.audienceAll,
    audienceRoles: policy.audienceRoles,
    audienceUnits: policy.audienceUnits.map((u) => u.unit).sort((a, b) => a.name.localeCompare(b.name)),
    version: policy.version,
    versions: policy.versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status,
      body: v.body,
      changeNote: v.changeNote,
      authorId: v.authorId,
      authorName: nameOf(v.authorId),
      submittedById: v.submittedById,
      submittedByName: nameOf(v.submittedById),
      approvedByLabel: v.approvedByLabel,
      approvedAt: v.approvedAt,
      selfApproved: v.selfApproved,
      publishedAt: v.publishedAt,
      retiredAt: v.retiredAt,
      createdAt: v.createdAt,
    })),
  };
}

/** A new policy from one of our templates (or blank): version 1 as a draft, owned by whoever started it. */
export async function startPolicy(actor: Actor, template: PolicyTemplateKey | "blank"): Promise<{ id: string }> {
  const member = await authorize(actor, "policy.write");
  const start = templateFor(template);
  return db().$transaction(async (tx) => {
    const policy = await tx.policy.create({
      data: {
        organizationId: member.organizationId,
        title: start.title,
        kind: start.kind,
        ownerId: member.tokenId ? null : member.userId,
        audienceAll: true,
        audienceRoles: [],
      },
      select: { id: true },
    });
    await tx.policyVersion.create({
      data: {
        organizationId: member.organizationId,
        policyId: policy.id,
        number: 1,
        body: start.body,
        authorId: member.userId,
      },
    });
    await writeAudit(tx, member, {
      action: "policy.created",
      entityType: "Policy",
      entityId: policy.id,
      after: { title: start.title, kind: start.kind, template },
    });
    return policy;
  });
}

/** Saves the policy's details and the text of its draft; refused when someone saved in between. */
export async function savePolicy(actor: Actor, input: SavePolicyInput): Promise<{ version: number }> {
  const member = await authorize(actor, "policy.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const policy = await findPolicy(tx, member, input.policyId);
    const draft = await tx.policyVersion.findFirst({
      where: { policyId: policy.id, organizationId, status: "DRAFT" },
      select: { id: true, number: true, body: true },
    });
    if (!draft)
      throw new AppError(
        "CONFLICT",
        "This policy has no draft to edit: it is in approval or published. Start a new version from the policy's page.",
      );
    await assertMember(tx, organizationId, input.ownerId, "ownerId");
    const unitIds = input.audienceAll ? [] : [...new Set(input.audienceUnitIds)];
    await assertUnits(tx, organizationId, unitIds);
    const roles = input.audienceAll ? [] : [...new Set(input.audienceRoles)];
    const { count } = await tx.policy.updateMany({
      where: { id: policy.id, organizationId, version: input.version },
      data: {
        title: input.title,
        kind: input.kind,
        ownerId: input.ownerId,
        audienceAll: input.audienceAll,
        audienceRoles: roles,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await policyConflict(tx, organizationId, policy.id);
    await tx.policyAudienceUnit.deleteMany({ where: { policyId: policy.id, organizationId } });
    await tx.policyAudienceUnit.createMany({
      data: unitIds.map((businessUnitId) => ({ organizationId, policyId: policy.id, businessUnitId })),
    });
    await tx.policyVersion.updateMany({
      where: { id: draft.id, organizationId, status: "DRAFT" },
      data: { body: input.body, changeNote: input.changeNote, authorId: member.userId },
    });
    await writeAudit(tx, member, {
      action: "policy.updated",
      entityType: "Policy",
      entityId: policy.id,
      before: { title: policy.title, kind: policy.kind, ownerId: policy.ownerId, bodyLength: draft.body.length },
      after: {
        title: input.title,
        kind: input.kind,
        ownerId: input.ownerId,
        audience: input.audienceAll ? "all members" : { roles, unitIds },
        version: draft.number,
        bodyLength: input.body.length,
      },
    });
    return { version: input.version + 1 };
  });
}

/** Opens version n + 1 as a draft with the latest text, when no version is open yet. */
export async function startNewVersion(actor: Actor, policyId: string): Promise<{ versionId: string }> {
  const member = await authorize(actor, "policy.write");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const policy = await findPolicy(tx, member, policyId);
    const latest = await tx.policyVersion.findFirst({
      where: { policyId: policy.id, organizationId },
      orderBy: { number: "desc" },
      select: { number: true, status: true, body: true },
    });
    if (latest && OPEN.includes(latest.status))
      throw new AppError("CONFLICT", `Version ${latest.number} is still open: finish or edit it instead.`);
    const number = (latest?.number ?? 0) + 1;
    const version = await tx.policyVersion.create({
      data: { organizationId, policyId: policy.id, number, body: latest?.body ?? "", authorId: member.userId },
      select: { id: true },
    });
    // Bumped so that an edit form opened before this new draft existed cannot save over it.
    await tx.policy.updateMany({ where: { id: policy.id, organizationId }, data: { version: { increment: 1 } } });
    await writeAudit(tx, member, {
      action: "policy.version_started",
      entityType: "Policy",
      entityId: policy.id,
      after: { version: number },
    });
    return { versionId: version.id };
  });
}
