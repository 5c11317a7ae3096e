import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Obligation as DerivedObligation } from "@/lib/rules";
import { todayIso } from "@/lib/dates";
import { plannedDueDate } from "@/lib/obligations/due-date";

export type ObligationSyncSummary = { added: string[]; obsoleted: string[]; revived: string[]; updated: string[] };

const key = (o: { code: string; role: string }) => `${o.code}|${o.role}`;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// Brings a system's obligation rows in line with a new classification result, matching duties on (code, role):
// new duties are created (due on the organisation's planning date, not the law's date: see plannedDueDate), existing rows keep their work (status, owner, due date, comments, evidence) and only
// take the new legal wording and date, and duties no longer derived are marked obsolete, never deleted.
export async function syncObligations(
  tx: Tx,
  scope: { organizationId: string; systemId: string; runId: string },
  derived: readonly DerivedObligation[],
  now: Date = new Date(),
): Promise<ObligationSyncSummary> {
  const { organizationId, systemId, runId } = scope;
  const existing = await tx.obligation.findMany({
    where: { organizationId, systemId },
    select: {
      id: true,
      code: true,
      role: true,
      article: true,
      title: true,
      summary: true,
      appliesFrom: true,
      blocking: true,
      obsoleteAt: true,
    },
  });
  const byKey = new Map(existing.map((o) => [key(o), o]));
  const { obligationLeadDays } = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { obligationLeadDays: true },
  });
  const today = todayIso(now);
  const summary: ObligationSyncSummary = { added: [], obsoleted: [], revived: [], updated: [] };
  for (const d of derived) {
    const row = byKey.get(key(d));
    const legal = {
      article: d.article,
      title: d.title,
      summary: d.summary,
      appliesFrom: day(d.appliesFrom),
      blocking: d.blocking ?? false,
    };
    if (!row) {
      await tx.obligation.create({
        data: {
          organizationId,
          systemId,
          code: d.code,
          role: d.role,
          ...legal,
          dueDate: day(plannedDueDate(d.appliesFrom, today, obligationLeadDays)),
          sourceRunId: runId,
        },
      });
      summary.added.push(key(d));
      continue;
    }
    byKey.delete(key(d));
    const textChanged =
      row.article !== d.article ||
      row.title !== d.title ||
      row.summary !== d.summary ||
      row.appliesFrom.getTime() !== legal.appliesFrom.getTime() ||
      row.blocking !== legal.blocking;
    if (row.obsoleteAt) summary.revived.push(key(d));
    else if (textChanged) summary.updated.push(key(d));
    if (row.obsoleteAt || textChanged) {
      await tx.obligation.update({
        where: { id: row.id },
        data: { ...legal, obsoleteAt: null, version: { increment: 1 } },
      });
    }
  }
  const gone = [...byKey.values()].filter((o) => !o.obsoleteAt);
  if (gone.length) {
    await tx.obligation.updateMany({
      where: { organizationId, id: { in: gone.map((o) => o.id) } },
      data: { obsoleteAt: now, version: { increment: 1 } },
    });
    summary.obsoleted.push(...gone.map(key));
  }
  return summary;
}
