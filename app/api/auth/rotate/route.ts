import { NextResponse } from "next/server";
import { exchangeRotatedSession } from "@/lib/auth/rotation";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { createRoute } from "@/lib/route";

// Pages land here when the session they were given was rotated by a role change: the one-time exchange writes the
// new session id into the cookie and the person continues where they were, with their new role. The target is a
// path checked by safeNextPath, so resolving it against this site's origin cannot leave the site. Public: the old
// session no longer names an actor, which is why the person was sent here.
export const GET = createRoute({ auth: "public" }, async ({ request }) => {
  const next = safeNextPath(request.nextUrl.searchParams.get("callbackUrl"));
  const sid = await exchangeRotatedSession();
  const target = new URL(sid ? next : "/login?reason=expired", request.nextUrl.origin);
  return NextResponse.redirect(target, { status: 303 });
});
