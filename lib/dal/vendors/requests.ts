import "server-only";
import type { Actor } from "@/lib/access/actor";
import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { CATALOGUE, preselectedKinds, type RequestItemKind } from "@/lib/vendors/catalogue";
import { effectiveDueDate, linkIsOpen, requestStatus } from "@/lib/vendors/status";
import { ZCreateVendorRequest, ZDecideExtension, type TCreateVendorRequest } from "@/lib/validations/vendors";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

const DAY = 24 * 60 * 60 * 1000;

/** What the request form needs for one system: the system, the vendors (its suppliers first) and the pre-chosen items. */
export async function vendorRequestForm(actor: Actor, systemId: string) {
  const member = await authorize(actor, "evidence.write");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: { id: true, name: true, tier: true, possibleTier: true, roles: true, vendor: true },
  });
  if (!system) throw notFound("AI system");
  const vendors = await db().vendor.findMany({
    where: { organizationId: member.organizationId },
    select: { id: true, name: true, systems: { where: { systemId }, select: { id: true } } },
    orderBy: { name: "asc" },
  });
  const suppliers = vendors.filter((v) => v.systems.length > 0);
  return {
    system: { id: system.id, name: system.name, vendorText: system.vendor },
    vendors: vendors.map((v) => ({ id: v.id, name: v.name, supplies: v.systems.length > 0 })),
    defaultVendorId: suppliers.length === 1 ? suppliers[0]!.id : "",
    preselected: preselectedKinds(system),
  };
}

/** Creates the request and its link; the secret is returned once and only its hash is kept. */
export async function createVendorRequest(
  actor: Actor,
  raw: TCreateVendorRequest,
): Promise<{ requestId: string; token: string }> {
  const member = await authorize(actor, "evidence.write");
  const input = ZCreateVendorRequest.parse(raw);
  const org = member.organizationId;
  const [system, vendor] = await Promise.all([
    db().aiSystem.findFirst({ where: { id: input.systemId, organizationId: org }, select: { id: true } }),
    db().vendor.findFirst({ where: { id: input.vendorId, organizationId: org }, select: { id: true, name: true } }),
  ]);
  if (!system) throw notFound("AI system");
  if (!vendor) {
    const message = "Choose a vendor from your register.";
    throw new AppError("VALIDATION", message, { fieldErrors: { vendorId: [message] } });
  }
  const dueDate = new Date(`${input.dueDate}T00:00:00Z`);
  const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
  if (dueDate < today) {
    const message = "Choose a due date from today on.";
    throw new AppError("VALIDATION", message, { fieldErrors: { dueDate: [message] } });
  }
  const token = randomSecret();
  const kinds = [...new Set(input.kinds)];
  const requestId = await db().$transaction(async (tx) => {
    const request = await tx.vendorRequest.create({
      data: {
        organizationId: org,
        vendorId: vendor.id,
        systemId: system.id,
        tokenHash: sha256Hex(token),
        message: input.message,
        dueDate,
        expiresAt: new Date(Date.now() + input.linkDays * DAY),
        createdById: member.userId,
        createdByLabel: member.actorLabel,
        items: {
          create: kinds.map((kind) => ({
            organizationId: org,
            kind,
            question: kind === "question" ? input.question : "",
          })),
        },
      },
      select: { id: true },
    });
    await writeAudit(tx, member, {
      action: "vendor_request.sent",
      entityType: "VendorRequest",
      entityId: request.id,
      systemId: system.id,
      after: { vendor: vendor.name, kinds, dueDate: input.dueDate, linkDays: input.linkDays },
    });
    return request.id;
  });
  return { requestId, token };
}

async function requestOf(organizationId: string, requestId: string) {
  const request = await db().vendorRequest.findFirst({
    where: { id: requestId, organizationId },
    select: {
      id: true,
      systemId: true,
      revokedAt: true,
      expiresAt: true,
      extensionUntil: true,
      extensionAccepted: true,
    },
  });
  if (!request) throw notFound("vendor request");
  return request;
}

