import "server-only";
import type { TokenActor } from "@/lib/access/actor";
import { authenticateApiToken } from "@/lib/dal/integrations/api-tokens";

// Authorization: Bearer actlas_… → the token's actor, or null for a missing, malformed, unknown, expired or revoked
// token. The caller answers all of those with the same 401, so a probe learns nothing about which tokens exist.
// A valid token whose creator was removed or demoted throws FORBIDDEN (403) with the reason: only the holder of the
// whole secret learns it, and it tells them to ask for a new token.
export async function tokenActorFrom(request: Request): Promise<TokenActor | null> {
  const header = request.headers.get("authorization") ?? "";
  const secret = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (secret === undefined) return null;
  const identity = await authenticateApiToken(secret);
  return identity ? { kind: "token", ...identity } : null;
}
