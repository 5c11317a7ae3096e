import "server-only";
import type { Actor, Member } from "@/lib/access/actor";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { annexIvSection } from "@/lib/legal/annex-iv";
import type { RecordKindCode } from "@/lib/legal/applicability";
import { DEROGATION_FIELDS } from "@/lib/legal/derogation-fields";
import type { LegalField } from "@/lib/legal/fields";
import { FRIA_FIELDS } from "@/lib/legal/fria-fields";
import {
  ZAnnexIvSectionInput,
  ZDerogationInput,
  ZFriaInput,
  type LegalRecordInput,
  type TAnnexIvSectionInput,
  type TLegalRecordInput,
} from "@/lib/validations/legal-records";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { storeRunTx } from "@/lib/dal/classification/internal/store-run";
import { recordConflict, requireApplicable, systemLegalContext } from "@/lib/dal/legal-records/internal/context";

export type SavedRecord = { id: string; version: number; signOffCleared: boolean };

export async function saveAnnexIvSection(actor: Actor, raw: TAnnexIvSectionInput): Promise<SavedRecord> {
  const member = await authorize(actor, "legal.write");
  const input = ZAnnexIvSectionInput.parse(raw);
  return saveRecord(member, "ANNEX_IV", input.section, annexIvSection(input.section)?.fields ?? [], input);
}

export async function saveDerogation(actor: Actor, raw: TLegalRecordInput): Promise<SavedRecord> {
  const member = await authorize(actor, "legal.write");
  return saveRecord(member, "DEROGATION", 0, DEROGATION_FIELDS, ZDerogationInput.parse(raw));
}

export async function saveFria(actor: Actor, raw: TLegalRecordInput): Promise<SavedRecord> {
  const member = await authorize(actor, "legal.write");
  return saveRecord(member, "FRIA", 0, FRIA_FIELDS, ZFriaInput.parse(raw));
}

// Only the fields the record defines are stored, trimmed; anything else a client sends is dropped.
function contentOf(defs: readonly LegalField[], fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(defs.map((f) => [f.key, (fields[f.key] ?? "").trim()]));
}

async function checkReferences(
  tx: Tx,
  organizationId: string,
  systemId: string,
  input: LegalRecordInput,
): Promise<void> {
  if (input.ownerId) {
    const owner = await tx.membership.findFirst({
      where: { organizationId, userId: input.ownerId },
      select: { id: true },
    });
    if (!owner)
      throw new AppError("VALIDATION", "Choose an owner from your organisation.", {
        fieldErrors: { ownerId: ["Choose a member of this organisation."] },
      });
  }
  const ids = [...new Set(input.evidenceIds)];
  if (ids.length === 0) return;
  const found = await tx.evidence.count({ where: { organizationId, systemId, id: { in: ids } } });
  if (found !== ids.length)
    throw new AppError("VALIDATION", "Link only evidence of this system.", {
      fieldErrors: { evidenceIds: ["Some of the chosen evidence does not belong to this system."] },
    });
}

async function saveRecord(
  member: Member,
  kind: RecordKindCode,
  section: number,
  defs: readonly LegalField[],
  input: LegalRecordInput,
): Promise<SavedRecord> {
  const { organizationId } = member;
  return db().$transaction(async (tx) => {
    const ctx = await systemLegalContext(organizationId, input.systemId, tx);
    requireApplicable(ctx, kind);
    await checkReferences(tx, organizationId, ctx.id, input);
    const data = {
      content: contentOf(defs, input.fields),
      ownerId: input.ownerId || null,
      complete: input.complete,
      evidenceIds: [...new Set(input.evidenceIds)],
      updatedById: member.userId,
    };
    const where = { organizationId, systemId: ctx.id, kind, section };
    const existing = await tx.legalRecord.findFirst({
      where,
      select: {
        id: true,
        version: true,
        content: true,
        complete: true,
        signedOffAt: true,
        updatedById: true,
        updatedAt: true,
      },
    });
    if (!existing) {
      // skipDuplicates: a colleague who created the same record a moment ago wins, and we report a conflict.
      const { count } = await tx.legalRecord.createMany({ data: [{ ...where, ...data }], skipDuplicates: true });
      const created = await tx.legalRecord.findFirstOrThrow({
        where,
        select: { id: true, updatedById: true, updatedAt: true },
      });
      if (count === 0 || input.version !== 0) throw await recordConflict(tx, created);
      await writeAudit(tx, member, {
        action: "legal_record.created",
        entityType: "LegalRecord",
        entityId: created.id,
        systemId: ctx.id,
        after: { kind, section, ...data },
      });
      return { id: created.id, version: 1, signOffCleared: false };
    }
    const signOffCleared = existing.signedOffAt !== null;
    const { count } = await tx.legalRecord.updateMany({
      where: { id: existing.id, organizationId, version: input.version },
      data: {
        ...data,
        version: { increment: 1 },
        ...(signOffCleared ? { signedOffById: null, signedOffAt: null } : {}),
      },
    });
    // Re-read: `existing` was read before the winning save committed and would name the editor before them.
    if (count === 0)
      throw await recordConflict(
        tx,
        await tx.legalRecord.findFirstOrThrow({
          where: { id: existing.id, organizationId },
          select: { updatedById: true, updatedAt: true },
        }),
      );
    if (signOffCleared && ctx.answers) {
      // The engine keeps the derogation under review again until legal signs the changed assessment off.
      await storeRunTx(tx, member, { systemId: ctx.id, answers: { ...ctx.answers, derogationStatus: "documented" } });
    }
    await writeAudit(tx, member, {
      action: "legal_record.updated",
      entityType: "LegalRecord",
      entityId: existing.id,
      systemId: ctx.id,
      before: { kind, section, content: existing.content, complete: existing.complete },
      after: { kind, section, ...data, signOffCleared },
    });
    return { id: existing.id, version: input.version + 1, signOffCleared };
  });
}
