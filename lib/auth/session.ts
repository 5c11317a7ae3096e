import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { UserActor } from "@/lib/access/actor";
import { authOptions } from "./options";
import { cookiesWritable, exchangeRotatedSession } from "./rotation";
import { safeNextPath } from "./safe-redirect";
import { hasRotationTicket, resolveSession } from "@/lib/dal/accounts/internal/sessions";

const getSessionId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions());
  return session?.sid ?? null;
});

// Once per request: the signed cookie names a session row, which must still be live. Where cookies may be written
// (server actions, route handlers) a session rotated by a role change is exchanged on the spot; a page render
// cannot write cookies, so requireActor sends it through /api/auth/rotate instead.
export const getActor = cache(async (): Promise<UserActor | null> => {
  const sid = await getSessionId();
  if (!sid) return null;
  const actor = await resolveSession(sid);
  if (actor || !(await hasRotationTicket(sid)) || !(await cookiesWritable())) return actor;
  const rotated = await exchangeRotatedSession();
  return rotated ? resolveSession(rotated) : null;
});

export async function requireActor(): Promise<UserActor> {
  const actor = await getActor();
  if (actor) return actor;
  const sid = await getSessionId();
  // A page render cannot write cookies: a route handler exchanges the rotated session and comes back here.
  if (sid && (await hasRotationTicket(sid))) {
    const here = safeNextPath((await headers()).get("x-pathname"));
    redirect(`/api/auth/rotate?callbackUrl=${encodeURIComponent(here)}`);
  }
  redirect("/login?reason=expired");
}
