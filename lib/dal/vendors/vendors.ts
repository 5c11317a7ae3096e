import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { CATALOGUE, type RequestItemKind } from "@/lib/vendors/catalogue";
import { requestStatus, type RequestStatus } from "@/lib/vendors/status";
import {
  ZCreateVendor,
  ZUpdateVendor,
  ZVendorSupply,
  type TCreateVendor,
  type TUpdateVendor,
  type TVendorSupply,
} from "@/lib/validations/vendors";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

// The vendor register: who supplies which systems and models. Reading is for everyone in the organisation; writing
// for the people who work evidence (the register exists to collect it).

const NAME_TAKEN = "A vendor of this name is already in the register.";
const OPEN: readonly RequestStatus[] = ["sent", "partly_answered", "overdue"];

const requestSelect = {
  id: true,
  systemId: true,
  dueDate: true,
  expiresAt: true,
  revokedAt: true,
  extensionUntil: true,
  extensionAccepted: true,
  createdAt: true,
  items: { select: { kind: true, answeredAt: true } },
} as const;

type RequestRow = {
  dueDate: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  extensionUntil: Date | null;
  extensionAccepted: boolean | null;
  items: { kind: string; answeredAt: Date | null }[];
};

/** What a vendor still owes: the unanswered items of its requests that are still open. */
export function owedItems(requests: RequestRow[], now: Date = new Date()): string[] {
  return requests
    .filter((r) => OPEN.includes(requestStatus(r, now)))
    .flatMap((r) => r.items.filter((i) => !i.answeredAt))
    .map((i) => CATALOGUE[i.kind as RequestItemKind]?.title ?? i.kind);
}

export type VendorListDTO = {
  id: string;
  name: string;
  contactName: string;
  contactEmail: string;
  systems: number;
  models: number;
  owed: string[];
  overdue: number;
};

export async function listVendors(actor: Actor): Promise<VendorListDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().vendor.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      contactName: true,
      contactEmail: true,
      _count: { select: { systems: true, models: true } },
      requests: { select: requestSelect },
    },
  });
  const now = new Date();
  return rows.map((v) => ({
    id: v.id,
    name: v.name,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    systems: v._count.systems,
    models: v._count.models,
    owed: owedItems(v.requests, now),
    overdue: v.requests.filter((r) => requestStatus(r, now) === "overdue").length,
  }));
}

