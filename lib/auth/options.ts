import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/dal/accounts";
import { createAuthSession, revokeAuthSession, sessionMaxAgeSeconds } from "@/lib/dal/sessions";
import { env } from "@/lib/env";
import { ZSignIn } from "@/lib/validations/auth";

// The JWT carries only the id of a server-side AuthSession row; that row decides whether the session is alive,
// which lets sign-out, expiry and role changes take effect on the server.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds() },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const parsed = ZSignIn.safeParse(credentials);
          if (!parsed.success) return null;
          const userId = await verifyCredentials(parsed.data.email, parsed.data.password);
          if (!userId) return null;
          const { sessionId } = await createAuthSession(userId);
          return { id: userId, sid: sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.sid) token.sid = user.sid;
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeAuthSession(token.sid);
      },
    },
  };
}
