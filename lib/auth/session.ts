import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { UserActor } from "./actor";
import { authOptions } from "./options";
import { resolveSession } from "@/lib/dal/sessions";

// Once per request: the signed cookie names a session row, which must still be live.
export const getActor = cache(async (): Promise<UserActor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sid) return null;
  return resolveSession(session.sid);
});

export async function requireActor(): Promise<UserActor> {
  const actor = await getActor();
  if (!actor) redirect("/login?reason=expired");
  return actor;
}
