import "server-only";
import { sha256Hex } from "@/lib/crypto";
import { AppError } from "@/lib/errors";
import { ZEvidenceFileName } from "@/lib/validations/evidence";
import { firstIssue } from "@/lib/validations/first-issue";
import { checkEvidenceContent } from "@/lib/evidence/content-type";

export type CheckedFile = { fileName: string; mimeType: string; sizeBytes: number; sha256: string };

/**
 * Every stored file passes here (an obligation's evidence, a training certificate): the name rule, then the bytes
 * decide the type and the size limit holds; the stored type, size and hash are the server's own findings. A refusal
 * is a VALIDATION error on the form's `file` field, so it shows next to where the file was chosen.
 */
export async function checkedEvidenceFile(fileName: string, bytes: Uint8Array): Promise<CheckedFile> {
  const name = ZEvidenceFileName.safeParse(fileName);
  if (!name.success) {
    const { message } = firstIssue(name.error);
    throw new AppError("VALIDATION", message, { fieldErrors: { file: [message] } });
  }
  // Only the last path segment of what the browser sent is kept.
  const kept = fileName.split(/[\\/]/).pop()!.trim().slice(0, 255) || "evidence";
  const check = await checkEvidenceContent(bytes, kept);
  if (!check.ok) throw new AppError("VALIDATION", check.message, { fieldErrors: { file: [check.message] } });
  return { fileName: kept, mimeType: check.mimeType, sizeBytes: bytes.byteLength, sha256: sha256Hex(bytes) };
}
