import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/dal/accounts/internal/accounts";
import { throttledSignIn } from "@/lib/dal/accounts/internal/login-throttle";
import { createAuthSession, revokeAuthSession, sessionMaxAgeSeconds } from "@/lib/dal/accounts/internal/sessions";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/net/client-address";
import { ZSignIn } from "@/lib/validations/auth";
import { completeOidcSignIn, oidcProvider, OIDC_PROVIDER_ID } from "./oidc";
import { safeRedirectUrl } from "./safe-redirect";
import { decodeSessionToken, encodeSessionToken } from "./session-jwt";

// The JWT carries only the id of a server-side AuthSession row; that row decides whether the session is alive,
// which lets sign-out, expiry and role changes take effect on the server.
export function authOptions(): NextAuthOptions {
  const sso = oidcProvider();
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds() },
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        // A thrown error's message reaches the sign-in form (next-auth passes it as the error code).
        async authorize(credentials, req) {
          const parsed = ZSignIn.safeParse(credentials);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          // The limits count the check and the attempt in one step, before the password is verified.
          const userId = await throttledSignIn(email, clientAddress(req?.headers), () =>
            verifyCredentials(email, password),
          );
          if (!userId) return null;
          const { sessionId } = await createAuthSession(userId);
          return { id: userId, sid: sessionId };
        },
      }),
      ...(sso ? [sso] : []),
    ],
    callbacks: {
      // Credentials sign-ins are decided in authorize(); an SSO sign-in is mapped onto a user and organisation here.
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        return completeOidcSignIn(user, profile);
      },
      // next-auth's default compares origins only; the callbackUrl (a query parameter or cookie an attacker can set)
      // is held to the same rule as every other post-sign-in redirect: a clean path of this site (safe-redirect.ts).
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
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
