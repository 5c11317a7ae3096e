import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import {
  AUDIT_TABLE,
  encodeValue,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_TABLES,
  type TableSpec,
} from "@/lib/dal/org-transfer/internal/export-spec";
import { tableDelegate, type Row } from "@/lib/dal/org-transfer/internal/export-tables";
import { todayIso } from "@/lib/dates";

const BATCH = 500;

// The whole organisation as one JSON document, produced piece by piece so that a large organisation (evidence files,
// dossier PDFs) streams to the browser instead of being built in memory. Starting it is audited.
export async function exportOrganization(actor: Actor): Promise<{ fileName: string; chunks: AsyncGenerator<string> }> {
  const member = await authorize(actor, "organization.export");
  const { organizationId } = member;
  const organization = await db().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      name: true,
      slug: true,
      createdAt: true,
      profile: true,
      obligationLeadDays: true,
      evidenceRequiredForDone: true,
      riskLikelihoodLabels: true,
      riskImpactLabels: true,
      documentLocale: true,
    },
  });
  await db().$transaction((tx) =>
    writeAudit(tx, member, { action: "organization.exported", entityType: "Organization", entityId: organizationId }),
  );
  const fileName = `${organization.slug}-export-${todayIso()}.json`;
  return { fileName, chunks: documentChunks(organizationId, organization) };
}

type OrganizationHeader = {
  name: string;
  slug: string;
  createdAt: Date;
  profile: unknown;
  obligationLeadDays: number;
  evidenceRequiredForDone: boolean;
  riskLikelihoodLabels: string[];
  riskImpactLabels: string[];
  documentLocale: string;
};

async function* documentChunks(organizationId: string, organization: OrganizationHeader): AsyncGenerator<string> {
  // The organisation's own row is not a table of the file: its columns travel here (the profile is restored on import).
  const { name, slug, createdAt, profile, obligationLeadDays, evidenceRequiredForDone } = organization;
  const { riskLikelihoodLabels, riskImpactLabels, documentLocale } = organization;
  const header = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    organization: {
      id: organizationId,
      name,
      slug,
      createdAt: createdAt.toISOString(),
      profile: profile ?? null,
      planning: { obligationLeadDays, evidenceRequiredForDone },
      // As stored: empty means the default words.
      riskScale: { likelihood: riskLikelihoodLabels, impact: riskImpactLabels },
      documentLocale,
    },
  };
  yield JSON.stringify(header).slice(0, -1);
  yield `,\n"members":${JSON.stringify(await members(organizationId))}`;
  yield `,\n"people":${JSON.stringify(await people(organizationId))}`;
  yield `,\n"tables":{`;
  let firstTable = true;
  for (const spec of [...EXPORT_TABLES, auditSpec]) {
    yield `${firstTable ? "" : ","}\n"${spec.key}":[`;
    firstTable = false;
    let first = true;
    for await (const rows of tableRows(organizationId, spec)) {
      const text = rows.map((row) => JSON.stringify(encodeRow(row, spec))).join(",\n");
      yield (first ? "\n" : ",\n") + text;
      first = false;
    }
    yield "]";
  }
  yield "}}\n";
}

const auditSpec: TableSpec = {
  key: AUDIT_TABLE,
  model: "AuditEvent",
  scope: "organizationId",
  hasId: true,
  refs: {},
  orderBy: [{ sequence: "asc" }],
};

export function encodeRow(row: Row, spec: TableSpec): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) if (!spec.omit?.includes(key)) out[key] = encodeValue(value);
  return out;
}

export async function* tableRows(organizationId: string, spec: TableSpec): AsyncGenerator<Row[]> {
  const where = spec.scope === "organizationId" ? { organizationId } : { [spec.scope.via]: { organizationId } };
  for (let skip = 0; ; skip += BATCH) {
    const rows = await tableDelegate(db(), spec.key).findMany({ where, orderBy: spec.orderBy, skip, take: BATCH });
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
  }
}

async function members(organizationId: string) {
  const rows = await db().membership.findMany({
    where: { organizationId },
    orderBy: { createdAt: "asc" },
    select: { role: true, notificationPrefs: true, createdAt: true, user: { select: { email: true } } },
  });
  return rows.map((m) => ({
    email: m.user.email,
    role: m.role,
    notificationPrefs: m.notificationPrefs,
    createdAt: m.createdAt.toISOString(),
  }));
}

// Everyone the organisation's rows name (members, and former members who wrote comments or decisions), by email.
async function people(organizationId: string) {
  const ids = new Set<string>();
  for (const spec of EXPORT_TABLES) {
    const userColumns = Object.entries(spec.refs)
      .filter(([, kind]) => kind === "User")
      .map(([column]) => column);
    if (userColumns.length === 0) continue;
    for await (const rows of tableRows(organizationId, spec)) {
      for (const row of rows)
        for (const column of userColumns) if (typeof row[column] === "string") ids.add(row[column] as string);
    }
  }
  const audit = await db().auditEvent.findMany({
    where: { organizationId, actorId: { not: null } },
    distinct: ["actorId"],
    select: { actorId: true },
  });
  audit.forEach((a) => a.actorId && ids.add(a.actorId));
  const memberIds = await db().membership.findMany({ where: { organizationId }, select: { userId: true } });
  memberIds.forEach((m) => ids.add(m.userId));
  const users = await db().user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, email: true, name: true },
    orderBy: { email: "asc" },
  });
  return users;
}
