import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { db, type Tx } from "@/lib/db/client";
import type { Member } from "@/lib/access/actor";
import { isoDay } from "@/lib/dates";
import { checkedEvidenceFile, type CheckedFile } from "@/lib/dal/core/evidence-file";
import { expiryOf } from "@/lib/literacy/coverage";
import type { ZAssignOperator, ZRecordCompletion } from "@/lib/validations/literacy";
import { findItem, findPerson, invalid } from "./internal/refs";

// Completions (who finished which training, when, until when) and who operates or oversees which system.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type CompletionFields = Omit<z.output<typeof ZRecordCompletion>, "personId" | "itemId">;
type Ref = { id: string; email?: string; title?: string };
/** A certificate or attendance list as uploaded: checked like an obligation's evidence file before anything is stored. */
export type UploadedFile = { fileName: string; bytes: Uint8Array };
export type StoredFile = CheckedFile & { content: Uint8Array };

/** The uploaded file once checked, with its bytes (the check reads the bytes; nothing is stored yet). */
export const checkedUpload = async (file: UploadedFile): Promise<StoredFile> => ({
  ...(await checkedEvidenceFile(file.fileName, file.bytes)),
  content: file.bytes,
});

/** The columns of a completion that hold its file: all five together, or none. */
export const fileData = (f: StoredFile) => ({
  fileName: f.fileName,
  fileMimeType: f.mimeType,
  fileSizeBytes: f.sizeBytes,
  fileSha256: f.sha256,
  fileContent: new Uint8Array(f.content),
});

export async function recordCompletion(
  actor: Actor,
  input: z.output<typeof ZRecordCompletion>,
  file?: UploadedFile,
): Promise<{ id: string; expiresOn: string | null }> {
  const member = await authorize(actor, "system.write");
  // Checked before the transaction: a refused file stores nothing, and the form keeps what was entered.
  const stored = file && (await checkedUpload(file));
  return db().$transaction(async (tx) => {
    const person = await findPerson(tx, member, input.personId).catch(() => {
      throw invalid("personId", "Choose a person of the register.");
    });
    const item = await findItem(tx, member, input.itemId).catch(() => {
      throw invalid("itemId", "Choose a learning item of the register.");
    });
    return insertCompletion(tx, member, person, item, input, stored);
  });
}

/**
 * The REST API's way in (a learning-management system pushes completions): the person by their e-mail address,
 * ignoring case. Another organisation's person or item is "not found", as any id the caller cannot see.
 */
export async function recordCompletionByEmail(
  actor: Actor,
  input: CompletionFields & { email: string; itemId: string },
  file?: UploadedFile,
): Promise<{ id: string; personId: string; expiresOn: string | null }> {
  const member = await authorize(actor, "system.write");
  const stored = file && (await checkedUpload(file));
  return db().$transaction(async (tx) => {
    const person = await tx.literacyPerson.findFirst({
      where: { organizationId: member.organizationId, email: { equals: input.email, mode: "insensitive" } },
    });
    if (!person) throw notFound("person");
    const item = await findItem(tx, member, input.itemId);
    return { ...(await insertCompletion(tx, member, person, item, input, stored)), personId: person.id };
  });
}

async function insertCompletion(
  tx: Tx,
  member: Member,
  person: Ref & { email: string },
  item: Ref & { title: string; validityMonths: number | null },
  input: CompletionFields,
  file?: StoredFile,
): Promise<{ id: string; expiresOn: string | null }> {
  const expiresOn = input.expiresOn ?? expiryOf(input.completedOn, item.validityMonths);
  if (expiresOn !== null && expiresOn < input.completedOn)
    throw invalid("expiresOn", "The expiry cannot be before the completion date.");
  const completion = await tx.literacyCompletion.create({
    data: {
      organizationId: member.organizationId,
      personId: person.id,
      itemId: item.id,
      completedOn: day(input.completedOn),
      expiresOn: expiresOn ? day(expiresOn) : null,
      evidenceNote: input.evidenceNote,
      evidenceUrl: input.evidenceUrl,
      ...(file && fileData(file)),
    },
    select: { id: true },
  });
  await writeAudit(tx, member, {
    action: "literacyCompletion.recorded",
    entityType: "LiteracyCompletion",
    entityId: completion.id,
    after: {
      person: person.email,
      item: item.title,
      completedOn: input.completedOn,
      expiresOn,
      ...(file && { file: { fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 } }),
    },
  });
  return { id: completion.id, expiresOn };
}

