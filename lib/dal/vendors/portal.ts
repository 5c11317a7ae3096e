import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkEvidenceContent } from "@/lib/evidence/content-type";
import { CATALOGUE, type RequestItemKind } from "@/lib/vendors/catalogue";
import { effectiveDueDate } from "@/lib/vendors/status";
import { ZEvidenceFileName } from "@/lib/validations/evidence";
import { firstIssue } from "@/lib/validations/first-issue";
import { ZAnswerItem, ZAskForTime, type TAnswerItem, type TAskForTime } from "@/lib/validations/vendors";
import { writeAudit } from "@/lib/dal/core/audit";
import { notifyUsers } from "@/lib/dal/classification/internal/review-notify";
import { fileAnswerTx } from "./internal/answer-evidence";
import { assertStillOpenTx, openRequest, vendorAuditActor, type PortalRequest } from "./internal/portal-access";
import { writtenNotification } from "@/lib/notifications/text";

// PUBLIC, NO ACCOUNT. The respondent portal (/respond/<token>): the token is the only credential and names exactly one
// request of one organisation. Every function opens the request through openRequest (rate limits, refusal of
// unknown/expired/revoked links) and reads and writes only that request's rows.

export type PortalItemDTO = {
  id: string;
  kind: RequestItemKind;
  title: string;
  article: string;
  ask: string;
  answerType: "file" | "number" | "text";
  question: string;
  answerText: string;
  answeredAt: Date | null;
  files: string[];
};

export type PortalDTO = {
  organizationName: string;
  systemName: string;
  vendorName: string;
  message: string;
  dueDate: Date;
  expiresAt: Date;
  extension: { until: Date; reason: string; accepted: boolean | null } | null;
  items: PortalItemDTO[];
};

const audit = (tx: Tx, r: PortalRequest, action: string, after?: unknown) =>
  writeAudit(tx, vendorAuditActor(r), {
    action,
    entityType: "VendorRequest",
    entityId: r.id,
    systemId: r.systemId,
    after,
  });

export async function viewVendorRequest(token: string, address: string | null): Promise<PortalDTO> {
  const r = await openRequest(token, address, "view");
  const [org, system, items] = await Promise.all([
    db().organization.findUniqueOrThrow({ where: { id: r.organizationId }, select: { name: true } }),
    db().aiSystem.findFirstOrThrow({
      where: { id: r.systemId, organizationId: r.organizationId },
      select: { name: true },
    }),
    db().vendorRequestItem.findMany({
      where: { requestId: r.id, organizationId: r.organizationId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        question: true,
        answerText: true,
        answeredAt: true,
        evidence: { select: { evidenceId: true } },
      },
    }),
  ]);
  // File names of what this request's own answers filed (one name per upload, though it may back several duties).
  const evidenceIds = items.flatMap((i) => i.evidence.map((e) => e.evidenceId));
  const versions = await db().evidenceVersion.findMany({
    where: { organizationId: r.organizationId, evidenceId: { in: evidenceIds } },
    select: { evidenceId: true, fileName: true, sha256: true },
  });
  const texts = await db().vendorRequest.findUniqueOrThrow({
    where: { id: r.id },
    select: { message: true, extensionReason: true },
  });
  await db().$transaction((tx) => audit(tx, r, "vendor_request.viewed"));
  return {
    organizationName: org.name,
    systemName: system.name,
    vendorName: r.vendorName,
    message: texts.message,
    dueDate: effectiveDueDate(r),
    expiresAt: r.expiresAt,
    extension: r.extensionUntil
      ? { until: r.extensionUntil, reason: texts.extensionReason, accepted: r.extensionAccepted }
      : null,
    items: items.map((i) => {
      const entry = CATALOGUE[i.kind as RequestItemKind] ?? CATALOGUE.question;
      const ids = new Set(i.evidence.map((e) => e.evidenceId));
      const files = [...new Map(versions.filter((v) => ids.has(v.evidenceId)).map((v) => [v.sha256, v.fileName]))];
      return {
        id: i.id,
        kind: entry.kind,
        title: entry.title,
        article: entry.article,
        ask: entry.ask,
        answerType: entry.answer,
        question: i.question,
        answerText: i.answerText,
        answeredAt: i.answeredAt,
        files: files.map(([, name]) => name),
      };
    }),
  };
}

