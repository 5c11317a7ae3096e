import "server-only";
import type { Member } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { DossierFinality, DossierSnapshot } from "@/lib/pdf/snapshot";
import { writeAudit } from "@/lib/dal/core/audit";

const NO_RULE_SET = "none";

export type SealInput = {
  systemId: string;
  version: number;
  finality: DossierFinality;
  snapshot: DossierSnapshot;
  snapshotSha256: string;
  pdf: Buffer;
  pdfSha256: string;
  /** The language the PDF was rendered in; the column's default (English) when not given. */
  locale?: string;
};

// Stores one rendered version with its hashes and audits it, in one transaction.
export async function seal(member: Member, input: SealInput): Promise<string> {
  const ruleSetId = input.snapshot.classification?.result.ruleSet.id ?? NO_RULE_SET;
  return db().$transaction(async (tx) => {
    const { id } = await tx.dossierVersion.create({
      data: {
        organizationId: member.organizationId,
        systemId: input.systemId,
        kind: "SYSTEM",
        version: input.version,
        finality: input.finality,
        ruleSetId,
        pdf: new Uint8Array(input.pdf),
        pdfSha256: input.pdfSha256,
        snapshot: input.snapshot,
        snapshotSha256: input.snapshotSha256,
        locale: input.locale,
        createdById: member.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, member, {
      action: "dossier.exported",
      entityType: "DossierVersion",
      entityId: id,
      systemId: input.systemId,
      after: {
        version: input.version,
        finality: input.finality,
        pdfSha256: input.pdfSha256,
        snapshotSha256: input.snapshotSha256,
        ruleSetId,
        locale: input.locale,
      },
    });
    return id;
  });
}
