import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor, Member } from "@/lib/access/actor";
import { sealSecret } from "@/lib/crypto/secrets";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ZOrganizationExport, type TOrganizationExport } from "@/lib/validations/import-organization";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { AUDIT_TABLE, EXPORT_TABLES, type TableSpec } from "@/lib/dal/org-transfer/internal/export-spec";
import { tableDelegate, type Row } from "@/lib/dal/org-transfer/internal/export-tables";
import { assertEmptyOrganization } from "@/lib/dal/org-transfer/internal/import-checks";
import { modelColumns } from "@/lib/dal/org-transfer/internal/import-columns";
import {
  inviteMembers,
  mapPeople,
  type ImportInvitation,
  type People,
} from "@/lib/dal/org-transfer/internal/import-people";
import { checkOrganizationFile, importRefused, rowsOf } from "@/lib/dal/org-transfer/internal/import-validate";
import { appendAuditRows } from "@/lib/dal/systems/internal/system-import-audit";

const CHUNK = 500;
const TX_OPTIONS = { timeout: 30 * 60_000, maxWait: 30_000 };

export type OrganizationImportResult = {
  counts: Record<string, number>;
  // The file's members, invited (not added): each link is shown once to the administrator, like a new invitation.
  invitations: number;
  invitationLinks: ImportInvitation[];
  // People the file mentions who are not members here: their rows keep their name, not an account.
  names: number;
  // old id → new id of every imported row (the round-trip test maps one export onto the other with it).
  idMap: Map<string, string>;
};

type Context = { member: Member; ids: Record<string, Map<string, string>>; people: People; fromOrganizationId: string };

// Imports an organisation export into the actor's organisation, which must be empty. The whole file is checked first
// (org-import-validate.ts): it may only refer to rows and people it defines itself. Then everything is one
// transaction: rows get fresh ids and this organisation, timestamps are kept, members are invited, and the audit
// trail is replayed onto this organisation's chain with new hashes but the original events' content.
export async function importOrganization(actor: Actor, text: string): Promise<OrganizationImportResult> {
  const member = await authorize(actor, "organization.import");
  const doc = parseExport(text);
  const tables = await checkOrganizationFile(doc);
  await assertEmptyOrganization(member.organizationId);
  return db().$transaction(async (tx) => {
    const people = await mapPeople(tx, member.organizationId, doc);
    const ids: Context["ids"] = {};
    for (const spec of EXPORT_TABLES)
      ids[spec.key] = new Map(spec.hasId ? rowsOf(tables, spec.key).map((row) => [String(row.id), randomUUID()]) : []);
    const ctx: Context = { member, ids, people, fromOrganizationId: doc.organization.id };
    const counts: Record<string, number> = {};
    const currentRuns: [string, string][] = [];
    for (const spec of EXPORT_TABLES) {
      const rows = rowsOf(tables, spec.key).map((row) => remapRow(row, spec, ctx));
      if (spec.key === "aiSystem")
        for (const row of rows)
          if (row.currentRunId) {
            currentRuns.push([String(row.id), String(row.currentRunId)]);
            row.currentRunId = null;
          }
      for (let i = 0; i < rows.length; i += CHUNK) await insert(tx, spec, rows.slice(i, i + CHUNK));
      counts[spec.key] = rows.length;
    }
    if (currentRuns.length) {
      await tx.$executeRaw`UPDATE "AiSystem" s SET "currentRunId" = u.run FROM unnest(${currentRuns.map((c) => c[0])}::text[], ${currentRuns.map((c) => c[1])}::text[]) AS u(id, run) WHERE s.id = u.id AND s."organizationId" = ${member.organizationId}`;
    }
    counts[AUDIT_TABLE] = await replayAudit(tx, rowsOf(tables, AUDIT_TABLE), ctx);
    const invitationLinks = await inviteMembers(tx, member, doc);
    const summary = { counts, invitations: invitationLinks.length, names: people.names.size };
    // A file without a profile (older exports, or none filled in) leaves this organisation's own as it is.
    const { profile, planning, riskScale, documentLocale } = doc.organization;
    const scale = riskScale ? { riskLikelihoodLabels: riskScale.likelihood, riskImpactLabels: riskScale.impact } : {};
    if (profile || planning || riskScale || documentLocale)
      await tx.organization.update({
        where: { id: member.organizationId },
        data: { ...(profile ? { profile } : {}), ...planning, ...scale, ...(documentLocale ? { documentLocale } : {}) },
      });
    await writeAudit(tx, member, {
      action: "organization.imported",
      entityType: "Organization",
      entityId: member.organizationId,
      after: {
        from: doc.organization.name,
        exportedAt: doc.exportedAt,
        ...summary,
        ...(profile ? { profile } : {}),
        ...(planning ? { planning } : {}),
        ...(riskScale ? { riskScale } : {}),
        ...(documentLocale ? { documentLocale } : {}),
      },
    });
    const idMap = new Map<string, string>([[doc.organization.id, member.organizationId]]);
    for (const map of Object.values(ids)) for (const [from, to] of map) idMap.set(from, to);
    return { ...summary, invitationLinks, idMap };
  }, TX_OPTIONS);
}