export async function getVendor(actor: Actor, vendorId: string) {
  const member = await authorize(actor, "system.read");
  const vendor = await db().vendor.findFirst({
    where: { id: vendorId, organizationId: member.organizationId },
    select: {
      id: true,
      name: true,
      contactName: true,
      contactEmail: true,
      website: true,
      notes: true,
      systems: { select: { systemId: true } },
      models: { select: { modelId: true } },
      requests: { select: requestSelect, orderBy: { createdAt: "desc" } },
    },
  });
  if (!vendor) throw notFound("vendor");
  const systemIds = [...new Set([...vendor.systems.map((s) => s.systemId), ...vendor.requests.map((r) => r.systemId)])];
  const [systems, models] = await Promise.all([
    db().aiSystem.findMany({
      where: { organizationId: member.organizationId, id: { in: systemIds } },
      select: { id: true, name: true },
    }),
    db().aiModel.findMany({
      where: { organizationId: member.organizationId, id: { in: vendor.models.map((m) => m.modelId) } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const nameOf = new Map(systems.map((s) => [s.id, s.name]));
  const now = new Date();
  return {
    ...vendor,
    systems: vendor.systems
      .map((s) => ({ id: s.systemId, name: nameOf.get(s.systemId) ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    models,
    owed: owedItems(vendor.requests, now),
    requests: vendor.requests.map((r) => ({
      id: r.id,
      systemId: r.systemId,
      systemName: nameOf.get(r.systemId) ?? "",
      createdAt: r.createdAt,
      dueDate: r.dueDate,
      status: requestStatus(r, now),
      answered: r.items.filter((i) => i.answeredAt).length,
      total: r.items.length,
    })),
  };
}
export type VendorDTO = Awaited<ReturnType<typeof getVendor>>;

function nameTaken(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002";
}

export async function createVendor(actor: Actor, raw: TCreateVendor): Promise<{ id: string }> {
  const member = await authorize(actor, "evidence.write");
  const input = ZCreateVendor.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const vendor = await tx.vendor.create({
        data: { organizationId: member.organizationId, ...input },
        select: { id: true },
      });
      await writeAudit(tx, member, {
        action: "vendor.created",
        entityType: "Vendor",
        entityId: vendor.id,
        after: input,
      });
      return vendor;
    });
  } catch (error) {
    if (nameTaken(error)) throw new AppError("VALIDATION", NAME_TAKEN, { fieldErrors: { name: [NAME_TAKEN] } });
    throw error;
  }
}

export async function updateVendor(actor: Actor, raw: TUpdateVendor): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const { vendorId, ...input } = ZUpdateVendor.parse(raw);
  try {
    await db().$transaction(async (tx) => {
      const { count } = await tx.vendor.updateMany({
        where: { id: vendorId, organizationId: member.organizationId },
        data: input,
      });
      if (count === 0) throw notFound("vendor");
      await writeAudit(tx, member, {
        action: "vendor.updated",
        entityType: "Vendor",
        entityId: vendorId,
        after: input,
      });
    });
  } catch (error) {
    if (nameTaken(error)) throw new AppError("VALIDATION", NAME_TAKEN, { fieldErrors: { name: [NAME_TAKEN] } });
    throw error;
  }
}

/** Records that the vendor supplies a system or a model of the same organisation (idempotent). */
export async function linkVendorSupply(actor: Actor, raw: TVendorSupply): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const input = ZVendorSupply.parse(raw);
  const org = member.organizationId;
  const [vendor, target] = await Promise.all([
    db().vendor.findFirst({ where: { id: input.vendorId, organizationId: org }, select: { id: true } }),
    input.kind === "system"
      ? db().aiSystem.findFirst({ where: { id: input.targetId, organizationId: org }, select: { id: true } })
      : db().aiModel.findFirst({ where: { id: input.targetId, organizationId: org }, select: { id: true } }),
  ]);
  if (!vendor) throw notFound("vendor");
  if (!target) {
    const message = `This ${input.kind} does not exist or belongs to another organisation.`;
    throw new AppError("NOT_FOUND", message, { fieldErrors: { target: [message] } });
  }
  await db().$transaction(async (tx) => {
    if (input.kind === "system") {
      await tx.vendorSystem.upsert({
        where: { vendorId_systemId: { vendorId: vendor.id, systemId: target.id } },
        create: { organizationId: org, vendorId: vendor.id, systemId: target.id },
        update: {},
      });
    } else {
      await tx.vendorModel.upsert({
        where: { vendorId_modelId: { vendorId: vendor.id, modelId: target.id } },
        create: { organizationId: org, vendorId: vendor.id, modelId: target.id },
        update: {},
      });
    }
    await writeAudit(tx, member, {
      action: "vendor.supply_linked",
      entityType: "Vendor",
      entityId: vendor.id,
      systemId: input.kind === "system" ? target.id : undefined,
      after: { kind: input.kind, targetId: target.id },
    });
  });
}

export async function unlinkVendorSupply(actor: Actor, raw: TVendorSupply): Promise<void> {
  const member = await authorize(actor, "evidence.write");
  const input = ZVendorSupply.parse(raw);
  const where = { vendorId: input.vendorId, organizationId: member.organizationId };
  await db().$transaction(async (tx) => {
    const { count } =
      input.kind === "system"
        ? await tx.vendorSystem.deleteMany({ where: { ...where, systemId: input.targetId } })
        : await tx.vendorModel.deleteMany({ where: { ...where, modelId: input.targetId } });
    if (count === 0) throw notFound("link");
    await writeAudit(tx, member, {
      action: "vendor.supply_unlinked",
      entityType: "Vendor",
      entityId: input.vendorId,
      systemId: input.kind === "system" ? input.targetId : undefined,
      after: { kind: input.kind, targetId: input.targetId },
    });
  });
}