export async function revokeVendorRequest(actor: Actor, requestId: string): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const request = await requestOf(member.organizationId, requestId);
  await db().$transaction(async (tx) => {
    const { count } = await tx.vendorRequest.updateMany({
      where: { id: request.id, organizationId: member.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "This link was already revoked. Reload the page.");
    await writeAudit(tx, member, {
      action: "vendor_request.revoked",
      entityType: "VendorRequest",
      entityId: request.id,
      systemId: request.systemId,
    });
  });
}

export async function decideVendorExtension(actor: Actor, raw: { requestId: string; accept: boolean }): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const input = ZDecideExtension.parse(raw);
  const request = await requestOf(member.organizationId, input.requestId);
  if (!request.extensionUntil || request.extensionAccepted !== null) {
    throw new AppError("CONFLICT", "There is no pending request for more time. Reload the page.");
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.vendorRequest.updateMany({
      where: { id: request.id, organizationId: member.organizationId, extensionAccepted: null },
      data: { extensionAccepted: input.accept },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone decided on this already. Reload the page.");
    await writeAudit(tx, member, {
      action: input.accept ? "vendor_request.extension_accepted" : "vendor_request.extension_declined",
      entityType: "VendorRequest",
      entityId: request.id,
      systemId: request.systemId,
      after: { until: request.extensionUntil!.toISOString().slice(0, 10) },
    });
  });
}

export async function getVendorRequest(actor: Actor, requestId: string) {
  const member = await authorize(actor, "system.read");
  const r = await db().vendorRequest.findFirst({
    where: { id: requestId, organizationId: member.organizationId },
    select: {
      id: true,
      systemId: true,
      tokenHash: true,
      message: true,
      dueDate: true,
      expiresAt: true,
      revokedAt: true,
      extensionUntil: true,
      extensionReason: true,
      extensionAccepted: true,
      createdByLabel: true,
      createdAt: true,
      vendor: { select: { id: true, name: true } },
      items: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          question: true,
          answerText: true,
          answeredAt: true,
          evidence: { select: { evidenceId: true } },
        },
      },
    },
  });
  if (!r) throw notFound("vendor request");
  const system = await db().aiSystem.findFirst({
    where: { id: r.systemId, organizationId: member.organizationId },
    select: { name: true },
  });
  const evidenceIds = r.items.flatMap((i) => i.evidence.map((e) => e.evidenceId));
  const evidence = await db().evidence.findMany({
    where: { organizationId: member.organizationId, id: { in: evidenceIds } },
    select: { id: true, obligation: { select: { id: true, article: true, title: true } } },
  });
  const now = new Date();
  const { tokenHash, ...rest } = r;
  return {
    ...rest,
    systemName: system?.name ?? "",
    status: requestStatus(r, now),
    linkOpen: linkIsOpen({ ...r, tokenHash }, now),
    effectiveDueDate: effectiveDueDate(r),
    items: r.items.map((i) => {
      const ids = new Set(i.evidence.map((e) => e.evidenceId));
      const entry = CATALOGUE[i.kind as RequestItemKind] ?? CATALOGUE.question;
      return {
        id: i.id,
        kind: (i.kind in CATALOGUE ? i.kind : "question") as RequestItemKind,
        title: entry.title,
        article: entry.article,
        question: i.question,
        answerText: i.answerText,
        answeredAt: i.answeredAt,
        filedOn: evidence.filter((e) => ids.has(e.id)).map((e) => e.obligation),
      };
    }),
  };
}
export type VendorRequestDTO = Awaited<ReturnType<typeof getVendorRequest>>;

/** A system's requests, newest first (the system page's vendor card). */
export async function listSystemVendorRequests(actor: Actor, systemId: string) {
  const member = await authorize(actor, "system.read");
  const rows = await db().vendorRequest.findMany({
    where: { organizationId: member.organizationId, systemId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      dueDate: true,
      expiresAt: true,
      revokedAt: true,
      extensionUntil: true,
      extensionAccepted: true,
      createdAt: true,
      vendor: { select: { name: true } },
      items: { select: { answeredAt: true } },
    },
  });
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    vendorName: r.vendor.name,
    createdAt: r.createdAt,
    status: requestStatus(r, now),
  }));
}