function parseExport(text: string): TOrganizationExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "This file is not valid JSON. Choose a file made by “Export organisation”.");
  }
  const parsed = ZOrganizationExport.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join(".")}: ${issue.message})` : "";
    throw new AppError("VALIDATION", `This file is not an Actlas organisation export (format version 1)${where}.`);
  }
  return parsed.data;
}

// The checks above make a database refusal unlikely (two rows of the file that break a unique rule together are
// the remaining case); if one comes, it is the file's problem, named by table, and the transaction leaves nothing.
async function insert(tx: Tx, spec: TableSpec, rows: Row[]) {
  try {
    await tableDelegate(tx, spec.key).createMany({ data: rows });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw importRefused([
        {
          table: spec.key,
          row: null,
          column: null,
          message: "has rows that break a uniqueness rule together (for example two rows with the same name)",
        },
      ]);
    }
    throw error;
  }
}

function remapRow(row: Row, spec: TableSpec, ctx: Context): Row {
  const out: Row = { ...row };
  const columns = modelColumns(spec.model);
  if (spec.hasId) out.id = newId(ctx, spec.key, String(row.id));
  // Decided from the data model, not the file: every row of a model with organizationId gets the importing one.
  if (columns.has("organizationId")) out.organizationId = ctx.member.organizationId;
  for (const [column, target] of Object.entries(spec.refs)) {
    const value = out[column];
    if (typeof value !== "string") continue;
    if (target !== "User") out[column] = newId(ctx, target, value);
    else out[column] = personRef(value, column, spec, out, ctx, columns.get(column)?.isRequired ?? false);
  }
  for (const [column, target] of Object.entries(spec.refLists ?? {})) {
    if (Array.isArray(out[column])) out[column] = (out[column] as string[]).map((v) => newId(ctx, target, v));
  }
  for (const column of spec.nullableJson ?? []) if (out[column] === null) out[column] = Prisma.DbNull;
  // Secrets are not in the file: a webhook gets a new signing secret (receivers must be given it again).
  if (spec.key === "webhook") out.secret = sealSecret(randomBytes(32).toString("hex"), "webhook.secret");
  if (spec.key === "monitoringPlan" && Array.isArray(out.items)) {
    out.items = (out.items as Row[]).map((item) =>
      typeof item.ownerId === "string" ? { ...item, ownerId: ctx.people.linked.get(item.ownerId) ?? null } : item,
    );
  }
  return out;
}

// The new id of a row the file defines. Every export table has its map before any row is written, so a reference to a
// table without one is a mistake in export-spec.ts, not in the file.
function newId(ctx: Context, table: string, fileId: string): string | undefined {
  const map = ctx.ids[table];
  if (!map) throw new Error(`The organisation import has no ids for table "${table}"; check export-spec.ts.`);
  return map.get(fileId);
}

// A member of this organisation stays linked. Anyone else becomes a name: an optional reference is cleared (pages
// show "a former member"), a required one (authorship) points at the importing administrator and keeps the
// original person's name in its label column, which pages show instead.
function personRef(
  personId: string,
  column: string,
  spec: TableSpec,
  row: Row,
  ctx: Context,
  required: boolean,
): string | null {
  const userId = ctx.people.linked.get(personId);
  if (userId) return userId;
  const label = spec.labels?.[column];
  if (label && !(typeof row[label] === "string" && row[label]))
    row[label] = ctx.people.names.get(personId) ?? "A former member";
  return required ? ctx.member.userId : null;
}

async function replayAudit(tx: Tx, events: Row[], ctx: Context): Promise<number> {
  const byModel = new Map(EXPORT_TABLES.map((s) => [s.model, ctx.ids[s.key]]));
  const anyTable = (v: string) =>
    v === ctx.fromOrganizationId
      ? ctx.member.organizationId
      : Object.values(ctx.ids)
          .find((m) => m.has(v))
          ?.get(v);
  // Events keep the file's order (the export writes them by sequence); their ids are history: mapped where the file
  // defines the row, otherwise kept as the text they were.
  await appendAuditRows(
    tx,
    ctx.member.organizationId,
    events.map((e) => {
      const entityId = String(e.entityId);
      return {
        actorId: typeof e.actorId === "string" ? (ctx.people.linked.get(e.actorId) ?? null) : null,
        actorLabel: String(e.actorLabel),
        action: String(e.action),
        entityType: String(e.entityType),
        entityId: byModel.get(String(e.entityType))?.get(entityId) ?? anyTable(entityId) ?? entityId,
        systemId: typeof e.systemId === "string" ? (newId(ctx, "aiSystem", e.systemId) ?? e.systemId) : null,
        before: e.before ?? null,
        after: e.after ?? null,
        createdAt: e.createdAt instanceof Date ? e.createdAt : new Date(),
      };
    }),
  );
  return events.length;
}
