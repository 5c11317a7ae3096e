import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";

export const AUDIT_GENESIS = "0".repeat(64);

// hash = sha256(prevHash + canonical JSON of the event's fields). A null systemId is left out, so events without a
// system hash the same whether just written or read back.
export function auditHashOf(prevHash: string, fields: Record<string, unknown>): string {
  const { systemId, ...rest } = fields;
  return sha256Hex(prevHash + canonicalJson(systemId ? { ...rest, systemId } : rest));
}
