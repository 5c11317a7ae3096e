import "server-only";
import type { Actor } from "@/lib/access/actor";
import { verifyChain, type ChainReport } from "@/lib/audit/verify-chain";
import { db } from "@/lib/db/client";
import type { AuditEvent } from "@/lib/db/generated/client";
import { authorize } from "@/lib/dal/core/authorize";

const BATCH = 5_000;

// Reads the chain in sequence order in batches, so verifying a long history never holds it all in memory.
export async function verifyOrganizationChain(organizationId: string): Promise<ChainReport> {
  let events = 0;
  let tail: { sequence: number; hash: string } | null = null;
  for (;;) {
    const rows: AuditEvent[] = await db().auditEvent.findMany({
      where: { organizationId, sequence: { gt: tail?.sequence ?? 0 } },
      orderBy: { sequence: "asc" },
      take: BATCH,
    });
    const last = rows.at(-1);
    if (last === undefined) break;
    const chain = rows.map(({ id: _id, prevHash, hash, ...fields }) => ({
      sequence: fields.sequence,
      prevHash,
      hash,
      fields,
    }));
    // Continuing from the previous batch's last event checks the links across batch borders too.
    const report = verifyChain(chain, tail);
    if (!report.ok) return { ...report, events: events + report.events };
    events += rows.length;
    tail = { sequence: last.sequence, hash: last.hash };
  }
  return { ok: true, events, headHash: tail?.hash ?? "" };
}

export async function verifyMyOrganizationChain(actor: Actor): Promise<ChainReport> {
  const member = await authorize(actor, "audit.read");
  return verifyOrganizationChain(member.organizationId);
}
