import { randomBytes, randomUUID } from "node:crypto";
import { now, type Ctx, type Row } from "./tenant-rows";

// Row factories of the vendor tables (issue #20 part 1), kept apart so tenant-rows.ts stays under the line limit.
const id = () => randomUUID();
const n = () => randomBytes(3).readUIntBE(0, 3);

export const VENDOR_ROWS = {
  Vendor: (c: Ctx): Row => ({ id: id(), organizationId: c.org, name: `Vendor ${n()}`, updatedAt: now }),
  VendorSystem: (c: Ctx): Row => ({
    id: id(),
    organizationId: c.org,
    vendorId: c.ref("vendorId"),
    systemId: c.ref("systemId"),
  }),
  VendorModel: (c: Ctx): Row => ({
    id: id(),
    organizationId: c.org,
    vendorId: c.ref("vendorId"),
    modelId: c.ref("modelId"),
  }),
  VendorRequest: (c: Ctx): Row => ({
    id: id(),
    organizationId: c.org,
    vendorId: c.ref("vendorId"),
    systemId: c.ref("systemId"),
    tokenHash: randomBytes(32).toString("hex"),
    dueDate: now,
    expiresAt: now,
    updatedAt: now,
  }),
  VendorRequestItem: (c: Ctx): Row => ({
    id: id(),
    organizationId: c.org,
    requestId: c.ref("requestId"),
    kind: "instructions_for_use",
  }),
  VendorAnswerEvidence: (c: Ctx): Row => ({
    id: id(),
    organizationId: c.org,
    itemId: c.ref("itemId"),
    evidenceId: c.ref("evidenceId"),
  }),
};
