import "server-only";
import type { Actor } from "@/lib/access/actor";
import { sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  NOT_CLASSIFIED_TIER,
  readSnapshot,
  type PackCandidate,
  type PackFileKind,
  type PackSnapshot,
} from "@/lib/deployer-pack/snapshot";
import { renderDeployerPack } from "@/lib/pdf/deployer-pack";
import { tierLabel } from "@/lib/pdf/labels";
import { ZPublishDeployerPack, type TPublishDeployerPack } from "@/lib/validations/deployer-pack";
import { parseOrFieldErrors } from "./internal/parse";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { isUniqueViolation } from "@/lib/dal/accounts/internal/accounts";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";
import { chosenFiles, defaultCandidate, packCandidates } from "./internal/files";

// Publishing a pack shares documents with people outside the organisation: the roles that add evidence
// (evidence.write) do it; everyone who reads the system sees the packs and their links.

export const NOT_A_PROVIDER =
  "Deployer packs are for systems your organisation provides. Its classification does not name you as the provider of this system.";

async function systemOf(organizationId: string, systemId: string) {
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId },
    select: { id: true, name: true, intendedPurpose: true, tier: true, possibleTier: true, roles: true },
  });
  if (!system) throw notFound("AI system");
  return system;
}

export type PackVersionDTO = {
  id: string;
  version: number;
  createdAt: Date;
  pdfSha256: string;
  snapshot: PackSnapshot;
};
export type DeployerPackPage = {
  isProvider: boolean;
  candidates: PackCandidate[];
  // What the form starts from: the latest pack's choices, else the provider's evidence on Art 13, 47 and 48.
  initial: TPublishDeployerPack;
  packs: PackVersionDTO[];
};

export async function deployerPackPage(actor: Actor, systemId: string): Promise<DeployerPackPage> {
  const member = await authorize(actor, "system.read");
  const system = await systemOf(member.organizationId, systemId);
  const [candidates, rows] = await Promise.all([
    packCandidates(member.organizationId, system.id),
    db().deployerPack.findMany({
      where: { organizationId: member.organizationId, systemId: system.id },
      orderBy: { version: "desc" },
      select: { id: true, version: true, createdAt: true, pdfSha256: true, snapshot: true },
    }),
  ]);
  const packs = rows.map((r) => ({ ...r, snapshot: readSnapshot(r.snapshot) }));
  const last = packs[0]?.snapshot;
  const pick = (kind: PackFileKind) => {
    const previous = last?.files.find((f) => f.kind === kind);
    const found = previous
      ? candidates.find((c) => c.sha256 === previous.sha256)
      : last
        ? undefined
        : defaultCandidate(candidates, kind);
    return found?.versionId ?? "";
  };
  return {
    isProvider: system.roles.includes("provider"),
    candidates,
    packs,
    initial: {
      systemId: system.id,
      instructionsVersionId: pick("INSTRUCTIONS"),
      declarationVersionId: pick("DECLARATION"),
      certificateVersionId: pick("CERTIFICATE"),
      registrationNumber: last?.registrationNumber ?? "",
      ceMarking: last?.ceMarking ?? "",
      incidentContactName: last?.incidentContact.name ?? "",
      incidentContactEmail: last?.incidentContact.email ?? "",
    },
  };
}

/** Freezes the pack as it stands now into a new version with its signed PDF. */
export async function publishDeployerPack(
  actor: Actor,
  raw: TPublishDeployerPack,
  now = new Date(),
): Promise<{ id: string; version: number; pdfSha256: string }> {
  const member = await authorize(actor, "evidence.write");
  const input = parseOrFieldErrors(ZPublishDeployerPack, raw);
  const system = await systemOf(member.organizationId, input.systemId);
  if (!system.roles.includes("provider")) throw new AppError("VALIDATION", NOT_A_PROVIDER);
  const files = await chosenFiles(member.organizationId, system.id, {
    INSTRUCTIONS: input.instructionsVersionId,
    DECLARATION: input.declarationVersionId,
    CERTIFICATE: input.certificateVersionId,
  });
  const [org, last] = await Promise.all([
    db().organization.findUniqueOrThrow({
      where: { id: member.organizationId },
      select: { name: true, documentLocale: true },
    }),
    db().deployerPack.findFirst({
      where: { organizationId: member.organizationId, systemId: system.id },
      orderBy: { version: "desc" },
      select: { version: true },
    }),
  ]);
  const snapshot: PackSnapshot = {
    version: (last?.version ?? 0) + 1,
    publishedAt: now.toISOString(),
    providerName: org.name,
    systemName: system.name,
    intendedPurpose: system.intendedPurpose,
    tier: system.tier ? tierLabel(system.tier) : NOT_CLASSIFIED_TIER,
    registrationNumber: input.registrationNumber,
    ceMarking: input.ceMarking,
    incidentContact: { name: input.incidentContactName, email: input.incidentContactEmail },
    files,
  };
  // Customers read the pack in the organisation's document language (Settings → Language).
  const locale = asDocumentLocale(org.documentLocale);
  const rendered = await renderDeployerPack(snapshot, locale);
  const pdf = await signForOrganization(
    member.organizationId,
    org.name,
    rendered,
    { locale, doc: { kind: "deployerPack" } },
    now,
  );
  const pdfSha256 = sha256Hex(pdf);
  try {
    return await db().$transaction(async (tx) => {
      const pack = await tx.deployerPack.create({
        data: {
          organizationId: member.organizationId,
          systemId: system.id,
          version: snapshot.version,
          snapshot,
          pdf: new Uint8Array(pdf),
          pdfSha256,
          createdById: member.userId,
        },
        select: { id: true, version: true, pdfSha256: true },
      });
      await writeAudit(tx, member, {
        action: "deployer_pack.published",
        entityType: "DeployerPack",
        entityId: pack.id,
        systemId: system.id,
        after: { version: pack.version, pdfSha256, files: files.map((f) => ({ kind: f.kind, sha256: f.sha256 })) },
      });
      return pack;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("CONFLICT", "Someone published this pack at the same moment. Reload to see their version.");
  }
}

/** A published version's signed PDF, exactly as stored. */
export async function deployerPackPdf(actor: Actor, systemId: string, packId: string) {
  const member = await authorize(actor, "system.read");
  const pack = await db().deployerPack.findFirst({
    where: { id: packId, systemId, organizationId: member.organizationId },
    select: { version: true, pdf: true, pdfSha256: true, system: { select: { name: true } } },
  });
  if (!pack) throw notFound("deployer pack");
  return { ...pack, fileName: packFileName(pack.system.name, pack.version) };
}

export const packFileName = (systemName: string, version: number) =>
  `deployer-pack-${
    systemName
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "system"
  }-v${version}.pdf`;
