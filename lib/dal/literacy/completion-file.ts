import "server-only";
import type { Actor } from "@/lib/access/actor";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { db } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import { checkedUpload, fileData, type UploadedFile } from "./completions";

// The certificate or attendance list of a training record: added when the training is recorded (recordCompletion)
// or later from the person's page (here), and downloaded by anyone of the organisation who reads the register.

/**
 * Adds a file to a training record, or replaces the one it has (the audit trail keeps the former file's name and
 * hash). Another organisation's record is simply not found.
 */
export async function attachCompletionFile(
  actor: Actor,
  completionId: string,
  file: UploadedFile,
): Promise<{ personId: string; sha256: string }> {
  const member = await authorize(actor, "system.write");
  const stored = await checkedUpload(file);
  return db().$transaction(async (tx) => {
    const c = await tx.literacyCompletion.findFirst({
      where: { id: completionId, organizationId: member.organizationId },
      select: {
        id: true,
        personId: true,
        completedOn: true,
        fileName: true,
        fileSha256: true,
        person: { select: { email: true } },
        item: { select: { title: true } },
      },
    });
    if (!c) throw notFound("training record");
    await tx.literacyCompletion.updateMany({
      where: { id: c.id, organizationId: member.organizationId },
      data: fileData(stored),
    });
    const what = { person: c.person.email, item: c.item.title, completedOn: isoDay(c.completedOn) };
    await writeAudit(tx, member, {
      action: "literacyCompletion.file_attached",
      entityType: "LiteracyCompletion",
      entityId: c.id,
      before: c.fileName ? { ...what, file: { fileName: c.fileName, sha256: c.fileSha256 } } : undefined,
      after: { ...what, file: { fileName: stored.fileName, sizeBytes: stored.sizeBytes, sha256: stored.sha256 } },
    });
    return { personId: c.personId, sha256: stored.sha256 };
  });
}

export type CompletionFileDTO = { fileName: string; mimeType: string; sha256: string; content: Uint8Array };

/** The file of a training record of the actor's organisation; not found for any other (or a record without one). */
export async function getCompletionFile(actor: Actor, completionId: string): Promise<CompletionFileDTO> {
  const member = await authorize(actor, "system.read");
  const row = await db().literacyCompletion.findFirst({
    where: { id: completionId, organizationId: member.organizationId, fileContent: { not: null } },
    select: { fileName: true, fileMimeType: true, fileSha256: true, fileContent: true },
  });
  if (!row?.fileContent || !row.fileName || !row.fileMimeType || !row.fileSha256) throw notFound("file");
  return { fileName: row.fileName, mimeType: row.fileMimeType, sha256: row.fileSha256, content: row.fileContent };
}
