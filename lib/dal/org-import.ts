import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor, Member } from "@/lib/auth/actor";
import { sealSecret } from "@/lib/crypto/secrets";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ZOrganizationExport, type TOrganizationExport } from "@/lib/validations/import-organization";
import { writeAudit } from "./audit";
import { authorize } from "./authorize";
import { AUDIT_TABLE, decodeValue, EXPORT_TABLES, type TableSpec } from "./org-export-spec";
import { tableDelegate, type Row } from "./org-export-tables";
import { assertEmptyOrganization } from "./org-import-checks";
import { appendAuditRows } from "./system-import-audit";

const CHUNK = 500;
const TX_OPTIONS = { timeout: 30 * 60_000, maxWait: 30_000 };

export type OrganizationImportResult = {
  counts: Record<string, number>;
  placeholderUsers: number;
  // old id → new id of every imported row and person (the round-trip test maps one export onto the other with it).
  idMap: Map<string, string>;
};

// Imports an organisation export into the actor's organisation, which must be empty. Everything is one transaction:
// rows get new ids (the originals may still exist on this server), people are matched by email, timestamps are kept,
// and the audit trail is replayed onto this organisation's chain with new hashes but the original events' content.
export async function importOrganization(actor: Actor, text: string): Promise<OrganizationImportResult> {
  const member = await authorize(actor, "organization.import");
  const doc = parseExport(text);
  await assertEmptyOrganization(member.organizationId);
  return db().$transaction(async (tx) => {
    const { userMap, placeholders } = await mapPeople(tx, member, doc);
    const idMap = new Map<string, string>(userMap);
    idMap.set(doc.organization.id, member.organizationId);
    for (const spec of EXPORT_TABLES) for (const row of doc.tables[spec.key] ?? []) if (spec.hasId) idMap.set(String(row.id), randomUUID());
    const counts: Record<string, number> = {};
    const currentRuns: [string, string][] = [];
    for (const spec of EXPORT_TABLES) {
      const rows = (doc.tables[spec.key] ?? []).map((raw) => remapRow(raw, spec, member.organizationId, idMap, userMap));
      if (spec.key === "aiSystem") for (const row of rows) if (row.currentRunId) {
        currentRuns.push([String(row.id), String(row.currentRunId)]);
        row.currentRunId = null;
      }
      for (let i = 0; i < rows.length; i += CHUNK) await tableDelegate(tx, spec.key).createMany({ data: rows.slice(i, i + CHUNK) });
      counts[spec.key] = rows.length;
    }
    if (currentRuns.length) {
      await tx.$executeRaw`UPDATE "AiSystem" s SET "currentRunId" = u.run FROM unnest(${currentRuns.map((c) => c[0])}::text[], ${currentRuns.map((c) => c[1])}::text[]) AS u(id, run) WHERE s.id = u.id AND s."organizationId" = ${member.organizationId}`;
    }
    counts[AUDIT_TABLE] = await replayAudit(tx, member.organizationId, doc, idMap);
    await writeAudit(tx, member, {
      action: "organization.imported", entityType: "Organization", entityId: member.organizationId,
      after: { from: doc.organization.name, exportedAt: doc.exportedAt, counts, placeholderUsers: placeholders },
    });
    return { counts, placeholderUsers: placeholders, idMap };
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
  if (!parsed.success) throw new AppError("VALIDATION", "This file is not an Actlas organisation export (format version 1).");
  return parsed.data;
}

// People are matched by email; someone unknown on this server gets an account without a password (they can sign in
// after "forgot password" or single sign-on), so authorship of comments and decisions is kept.
async function mapPeople(tx: Tx, member: Member, doc: TOrganizationExport) {
  const userMap = new Map<string, string>();
  let placeholders = 0;
  for (const person of doc.people) {
    const email = person.email.toLowerCase();
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!existing) placeholders += 1;
    const user = existing ?? await tx.user.create({ data: { email, name: person.name }, select: { id: true } });
    userMap.set(person.id, user.id);
  }
  for (const m of doc.members) {
    const userId = [...doc.people].find((p) => p.email.toLowerCase() === m.email.toLowerCase());
    const newId = userId && userMap.get(userId.id);
    if (!newId || newId === member.userId) continue;
    await tx.membership.upsert({
      where: { userId_organizationId: { userId: newId, organizationId: member.organizationId } },
      create: { userId: newId, organizationId: member.organizationId, role: m.role, notificationPrefs: m.notificationPrefs as Prisma.InputJsonValue, createdAt: new Date(m.createdAt) },
      update: {},
    });
  }
  return { userMap, placeholders };
}

function remapRow(raw: Row, spec: TableSpec, organizationId: string, idMap: Map<string, string>, userMap: Map<string, string>): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(raw)) row[key] = decodeValue(value);
  if (spec.hasId) row.id = idMap.get(String(raw.id));
  if ("organizationId" in row) row.organizationId = organizationId;
  for (const [column, kind] of Object.entries(spec.refs)) {
    const value = row[column];
    if (typeof value !== "string") continue;
    row[column] = kind === "User" ? (userMap.get(value) ?? null) : (idMap.get(value) ?? value);
  }
  for (const column of spec.refLists ?? []) if (Array.isArray(row[column])) row[column] = (row[column] as string[]).map((v) => idMap.get(v) ?? v);
  for (const column of spec.nullableJson ?? []) if (row[column] === null) row[column] = Prisma.DbNull;
  // Secrets are not in the file: a webhook gets a new signing secret (receivers must be given it again).
  if (spec.key === "webhook") row.secret = sealSecret(randomBytes(32).toString("hex"), "webhook.secret");
  if (spec.key === "monitoringPlan" && Array.isArray(row.items)) {
    row.items = (row.items as Row[]).map((item) => (typeof item?.ownerId === "string" ? { ...item, ownerId: userMap.get(item.ownerId) ?? null } : item));
  }
  return row;
}

async function replayAudit(tx: Tx, organizationId: string, doc: TOrganizationExport, idMap: Map<string, string>): Promise<number> {
  const events = [...(doc.tables[AUDIT_TABLE] ?? [])].sort((a, b) => Number(a.sequence) - Number(b.sequence));
  const map = (v: unknown) => (typeof v === "string" ? (idMap.get(v) ?? v) : null);
  await appendAuditRows(tx, organizationId, events.map((e) => ({
    actorId: typeof e.actorId === "string" ? (idMap.get(e.actorId) ?? null) : null,
    actorLabel: String(e.actorLabel), action: String(e.action), entityType: String(e.entityType),
    entityId: String(map(e.entityId)), systemId: map(e.systemId),
    before: e.before ?? null, after: e.after ?? null, createdAt: decodeValue(e.createdAt) as Date,
  })));
  return events.length;
}