/** Removes a training record recorded by mistake (the audit trail keeps what it said). */
export async function deleteCompletion(actor: Actor, completionId: string): Promise<{ personId: string }> {
  const member = await authorize(actor, "system.write");
  return db().$transaction(async (tx) => {
    const c = await tx.literacyCompletion.findFirst({
      where: { id: completionId, organizationId: member.organizationId },
      select: {
        id: true,
        personId: true,
        completedOn: true,
        expiresOn: true,
        fileName: true,
        fileSha256: true,
        person: { select: { email: true } },
        item: { select: { title: true } },
      },
    });
    if (!c) throw notFound("training record");
    await tx.literacyCompletion.deleteMany({ where: { id: c.id, organizationId: member.organizationId } });
    await writeAudit(tx, member, {
      action: "literacyCompletion.deleted",
      entityType: "LiteracyCompletion",
      entityId: c.id,
      before: {
        person: c.person.email,
        item: c.item.title,
        completedOn: isoDay(c.completedOn),
        expiresOn: isoDay(c.expiresOn),
        ...(c.fileName && { file: { fileName: c.fileName, sha256: c.fileSha256 } }),
      },
    });
    return { personId: c.personId };
  });
}

export type CompletionDTO = { id: string; itemTitle: string; completedOn: string; expiresOn: string | null };

export async function listCompletions(actor: Actor, personId: string): Promise<CompletionDTO[]> {
  const member = await authorize(actor, "system.read");
  const rows = await db().literacyCompletion.findMany({
    where: { personId, organizationId: member.organizationId },
    orderBy: { completedOn: "desc" },
    select: { id: true, completedOn: true, expiresOn: true, item: { select: { title: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    itemTitle: r.item.title,
    completedOn: isoDay(r.completedOn),
    expiresOn: isoDay(r.expiresOn),
  }));
}

export async function assignOperator(actor: Actor, input: z.output<typeof ZAssignOperator>): Promise<void> {
  const member = await authorize(actor, "system.write");
  await db().$transaction(async (tx) => {
    const system = await tx.aiSystem.findFirst({
      where: { id: input.systemId, organizationId: member.organizationId },
      select: { id: true },
    });
    if (!system) throw notFound("AI system");
    const person = await findPerson(tx, member, input.personId).catch(() => {
      throw invalid("personId", "Choose a person of the register.");
    });
    const { count } = await tx.systemOperator.createMany({
      data: [{ organizationId: member.organizationId, systemId: system.id, personId: person.id, role: input.role }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await writeAudit(tx, member, {
      action: "systemOperator.assigned",
      entityType: "AiSystem",
      entityId: system.id,
      after: { person: person.email, role: input.role },
    });
  });
}

export async function unassignOperator(actor: Actor, input: z.output<typeof ZAssignOperator>): Promise<void> {
  const member = await authorize(actor, "system.write");
  await db().$transaction(async (tx) => {
    const { count } = await tx.systemOperator.deleteMany({
      where: { organizationId: member.organizationId, ...input },
    });
    if (count === 0) throw notFound("assignment");
    await writeAudit(tx, member, {
      action: "systemOperator.unassigned",
      entityType: "AiSystem",
      entityId: input.systemId,
      before: { personId: input.personId, role: input.role },
    });
  });
}
