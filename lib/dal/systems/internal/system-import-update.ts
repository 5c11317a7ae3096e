import "server-only";
import { createHash } from "node:crypto";
import type { Member } from "@/lib/access/actor";
import { pruneAnswers } from "@/lib/classification/prune-answers";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ExistingSystem } from "@/lib/import/duplicates";
import { nameKey } from "@/lib/import/duplicates";
import type { ParsedRow } from "@/lib/import/row-to-intake";
import type { AuditInput } from "@/lib/dal/core/audit";
import { isoDay } from "@/lib/dates";

// Updating the systems an import names again: the intake columns the file has, each row guarded by the version the
// check saw (the intake form's lost-update protection), audited as system.updated with before and after.

export type UpdateRow = ParsedRow & { target: ExistingSystem };

// The intake columns an import can set; a column the file does not have is left as it is.
export const UPDATABLE = [
  "name",
  "description",
  "intendedPurpose",
  "businessUnit",
  "ownerId",
  "vendor",
  "sourcing",
  "lifecycleStage",
  "placedOnMarketAt",
  "memberStates",
  "outputUsedInEu",
  "affectedPersons",
  "affectedPersonsNote",
  "automationLevel",
  "humanOversight",
  "dataCategories",
  "isDraft",
] as const;
export type UpdatableColumn = (typeof UPDATABLE)[number];

const SELECT = Object.fromEntries(UPDATABLE.map((c) => [c, true])) as Record<UpdatableColumn, true>;

export async function existingSystems(organizationId: string): Promise<Map<string, ExistingSystem>> {
  const rows = await db().aiSystem.findMany({
    where: { organizationId },
    select: { id: true, name: true, version: true },
    orderBy: { createdAt: "asc" },
  });
  const byName = new Map<string, ExistingSystem>();
  for (const row of rows) if (!byName.has(nameKey(row.name))) byName.set(nameKey(row.name), row);
  return byName;
}

/** A short fingerprint of the systems a file updates and their versions: the check shows it, the import must match. */
export function duplicatesKey(matched: Iterable<ExistingSystem>): string {
  const lines = [...matched].map((s) => `${s.id}:${s.version}`).sort();
  return lines.length ? createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 32) : "";
}

export const STALE_MESSAGE =
  "Some of the systems this file updates were changed since you checked the file. Check the file again to see them as they are now, then import.";

const plain = (value: unknown) => (value instanceof Date ? isoDay(value) : value);

export async function updateImportedSystems(
  tx: Tx,
  member: Member,
  rows: UpdateRow[],
  columns: ReadonlySet<UpdatableColumn>,
  now: Date,
): Promise<{ events: AuditInput[]; updated: number }> {
  const events: AuditInput[] = [];
  for (const r of rows) {
    const { id, version } = r.target;
    const current = await tx.aiSystem.findFirst({
      where: { id, organizationId: member.organizationId, version },
      select: SELECT,
    });
    if (!current) throw new AppError("CONFLICT", STALE_MESSAGE);
    const wanted: Record<string, unknown> = {};
    for (const column of columns) {
      const value = column === "lifecycleStage" ? (r.intake.lifecycleStage ?? "PLANNED") : r.intake[column];
      if (JSON.stringify(plain(value)) !== JSON.stringify(plain(current[column]))) wanted[column] = value;
    }
    // Answers for an existing system are kept as its questionnaire draft: re-classifying is a person's decision.
    const draft = r.answers
      ? { questionnaireDraft: pruneAnswers(r.answers), questionnaireDraftAt: now.toISOString() }
      : {};
    const changed = Object.keys(wanted);
    if (changed.length === 0 && !r.answers) continue;
    const { count } = await tx.aiSystem.updateMany({
      where: { id, organizationId: member.organizationId, version },
      data: { ...wanted, ...draft, updatedById: member.userId, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE_MESSAGE);
    const before = Object.fromEntries(changed.map((c) => [c, plain(current[c as UpdatableColumn])]));
    const after = Object.fromEntries(changed.map((c) => [c, plain(wanted[c])]));
    events.push({
      action: "system.updated",
      entityType: "AiSystem",
      entityId: id,
      systemId: id,
      before: { ...before, version },
      after: { ...after, version: version + 1, source: "csv_import", csvRow: r.row },
    });
  }
  return { events, updated: events.length };
}
