import "server-only";
import type { Actor } from "@/lib/access/actor";
import { can, PERMISSIONS } from "@/lib/access/permissions";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PolicyStatusCode } from "@/lib/validations/policies";
import { findPolicy, findVersion } from "./internal/refs";
import { notifyApprovers, notifyAudience } from "./internal/notify";

// A version's way: DRAFT → IN_APPROVAL (submitted by an editor) → APPROVED (by an administrator or legal) →
// PUBLISHED (the one before it retires; its audience is notified). Each step names the status it leaves in the
// update itself, so two people pressing the same button at once cannot both succeed.
//
// Four eyes: whoever last saved the text or submitted it may not approve it while another member can (an
// administrator or legal member who did neither). In an organisation where no one else can approve, they may, and
// the version says "approved by its author" for the auditor to see.

const moved = (from: PolicyStatusCode) =>
  new AppError(
    "CONFLICT",
    `This version is no longer ${from === "IN_APPROVAL" ? "in approval" : from.toLowerCase()}: reload the page to see its state.`,
  );

async function step(
  tx: Tx,
  organizationId: string,
  versionId: string,
  from: PolicyStatusCode[],
  data: Parameters<Tx["policyVersion"]["updateMany"]>[0]["data"],
) {
  const { count } = await tx.policyVersion.updateMany({
    where: { id: versionId, organizationId, status: { in: from } },
    data,
  });
  if (count === 0) throw moved(from[0]!);
}

export async function submitVersion(actor: Actor, versionId: string): Promise<void> {
  const member = await authorize(actor, "policy.write");
  await db().$transaction(async (tx) => {
    const version = await findVersion(tx, member, versionId);
    await step(tx, member.organizationId, version.id, ["DRAFT"], {
      status: "IN_APPROVAL",
      submittedById: member.userId,
    });
    const notified = await notifyApprovers(
      tx,
      member.organizationId,
      version.policy,
      version,
      member.userId,
      new Date(),
    );
    await audit(tx, member, version, "policy.submitted", { notified });
  });
}

/** Back to draft from approval (by an editor or an approver), e.g. to change the text after comments. */
export async function returnToDraft(actor: Actor, versionId: string): Promise<void> {
  const member = await authorize(actor, "system.read");
  if (!member.role || !(can(member.role, "policy.write") || can(member.role, "policy.approve")))
    throw new AppError("FORBIDDEN", "Only administrators, compliance officers and legal can send a policy back.");
  await db().$transaction(async (tx) => {
    const version = await findVersion(tx, member, versionId);
    await step(tx, member.organizationId, version.id, ["IN_APPROVAL", "APPROVED"], {
      status: "DRAFT",
      submittedById: null,
      approvedById: null,
      approvedByLabel: "",
      approvedAt: null,
      selfApproved: false,
    });
    await audit(tx, member, version, "policy.returned_to_draft");
  });
}

export async function approveVersion(actor: Actor, versionId: string): Promise<void> {
  const member = await authorize(actor, "policy.approve");
  const { organizationId } = member;
  await db().$transaction(async (tx) => {
    const version = await findVersion(tx, member, versionId);
    const involved = [version.authorId, version.submittedById].filter((id): id is string => !!id);
    const ownWork = involved.includes(member.userId);
    if (ownWork) {
      const others = await tx.membership.count({
        where: { organizationId, role: { in: [...PERMISSIONS["policy.approve"]] }, userId: { notIn: involved } },
      });
      if (others > 0)
        throw new AppError(
          "FORBIDDEN",
          "You wrote or submitted this version, so another administrator or legal member must approve it.",
        );
    }
    const me = await tx.user.findUnique({ where: { id: member.userId }, select: { name: true } });
    await step(tx, organizationId, version.id, ["IN_APPROVAL"], {
      status: "APPROVED",
      approvedById: member.userId,
      approvedByLabel: me?.name ?? member.actorLabel,
      approvedAt: new Date(),
      selfApproved: ownWork,
    });
    await audit(tx, member, version, "policy.approved", { selfApproved: ownWork });
  });
}

/** Publishes an approved version: the published one before it retires, and the audience is asked to read it. */
export async function publishVersion(actor: Actor, versionId: string): Promise<{ notified: number }> {
  const member = await authorize(actor, "policy.approve");
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const version = await findVersion(tx, member, versionId);
    const now = new Date();
    await step(tx, organizationId, version.id, ["APPROVED"], { status: "PUBLISHED", publishedAt: now });
    await tx.policyVersion.updateMany({
      where: { policyId: version.policyId, organizationId, status: "PUBLISHED", id: { not: version.id } },
      data: { status: "RETIRED", retiredAt: now },
    });
    const policy = await findPolicy(tx, member, version.policyId);
    const notified = await notifyAudience(tx, organizationId, policy, version);
    await audit(tx, member, version, "policy.published", { notified });
    return { notified };
  });
}

/** Withdraws the published version without a successor: no one is asked to read the policy any more. */
export async function retirePolicy(actor: Actor, policyId: string): Promise<void> {
  const member = await authorize(actor, "policy.approve");
  await db().$transaction(async (tx) => {
    const policy = await findPolicy(tx, member, policyId);
    const { count } = await tx.policyVersion.updateMany({
      where: { policyId: policy.id, organizationId: member.organizationId, status: "PUBLISHED" },
      data: { status: "RETIRED", retiredAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "This policy has no published version to retire.");
    await writeAudit(tx, member, { action: "policy.retired", entityType: "Policy", entityId: policy.id });
  });
}

async function audit(
  tx: Tx,
  member: Awaited<ReturnType<typeof authorize>>,
  version: { id: string; number: number; policyId: string },
  action: string,
  extra: Record<string, unknown> = {},
) {
  await writeAudit(tx, member, {
    action,
    entityType: "Policy",
    entityId: version.policyId,
    after: { version: version.number, versionId: version.id, ...extra },
  });
}
