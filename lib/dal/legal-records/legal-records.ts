import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ANNEX_IV_SECTIONS, annexIvSection } from "@/lib/legal/annex-iv";
import type { Applicability, DocumentationApplicability, RecordKindCode } from "@/lib/legal/applicability";
import { annexIvPrefill, derogationPrefill, friaPrefill } from "@/lib/intake/legal-prefill";
import { authorize } from "@/lib/dal/core/authorize";
import { systemLegalContext } from "@/lib/dal/legal-records/internal/context";
import { systemApplicability } from "@/lib/dal/legal-records/internal/summary";

export type LegalRecordDTO = {
  id: string;
  kind: RecordKindCode;
  section: number;
  fields: Record<string, string>;
  ownerId: string | null;
  ownerName: string | null;
  complete: boolean;
  evidenceIds: string[];
  signedOffByName: string | null;
  signedOffAt: Date | null;
  version: number;
  updatedAt: Date;
};

const recordSelect = {
  id: true,
  kind: true,
  section: true,
  content: true,
  ownerId: true,
  complete: true,
  evidenceIds: true,
  signedOffAt: true,
  version: true,
  updatedAt: true,
  owner: { select: { name: true } },
  signedOffBy: { select: { name: true } },
} as const;

type RecordRow = {
  id: string;
  kind: RecordKindCode;
  section: number;
  content: unknown;
  ownerId: string | null;
  complete: boolean;
  evidenceIds: string[];
  signedOffAt: Date | null;
  version: number;
  updatedAt: Date;
  owner: { name: string } | null;
  signedOffBy: { name: string } | null;
};

const toDto = ({ content, owner, signedOffBy, ...r }: RecordRow): LegalRecordDTO => ({
  ...r,
  fields: (content ?? {}) as Record<string, string>,
  ownerName: owner?.name ?? null,
  signedOffByName: signedOffBy?.name ?? null,
});

export type AnnexIvProgress = {
  number: number;
  title: string;
  complete: boolean;
  ownerName: string | null;
  updatedAt: Date | null;
};
export type DocumentationDTO = {
  applicability: DocumentationApplicability;
  annexIv: AnnexIvProgress[];
  annexIvComplete: number;
  derogation: LegalRecordDTO | null;
  fria: LegalRecordDTO | null;
};

// The Documentation hub and the Overview line: which records apply, and how far each one is.
export async function getDocumentation(actor: Actor, systemId: string): Promise<DocumentationDTO> {
  const member = await authorize(actor, "system.read");
  // Scoped by organisation in the query itself, so a foreign system id finds no records; the context query then
  // reports it as not found. Both run side by side instead of one after the other.
  const [ctx, records] = await Promise.all([
    systemApplicability(member.organizationId, systemId),
    db().legalRecord.findMany({ where: { organizationId: member.organizationId, systemId }, select: recordSelect }),
  ]);
  const rows = records.map(toDto);
  const annexIv = ANNEX_IV_SECTIONS.map((s) => {
    const r = rows.find((x) => x.kind === "ANNEX_IV" && x.section === s.number);
    return {
      number: s.number,
      title: s.title,
      complete: !!r?.complete,
      ownerName: r?.ownerName ?? null,
      updatedAt: r?.updatedAt ?? null,
    };
  });
  return {
    applicability: ctx.applicability,
    annexIv,
    annexIvComplete: annexIv.filter((s) => s.complete).length,
    derogation: rows.find((r) => r.kind === "DEROGATION") ?? null,
    fria: rows.find((r) => r.kind === "FRIA") ?? null,
  };
}

export type RecordEditorDTO = {
  applicability: Applicability;
  record: LegalRecordDTO | null;
  /** Starting values for a record not saved yet. */
  prefill: Record<string, string>;
  members: { userId: string; name: string }[];
  evidence: { id: string; title: string }[];
  /** The questionnaire's profiling answer in the current run; true makes the derogation unavailable. */
  profilingAnswer: boolean | null;
};

export async function getRecordEditor(
  actor: Actor,
  systemId: string,
  kind: RecordKindCode,
  section = 0,
): Promise<RecordEditorDTO> {
  const member = await authorize(actor, "system.read");
  const { organizationId } = member;
  if (kind === "ANNEX_IV" ? !annexIvSection(section) : section !== 0)
    throw new AppError("NOT_FOUND", "There is no such documentation section.");
  const ctx = await systemLegalContext(organizationId, systemId);
  const [record, members, evidence] = await Promise.all([
    db().legalRecord.findFirst({ where: { organizationId, systemId: ctx.id, kind, section }, select: recordSelect }),
    db().membership.findMany({
      where: { organizationId },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db().evidence.findMany({
      where: { organizationId, systemId: ctx.id },
      select: { id: true, title: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const prefill =
    kind === "FRIA"
      ? friaPrefill(ctx.intake)
      : kind === "DEROGATION"
        ? derogationPrefill(ctx.intake, ctx.result, ctx.answers)
        : annexIvPrefill(ctx.intake, section);
  return {
    applicability: ctx.applicability[kind],
    record: record ? toDto(record) : null,
    prefill,
    members: members.map((m) => ({ userId: m.user.id, name: m.user.name })),
    evidence,
    profilingAnswer: ctx.answers?.performsProfiling ?? null,
  };
}
