import { randomBytes, randomUUID } from "node:crypto";
import type { Ctx, Row } from "./tenant-rows";

// Row factories of the deployer-pack tables, kept apart so tenant-rows.ts stays under the line limit.
export const DEPLOYER_PACK_ROWS = {
  DeployerPack: (c: Ctx): Row => ({
    id: randomUUID(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    version: randomBytes(3).readUIntBE(0, 3) + 1,
    snapshot: "{}",
    pdf: Buffer.from("%PDF"),
    pdfSha256: "0".repeat(64),
  }),
  DeployerPackLink: (c: Ctx): Row => ({
    id: randomUUID(),
    organizationId: c.org,
    systemId: c.ref("systemId"),
    packId: c.ref("packId"),
    label: "Customer",
    tokenHash: randomBytes(32).toString("hex"),
    expiresAt: "2026-12-01T00:00:00Z",
  }),
};
