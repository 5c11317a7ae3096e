import "server-only";
import { openWith, sealWith, needsReseal, type SecretPurpose } from "@/lib/crypto/secret-box";
import { secretKeyring } from "@/lib/crypto/secrets";
import { db } from "@/lib/db/client";

// SYSTEM-LEVEL, NO ACTOR: run by `npm run secrets:rotate` and by `npm start`, never by a request. Re-encrypts every
// stored webhook secret, registry token and PDF signing key that is still plaintext (rows from before encryption) or encrypted with a
// key other than the current one. Each row is written only if it still holds the value that was read, so a secret
// changed meanwhile by an administrator is never overwritten with the old one.

export type ResealResult = { webhooks: number; registryConnections: number; signingKeys: number; failed: string[] };

type Column = {
  purpose: SecretPurpose;
  rows: () => Promise<{ id: string; value: string | null }[]>;
  write: (id: string, before: string, after: string) => Promise<number>;
};

const COLUMNS: Record<"webhooks" | "registryConnections" | "signingKeys", Column> = {
  webhooks: {
    purpose: "webhook.secret",
    rows: async () =>
      (await db().webhook.findMany({ select: { id: true, secret: true } })).map((r) => ({ id: r.id, value: r.secret })),
    write: async (id, before, after) =>
      (await db().webhook.updateMany({ where: { id, secret: before }, data: { secret: after } })).count,
  },
  registryConnections: {
    purpose: "registry.authToken",
    rows: async () =>
      (
        await db().registryConnection.findMany({
          where: { authToken: { not: null } },
          select: { id: true, authToken: true },
        })
      ).map((r) => ({ id: r.id, value: r.authToken })),
    write: async (id, before, after) =>
      (await db().registryConnection.updateMany({ where: { id, authToken: before }, data: { authToken: after } }))
        .count,
  },
  signingKeys: {
    purpose: "signing.privateKey",
    rows: async () =>
      (await db().signingCertificate.findMany({ select: { id: true, privateKey: true } })).map((r) => ({
        id: r.id,
        value: r.privateKey,
      })),
    write: async (id, before, after) =>
      (await db().signingCertificate.updateMany({ where: { id, privateKey: before }, data: { privateKey: after } }))
        .count,
  },
};

export async function resealStoredSecrets(): Promise<ResealResult> {
  const keyring = secretKeyring();
  const result: ResealResult = { webhooks: 0, registryConnections: 0, signingKeys: 0, failed: [] };
  for (const [name, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, Column][]) {
    for (const row of await column.rows()) {
      if (row.value === null || !needsReseal(row.value, keyring)) continue;
      try {
        const sealed = sealWith(keyring, openWith(keyring, row.value, column.purpose), column.purpose);
        result[name] += await column.write(row.id, row.value, sealed);
      } catch (error) {
        // One undecryptable row (a key that was dropped too early) must not stop the others; it is reported by id.
        result.failed.push(`${column.purpose} of ${row.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return result;
}
