import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { createRoute } from "@/lib/route";

// Options are built per request so that the secret is read at run time, not at build time. next-auth checks its own
// CSRF token on every POST, and an identity provider may post its answer back from its own origin, so the
// wrapper's same-origin check is left to it.
const handler = createRoute({ auth: "public", sameOrigin: false }, async ({ request, context }) => {
  const { nextauth } = await context.params;
  return NextAuth(
    request,
    { params: Promise.resolve({ nextauth: Array.isArray(nextauth) ? nextauth : [] }) },
    authOptions(),
  );
});

export { handler as GET, handler as POST };
