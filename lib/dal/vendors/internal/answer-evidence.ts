import "server-only";
import { sha256Hex } from "@/lib/crypto";
import type { Tx } from "@/lib/db/client";
import { formatDate } from "@/lib/utils";
import { CATALOGUE, type RequestItemKind } from "@/lib/vendors/catalogue";
import { writeAudit } from "@/lib/dal/core/audit";
import { notifyUsers } from "@/lib/dal/classification/internal/review-notify";
import { vendorAuditActor, type PortalRequest } from "./portal-access";
import { writtenNotification } from "@/lib/notifications/text";

export type CheckedFile = { fileName: string; mimeType: string; bytes: Uint8Array };
type Item = { id: string; kind: string };

/** The evidence title names the vendor and the request, so the obligation's evidence list says where it came from. */
export function answerTitle(request: Pick<PortalRequest, "vendorName" | "createdAt">, kind: string): string {
  const item = CATALOGUE[kind as RequestItemKind];
  return `${item?.title ?? "Answer"}: from ${request.vendorName} (vendor request of ${formatDate(request.createdAt)})`.slice(
    0,
    200,
  );
}

/**
 * Files one answer as evidence on every live obligation of the system that the catalogue maps the item to (one
 * Evidence row each, the same checked file), or on the system alone when none applies. Each row is linked to the
 * item (VendorAnswerEvidence), audited as the vendor, and the requester is notified.
 */
export async function fileAnswerTx(tx: Tx, request: PortalRequest, item: Item, file: CheckedFile): Promise<string[]> {
  const codes = CATALOGUE[item.kind as RequestItemKind]?.obligationCodes ?? [];
  const obligations = codes.length
    ? await tx.obligation.findMany({
        where: {
          organizationId: request.organizationId,
          systemId: request.systemId,
          code: { in: [...codes] },
          obsoleteAt: null,
        },
        select: { id: true },
        orderBy: { code: "asc" },
      })
    : [];
  const targets: (string | null)[] = obligations.length ? obligations.map((o) => o.id) : [null];
  const title = answerTitle(request, item.kind);
  const sha256 = sha256Hex(file.bytes);
  const meta = { fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.bytes.byteLength, sha256 };
  const actor = vendorAuditActor(request);
  const ids: string[] = [];
  for (const obligationId of targets) {
    const evidence = await tx.evidence.create({
      data: { organizationId: request.organizationId, systemId: request.systemId, obligationId, kind: "FILE", title },
      select: { id: true },
    });
    await tx.evidenceVersion.create({
      data: {
        organizationId: request.organizationId,
        evidenceId: evidence.id,
        version: 1,
        ...meta,
        content: new Uint8Array(file.bytes),
        uploadedById: null,
      },
    });
    await tx.vendorAnswerEvidence.create({
      data: { organizationId: request.organizationId, itemId: item.id, evidenceId: evidence.id },
    });
    await writeAudit(tx, actor, {
      action: "evidence.added",
      entityType: "Evidence",
      entityId: evidence.id,
      systemId: request.systemId,
      after: { kind: "FILE", title, obligationId, version: 1, ...meta, vendorRequestId: request.id, itemId: item.id },
    });
    ids.push(evidence.id);
  }
  await tx.vendorRequestItem.update({ where: { id: item.id }, data: { answeredAt: new Date() } });
  if (request.createdById) {
    await notifyUsers(tx, request.organizationId, [request.createdById], {
      kind: "vendor_request",
      ...writtenNotification({
        title: [
          {
            key: "vendorAnsweredTitle",
            values: { vendor: request.vendorName, item: CATALOGUE[item.kind as RequestItemKind]?.title ?? "an item" },
          },
        ],
        body: [{ key: "vendorAnsweredBody" }],
      }),
      href: `/vendors/requests/${request.id}`,
      dedupeKey: `vendor_answer:${item.id}:${ids[0]}`,
    });
  }
  return ids;
}
