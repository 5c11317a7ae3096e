import "server-only";
import type { Provider } from "next-auth/providers/index";
import { signInWithOidc } from "@/lib/dal/accounts/internal/sso-signin";
import { env } from "@/lib/env";

export const OIDC_PROVIDER_ID = "oidc";

// Redirect targets on /login for an SSO sign-in that was refused; the page explains each.
export const SSO_ERRORS = {
  noOrganisation: "SsoNoOrganisation",
  unverifiedEmail: "SsoUnverifiedEmail",
} as const;

export function oidcConfig(): { issuer: string; clientId: string; clientSecret: string; name: string } | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    issuer: OIDC_ISSUER.replace(/\/$/, ""),
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    name: OIDC_NAME,
  };
}

type OidcClaims = { sub: string; email?: string; email_verified?: boolean; name?: string; iss?: string };

export function oidcProvider(): Provider | null {
  const config = oidcConfig();
  if (!config) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(claims: OidcClaims) {
      return { id: claims.sub, email: claims.email ?? null, name: claims.name ?? null };
    },
  };
}

// Runs in next-auth's signIn callback: true lets the sign-in finish (with our session id on the user object, which
// next-auth hands on to the jwt callback), a path sends the person back to /login with the reason.
export async function completeOidcSignIn(user: { sid?: string }, profile: unknown): Promise<true | string> {
  const config = oidcConfig();
  const claims = profile as Partial<OidcClaims> | undefined;
  if (!config || !claims?.sub) return `/login?error=OAuthCallback`;
  const result = await signInWithOidc({
    issuer: claims.iss ?? config.issuer,
    subject: claims.sub,
    email: claims.email,
    emailVerified: claims.email_verified === true,
    name: claims.name,
  });
  if (!result.ok)
    return `/login?error=${result.reason === "unverified-email" ? SSO_ERRORS.unverifiedEmail : SSO_ERRORS.noOrganisation}`;
  user.sid = result.sessionId;
  return true;
}