async function itemOf(tx: Tx, r: PortalRequest, itemId: string) {
  const item = await tx.vendorRequestItem.findFirst({
    where: { id: itemId, requestId: r.id, organizationId: r.organizationId },
    select: { id: true, kind: true, question: true },
  });
  if (!item) throw new AppError("NOT_FOUND", "This item is not part of the request.");
  return item;
}

const textFile = (text: string) => new TextEncoder().encode(text);

/** A written answer (text or registration number): kept on the item and filed as a text file of evidence. */
export async function answerVendorItem(raw: TAnswerItem, address: string | null): Promise<void> {
  const input = ZAnswerItem.parse(raw);
  const r = await openRequest(input.token, address, "answer");
  await db().$transaction(async (tx) => {
    await assertStillOpenTx(tx, r);
    const item = await itemOf(tx, r, input.itemId);
    const entry = CATALOGUE[item.kind as RequestItemKind] ?? CATALOGUE.question;
    await tx.vendorRequestItem.update({ where: { id: item.id }, data: { answerText: input.answer } });
    const asked = item.question ? `${entry.title}: ${item.question}` : `${entry.title} (${entry.article})`;
    const body = `Asked: ${asked}\nAnswer from ${r.vendorName}:\n${input.answer}\n`;
    await fileAnswerTx(tx, r, item, {
      fileName: `${item.kind}.txt`,
      mimeType: "text/plain; charset=utf-8",
      bytes: textFile(body),
    });
    await audit(tx, r, "vendor_request.answered", { itemId: item.id, kind: item.kind, answer: input.answer });
  });
}

/** A document for one item: the same name rule and content checks as any evidence upload. */
export async function uploadVendorFile(
  input: { token: string; itemId: string; fileName: string; bytes: Uint8Array },
  address: string | null,
): Promise<{ fileName: string }> {
  const r = await openRequest(input.token, address, "upload");
  const name = ZEvidenceFileName.safeParse(input.fileName);
  if (!name.success) {
    const { message } = firstIssue(name.error);
    throw new AppError("VALIDATION", message, { fieldErrors: { file: [message] } });
  }
  const fileName = input.fileName.split(/[\\/]/).pop()!.trim().slice(0, 255) || "document";
  const check = await checkEvidenceContent(input.bytes, fileName);
  if (!check.ok) throw new AppError("VALIDATION", check.message, { fieldErrors: { file: [check.message] } });
  await db().$transaction(async (tx) => {
    await assertStillOpenTx(tx, r);
    const item = await itemOf(tx, r, input.itemId);
    await fileAnswerTx(tx, r, item, { fileName, mimeType: check.mimeType, bytes: input.bytes });
    await audit(tx, r, "vendor_request.file_uploaded", { itemId: item.id, kind: item.kind, fileName });
  });
  return { fileName };
}

/** The vendor asks for a later date; the requester accepts or declines it (decideExtension). */
export async function askVendorExtension(raw: TAskForTime, address: string | null): Promise<void> {
  const input = ZAskForTime.parse(raw);
  const r = await openRequest(input.token, address, "ask_for_time");
  const until = new Date(`${input.until}T00:00:00Z`);
  if (until <= effectiveDueDate(r)) {
    const message = "Choose a date after the current due date.";
    throw new AppError("VALIDATION", message, { fieldErrors: { until: [message] } });
  }
  await db().$transaction(async (tx) => {
    await assertStillOpenTx(tx, r);
    await tx.vendorRequest.update({
      where: { id: r.id },
      data: { extensionUntil: until, extensionReason: input.reason, extensionAccepted: null },
    });
    await audit(tx, r, "vendor_request.extension_asked", { until: input.until, reason: input.reason });
    if (r.createdById) {
      await notifyUsers(tx, r.organizationId, [r.createdById], {
        kind: "vendor_request",
        ...writtenNotification({
          title: [{ key: "vendorMoreTimeTitle", values: { vendor: r.vendorName, until: input.until } }],
          body: [{ text: input.reason }],
        }),
        href: `/vendors/requests/${r.id}`,
        dedupeKey: `vendor_extension:${r.id}:${input.until}:${Date.now()}`,
      });
    }
  });
}
