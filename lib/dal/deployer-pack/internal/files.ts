import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  PACK_FILE_OBLIGATIONS,
  type PackCandidate,
  type PackFile,
  type PackFileKind,
} from "@/lib/deployer-pack/snapshot";

export async function packCandidates(organizationId: string, systemId: string): Promise<PackCandidate[]> {
  const evidence = await db().evidence.findMany({
    where: { organizationId, systemId, kind: "FILE" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      title: true,
      obligation: { select: { code: true, role: true, article: true } },
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true },
      },
    },
  });
  return evidence.flatMap((e) => {
    const [latest] = e.versions;
    if (!latest) return [];
    const { id, ...file } = latest;
    return [
      {
        versionId: id,
        title: e.title,
        ...file,
        obligationCode: e.obligation?.role === "provider" ? e.obligation.code : null,
        article: e.obligation?.article ?? null,
      },
    ];
  });
}

/** The file first offered for a kind: the newest evidence on the provider's obligation for it, if any. */
export function defaultCandidate(candidates: PackCandidate[], kind: PackFileKind): PackCandidate | undefined {
  return candidates.find((c) => c.obligationCode === PACK_FILE_OBLIGATIONS[kind]);
}

const FIELD_OF: Record<PackFileKind, string> = {
  INSTRUCTIONS: "instructionsVersionId",
  DECLARATION: "declarationVersionId",
  CERTIFICATE: "certificateVersionId",
};

/** The chosen versions as pack files; a version that is not a file of this system is refused next to its field. */
export async function chosenFiles(
  organizationId: string,
  systemId: string,
  chosen: Record<PackFileKind, string>,
): Promise<PackFile[]> {
  const files: PackFile[] = [];
  for (const [kind, versionId] of Object.entries(chosen) as [PackFileKind, string][]) {
    if (!versionId) continue;
    const row = await db().evidenceVersion.findFirst({
      where: { id: versionId, organizationId, evidence: { systemId, organizationId } },
      select: { fileName: true, mimeType: true, sizeBytes: true, sha256: true, evidence: { select: { title: true } } },
    });
    if (!row) {
      const message = "This file is not among this system's evidence. Choose another or upload it first.";
      throw new AppError("VALIDATION", message, { fieldErrors: { [FIELD_OF[kind]]: [message] } });
    }
    const { evidence, ...file } = row;
    files.push({ kind, title: evidence.title, ...file });
  }
  return files;
}

/** The bytes of a listed file, found by hash among this system's evidence of this organisation only. */
export async function fileBytes(organizationId: string, systemId: string, sha256: string) {
  return db().evidenceVersion.findFirst({
    where: { organizationId, sha256, evidence: { systemId, organizationId } },
    orderBy: { createdAt: "asc" },
    select: { content: true },
  });
}
