import "server-only";
import { randomUUID } from "node:crypto";
import type { Member } from "@/lib/access/actor";
import { pruneAnswers } from "@/lib/classification/prune-answers";
import { db, type Tx } from "@/lib/db/client";
import type { RowAction } from "@/lib/import/duplicates";
import type { ParsedRow } from "@/lib/import/row-to-intake";
import type { AuditInput } from "@/lib/dal/core/audit";
import { classifyNewSystemsTx } from "@/lib/dal/classification/internal/import-classification";
import { writeAuditBatch } from "@/lib/dal/systems/internal/system-import-audit";
import {
  updateImportedSystems,
  type UpdatableColumn,
  type UpdateRow,
} from "@/lib/dal/systems/internal/system-import-update";
import { isoDay } from "@/lib/dates";
import { resolveBusinessUnits } from "@/lib/dal/business-units/business-units";

// Rows are written in batches of this size as they are parsed, so only one batch of rows, classification results and
// audit events is in memory at a time (issue #14: holding all of them for 10,000 rows peaked at 2.4-2.7 GB).
const BATCH = 500;
// A 10,000-row import with classification runs needs more than Prisma's 5-second default; the whole file is still
// one transaction, so nothing is visible (or left behind) until it commits.
const TX_OPTIONS = { timeout: 10 * 60_000, maxWait: 30_000 };

type Prepared = ParsedRow & { id: string; classify: boolean };
export type WriteRow = ParsedRow & { classify: boolean; action: RowAction };
export type WriteOptions = {
  // Whether the rows so far allow writing: once this is false nothing more is written and the transaction rolls back.
  clean: () => boolean;
  // The intake columns the file has, which an update of an existing system sets.
  columns: ReadonlySet<UpdatableColumn>;
  // Runs after the last row, before commit; throws (rolling everything back) when the import must not stand.
  beforeCommit: () => void;
};

// Thrown inside the transaction to roll it back when a row failed; never leaves this module.
class RolledBack extends Error {}

