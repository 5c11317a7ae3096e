import { randomBytes } from "node:crypto";
import { randomSecret, sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";

// The rich organisation's deployer pack (version 1, published by a member) and one customer link to it: the pack
// travels in the export, the link (a secret of this server) does not.
export async function addRichDeployerPack(o: { organizationId: string; systemId: string; memberId: string }) {
  const pdf = randomBytes(96);
  const pack = await db().deployerPack.create({
    data: {
      organizationId: o.organizationId,
      systemId: o.systemId,
      version: 1,
      snapshot: { systemName: "Rich scored", files: [] },
      pdf,
      pdfSha256: sha256Hex(pdf),
      createdById: o.memberId,
    },
  });
  await db().deployerPackLink.create({
    data: {
      organizationId: o.organizationId,
      systemId: o.systemId,
      packId: pack.id,
      label: "Rich customer",
      tokenHash: sha256Hex(randomSecret()),
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: o.memberId,
    },
  });
}
