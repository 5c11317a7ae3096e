import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

// The dashboard folds every obligation of the organisation (a million at the product's target size): seconds of
// database work per view. Its figures only change when the organisation's data does, so a computed dashboard is
// kept per (organisation, filters, day) together with a stamp of that data, and served again while the stamp is
// unchanged. The stamp is three index lookups: the newest audit event that records a change (every change made
// through lib/dal writes one in its own transaction) and the newest updatedAt of systems and of obligations (which
// also catches writes that bypass the DAL, such as seeds and tests). Concurrent views of a stale dashboard share one
// computation.

type Entry<T> = { stamp: string; value: Promise<T> };

const MAX_ENTRIES = 500;
const entries = new Map<string, Entry<unknown>>();

// Audit events that record a reading of the data (a sealed export, an attestation of one, a downloaded report) and
// change no figure the cached views show. Left out of the stamp, so that exporting reports in a row does not make
// each export recompute the dashboard (seconds at 100,000 systems: BENCHMARKS.md, portfolio report).
export const STAMP_IGNORED_ACTIONS = [
  "portfolio_report.exported",
  "dossier.exported",
  "dossier.attested",
  "incident.report_downloaded",
];

type StampRow = { audit: number | null; systems: Date | null; obligations: Date | null };

// Read once per page render (React's cache; a plain call elsewhere): the dashboard's cards each ask, and the stamp
// was three identical statements on every dashboard view.
export const dataStamp = cache(async (organizationId: string): Promise<string> => {
  const [row] = await db().$queryRaw<StampRow[]>`
    SELECT (SELECT max(sequence) FROM "AuditEvent" WHERE "organizationId" = ${organizationId}
              AND action <> ALL (${STAMP_IGNORED_ACTIONS}::text[])) AS audit,
           (SELECT max("updatedAt") FROM "AiSystem" WHERE "organizationId" = ${organizationId}) AS systems,
           (SELECT max("updatedAt") FROM "Obligation" WHERE "organizationId" = ${organizationId}) AS obligations`;
  return `${row?.audit ?? 0}|${row?.systems?.getTime() ?? 0}|${row?.obligations?.getTime() ?? 0}`;
});

/** The value cached under `key` if the organisation's data stamp still matches, else a fresh computation. */
export async function withDataStamp<T>(organizationId: string, key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await dataStamp(organizationId);
  const cacheKey = `${organizationId}|${key}`;
  const hit = entries.get(cacheKey) as Entry<T> | undefined;
  if (hit && hit.stamp === stamp) return hit.value;
  const value = compute();
  entries.delete(cacheKey);
  entries.set(cacheKey, { stamp, value });
  // A failed computation is not kept: the next view tries again.
  value.catch(() => {
    if (entries.get(cacheKey)?.value === value) entries.delete(cacheKey);
  });
  // Oldest first (Map keeps insertion order): the cache stays bounded whatever the number of filter combinations.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}
