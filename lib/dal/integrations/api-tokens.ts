import "server-only";
import type { Actor, TokenActor } from "@/lib/access/actor";
import { scopesRoleCannotGrant, type Role } from "@/lib/access/permissions";
import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZCreateApiToken, type ApiScope, type TCreateApiToken } from "@/lib/validations/api-token";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";

const TOKEN_PATTERN = /^actlas_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

// Why a token no longer acts: its creator left the organisation, or their role no longer covers these scopes.
export type TokenOrphan = { reason: "removed" } | { reason: "scopes"; role: Role; scopes: ApiScope[] };

export type ApiTokenDTO = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
  createdBy: string;
  createdById: string;
  orphaned: TokenOrphan | null;
};

const ORPHAN_MESSAGE: Record<TokenOrphan["reason"], string> = {
  removed: "This API token no longer works: the person who created it is no longer a member of the organisation.",
  scopes: "This API token no longer works: the role of the person who created it no longer allows its scopes.",
};

function orphanOf(creatorRole: Role | null, scopes: ApiScope[]): TokenOrphan | null {
  if (!creatorRole) return { reason: "removed" };
  const lost = scopesRoleCannotGrant(creatorRole, scopes);
  return lost.length ? { reason: "scopes", role: creatorRole, scopes: lost } : null;
}

// The full token is returned once and only its SHA-256 is stored; the prefix lets people recognise it later.
export async function createApiToken(actor: Actor, raw: TCreateApiToken): Promise<{ token: string; tokenId: string }> {
  const member = await authorize(actor, "token.manage");
  const input = ZCreateApiToken.parse(raw);
  const prefix = sha256Hex(randomSecret(8)).slice(0, 8);
  const token = `actlas_${prefix}_${randomSecret()}`;
  const expiresAt = input.lifetime === "never" ? null : new Date(Date.now() + Number(input.lifetime) * 86_400_000);
  const created = await db().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        organizationId: member.organizationId,
        name: input.name,
        prefix,
        tokenHash: sha256Hex(token),
        scopes: input.scopes,
        expiresAt,
        createdById: member.userId,
      },
      select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true },
    });
    await writeAudit(tx, member, { action: "api_token.created", entityType: "ApiToken", entityId: row.id, after: row });
    return row;
  });
  return { token, tokenId: created.id };
}

export async function listApiTokens(actor: Actor): Promise<ApiTokenDTO[]> {
  const member = await authorize(actor, "token.manage");
  const rows = await db().apiToken.findMany({
    where: { organizationId: member.organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdAt: true,
      createdById: true,
      createdBy: {
        select: {
          name: true,
          memberships: { where: { organizationId: member.organizationId }, select: { role: true } },
        },
      },
    },
  });
  return rows.map(({ createdBy, ...r }) => ({
    ...r,
    createdBy: createdBy.name,
    orphaned: orphanOf(createdBy.memberships[0]?.role ?? null, r.scopes as ApiScope[]),
  }));
}

export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  const member = await authorize(actor, "token.manage");
  await db().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, organizationId: member.organizationId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "This token does not exist or is already revoked.");
    await writeAudit(tx, member, { action: "api_token.revoked", entityType: "ApiToken", entityId: tokenId });
  });
}

export type TokenIdentity = {
  tokenId: string;
  organizationId: string;
  scopes: ApiScope[];
  label: string;
  createdById: string;
};

// Last use is recorded at most once a minute: a busy pipeline would otherwise write the token row on every call.
const LAST_USED_RESOLUTION_MS = 60_000;

type TokenRow = {
  id: string;
  organizationId: string;
  scopes: string[];
  name: string;
  prefix: string;
  createdById: string;
  creatorRole: Role | null;
};

// For the REST API: a live, unexpired, unrevoked token resolves to its organisation and scopes, but only while its
// creator is still a member of that organisation whose role grants every scope (the creator's membership is joined in
// the same query). Removing or demoting the creator therefore ends the token's access at its next call.
export async function authenticateApiToken(presented: string): Promise<TokenIdentity | null> {
  if (!TOKEN_PATTERN.test(presented)) return null;
  const now = new Date();
  const [row] = await db().$queryRaw<TokenRow[]>`
    SELECT t.id, t."organizationId", t.scopes, t.name, t.prefix, t."createdById", m.role::text AS "creatorRole"
    FROM "ApiToken" t
    LEFT JOIN "Membership" m ON m."userId" = t."createdById" AND m."organizationId" = t."organizationId"
    WHERE t."tokenHash" = ${sha256Hex(presented)} AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" >= ${now})`;
  if (!row) return null;
  const orphaned = orphanOf(row.creatorRole, row.scopes as ApiScope[]);
  // Whoever holds the full secret may learn why it stopped working; the list in Settings says the same.
  if (orphaned)
    throw new AppError(
      "FORBIDDEN",
      `${ORPHAN_MESSAGE[orphaned.reason]} Ask an administrator to revoke it and create a new one.`,
    );
  await db().apiToken.updateMany({
    where: {
      id: row.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
  return {
    tokenId: row.id,
    organizationId: row.organizationId,
    scopes: row.scopes as ApiScope[],
    label: `token ${row.name} (${row.prefix})`,
    createdById: row.createdById,
  };
}

export type ApiCall = { method: string; path: string; status: number; durationMs: number };

// Every call a token makes, reads included, lands here (not in the hash-chained audit trail, which records the
// changes themselves under the token's name and would drown in reads).
export async function recordApiCall(actor: TokenActor, call: ApiCall): Promise<void> {
  await db().apiRequestLog.create({ data: { organizationId: actor.organizationId, tokenId: actor.tokenId, ...call } });
}

export type ApiCallDTO = ApiCall & { createdAt: Date; tokenName: string };

// The newest calls of one token, or of all the organisation's tokens, for administrators.
export async function listRecentApiCalls(actor: Actor, tokenId?: string, take = 20): Promise<ApiCallDTO[]> {
  const member = await authorize(actor, "token.manage");
  const rows = await db().apiRequestLog.findMany({
    where: { organizationId: member.organizationId, ...(tokenId ? { tokenId } : {}) },
    orderBy: { createdAt: "desc" },
    take,
    select: { tokenId: true, method: true, path: true, status: true, durationMs: true, createdAt: true },
  });
  const tokens = await db().apiToken.findMany({
    where: { organizationId: member.organizationId, id: { in: [...new Set(rows.map((r) => r.tokenId))] } },
    select: { id: true, name: true },
  });
  const names = new Map(tokens.map((t) => [t.id, t.name]));
  return rows.map(({ tokenId: id, ...r }) => ({ ...r, tokenName: names.get(id) ?? "a deleted token" }));
}