// Writes the rows as they come (parts of the file that passed the check), in batches: new systems are created,
// rows naming an existing system update it or are skipped, as each row's action says. Once `clean()` is false,
// nothing more is written, the rest is only read (so every problem is reported), and the transaction is rolled back.
// Returns what was written, or nothing when rolled back.
export async function writeImportedSystems(
  member: Member,
  parts: AsyncIterable<WriteRow[]>,
  options: WriteOptions,
  onProgress: (done: number) => void,
): Promise<{ created: number; classified: number; updated: number }> {
  const { clean } = options;
  try {
    return await db().$transaction(async (tx) => {
      const now = new Date();
      let created = 0,
        classified = 0,
        updated = 0,
        firstSystemId: string | null = null;
      let batch: Prepared[] = [];
      let updates: UpdateRow[] = [];
      const flush = async () => {
        // Each row's business unit in the unit's own spelling ("hr" files under "HR"); missing units are created.
        const units = await resolveBusinessUnits(
          tx,
          member,
          [...batch, ...updates].map((r) => r.intake.businessUnit),
        );
        const spelled = <R extends ParsedRow>(r: R): R => ({
          ...r,
          intake: { ...r.intake, businessUnit: units.get(r.intake.businessUnit)?.name ?? "" },
        });
        batch = batch.map(spelled);
        updates = updates.map(spelled);
        const changes = await updateImportedSystems(tx, member, updates, options.columns, now);
        classified += await writeBatch(tx, member, batch, now, changes.events);
        created += batch.length;
        updated += changes.updated;
        batch = [];
        updates = [];
        onProgress(created + updated);
      };
      for await (const rows of parts) {
        if (!clean()) continue;
        for (const row of rows) {
          if (row.action.kind === "create") batch.push({ ...row, id: randomUUID() });
          else if (row.action.kind === "update") updates.push({ ...row, target: row.action.target });
        }
        firstSystemId ??= batch[0]?.id ?? null;
        if (batch.length + updates.length >= BATCH) await flush();
      }
      if (!clean()) throw new RolledBack();
      if (batch.length || updates.length) await flush();
      options.beforeCommit();
      // Nothing written (rows the parser skips as blank, such as ",,,", or only skipped duplicates): no summary event.
      if (created === 0 && updated === 0) throw new RolledBack();
      // One summary event as well, so the organisation's trail shows the import as one act with its size.
      await writeAuditBatch(tx, member, [
        {
          action: "systems.imported",
          entityType: "Organization",
          entityId: "csv_import",
          after: { count: created, classified, firstSystemId, updated },
        },
      ]);
      return { created, classified, updated };
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof RolledBack) return { created: 0, classified: 0, updated: 0 };
    throw error;
  }
}

// One batch: systems, their links, the classification of those with complete answers (set-based, as one storeRunTx
// per system took ~80 s for 2,500 systems) and their audit events. Returns how many were classified.
async function writeBatch(
  tx: Tx,
  member: Member,
  batch: Prepared[],
  now: Date,
  updateEvents: AuditInput[],
): Promise<number> {
  if (batch.length === 0) {
    if (updateEvents.length) await writeAuditBatch(tx, member, updateEvents);
    return 0;
  }
  await insertSystems(
    tx,
    batch.map((r) => systemRow(member, r, now)),
  );
  await linkModels(tx, member.organizationId, batch);
  await linkDatasets(tx, member.organizationId, batch);
  const toClassify = batch.filter((r) => r.classify);
  const runEvents = await classifyNewSystemsTx(
    tx,
    member,
    toClassify.map((r) => ({ id: r.id, name: r.intake.name, answers: r.answers ?? {} })),
  );
  await writeAuditBatch(tx, member, [...auditEvents(batch), ...runEvents, ...updateEvents]);
  return toClassify.length;
}

function systemRow(member: Member, r: Prepared, now: Date) {
  const { models: _m, datasets: _d, lifecycleStage, placedOnMarketAt, ...columns } = r.intake;
  // Answers that do not yet settle every question are kept as the questionnaire's saved draft, ready to resume.
  const draft =
    r.answers && !r.classify
      ? { questionnaireDraft: pruneAnswers(r.answers), questionnaireDraftAt: now.toISOString() }
      : {};
  return {
    ...columns,
    ...draft,
    id: r.id,
    lifecycleStage: lifecycleStage ?? "PLANNED",
    organizationId: member.organizationId,
    placedOnMarketAt: isoDay(placedOnMarketAt),
    updatedById: member.userId,
    createdAt: now.toISOString(),
  };
}

// One INSERT … SELECT from a JSON array per batch: Prisma's createMany binds one parameter per cell (25,000 per
// thousand rows) and took about 5 s per thousand on this machine; a single JSON parameter takes a fraction of that.
async function insertSystems(tx: Tx, rows: ReturnType<typeof systemRow>[]) {
  await tx.$executeRaw`
    INSERT INTO "AiSystem" ("id", "organizationId", "name", "description", "intendedPurpose", "businessUnit", "ownerId", "vendor",
      "sourcing", "lifecycleStage", "placedOnMarketAt", "memberStates", "outputUsedInEu", "affectedPersons", "affectedPersonsNote",
      "automationLevel", "humanOversight", "dataCategories", "isDraft", "roles", "questionnaireDraft", "questionnaireDraftAt",
      "createdAt", "updatedAt", "updatedById")
    SELECT x."id", x."organizationId", x."name", x."description", x."intendedPurpose", x."businessUnit", x."ownerId", x."vendor",
      x."sourcing"::"Sourcing", x."lifecycleStage"::"LifecycleStage", x."placedOnMarketAt"::date, x."memberStates", x."outputUsedInEu",
      x."affectedPersons", x."affectedPersonsNote", x."automationLevel"::"AutomationLevel", x."humanOversight", x."dataCategories",
      x."isDraft", '{}'::text[], x."questionnaireDraft", x."questionnaireDraftAt"::timestamp(3), x."createdAt"::timestamp(3),
      x."createdAt"::timestamp(3), x."updatedById"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "organizationId" text, "name" text, "description" text,
      "intendedPurpose" text, "businessUnit" text, "ownerId" text, "vendor" text, "sourcing" text, "lifecycleStage" text,
      "placedOnMarketAt" text, "memberStates" text[], "outputUsedInEu" boolean, "affectedPersons" text[], "affectedPersonsNote" text,
      "automationLevel" text, "humanOversight" text, "dataCategories" text[], "isDraft" boolean, "questionnaireDraft" jsonb,
      "questionnaireDraftAt" text, "createdAt" text, "updatedById" text)`;
}

function auditEvents(rows: Prepared[]): AuditInput[] {
  return rows.map((r): AuditInput => {
    const { placedOnMarketAt, ...intake } = r.intake;
    return {
      action: "system.created",
      entityType: "AiSystem",
      entityId: r.id,
      systemId: r.id,
      after: { ...intake, placedOnMarketAt: isoDay(placedOnMarketAt), version: 1, source: "csv_import", csvRow: r.row },
    };
  });
}

// Models are matched by name as in the intake form; an import only adds links and versions, it never removes any.
async function linkModels(tx: Tx, organizationId: string, rows: Prepared[]) {
  const wanted = new Map<string, Set<string>>();
  for (const r of rows)
    for (const m of r.intake.models) {
      const versions = wanted.get(m.name) ?? new Set<string>();
      m.versions.forEach((v) => versions.add(v.version));
      wanted.set(m.name, versions);
    }
  if (wanted.size === 0) return;
  const ids = new Map<string, string>();
  for (const [name, versions] of wanted) {
    const model = await tx.aiModel.upsert({
      where: { organizationId_name: { organizationId, name } },
      create: { organizationId, name },
      update: {},
      select: { id: true },
    });
    ids.set(name, model.id);
    if (versions.size)
      await tx.modelVersion.createMany({
        data: [...versions].map((version) => ({ organizationId, modelId: model.id, version })),
        skipDuplicates: true,
      });
  }
  const links = rows.flatMap((r) => r.intake.models.map((m) => [r.id, ids.get(m.name) ?? ""] as const));
  await tx.$executeRaw`INSERT INTO "AiSystemModel" ("organizationId", "systemId", "modelId")
    SELECT ${organizationId}, * FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[]) ON CONFLICT DO NOTHING`;
}

async function linkDatasets(tx: Tx, organizationId: string, rows: Prepared[]) {
  const names = [...new Set(rows.flatMap((r) => r.intake.datasets.map((d) => d.name)))];
  if (names.length === 0) return;
  await tx.dataset.createMany({ data: names.map((name) => ({ organizationId, name })), skipDuplicates: true });
  const found = await tx.dataset.findMany({
    where: { organizationId, name: { in: names } },
    select: { id: true, name: true },
  });
  const ids = new Map(found.map((d) => [d.name, d.id]));
  const links = rows.flatMap((r) => r.intake.datasets.map((d) => [r.id, ids.get(d.name) ?? ""] as const));
  await tx.$executeRaw`INSERT INTO "AiSystemDataset" ("organizationId", "systemId", "datasetId")
    SELECT ${organizationId}, * FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[]) ON CONFLICT DO NOTHING`;
}
