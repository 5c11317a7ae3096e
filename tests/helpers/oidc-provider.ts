// A real OpenID Connect provider (the `oidc-provider` package) for end-to-end tests of single sign-on. Its
// development login form accepts any login: the login typed there is the account's email, so a test picks the
// domain it needs. Emails are reported as verified, except for logins that start with "unverified.".
import type { Server } from "node:http";

export type TestOidcProvider = { issuer: string; clientId: string; clientSecret: string; stop(): Promise<void> };

// The package ships no type declarations; this is the little of it the tests use.
type ProviderConstructor = new (
  issuer: string,
  configuration: Record<string, unknown>,
) => { listen(port: number, callback: () => void): Server };
const PACKAGE = "oidc-provider";

export async function startOidcProvider({
  port,
  redirectUri,
}: {
  port: number;
  redirectUri: string;
}): Promise<TestOidcProvider> {
  const { default: Provider } = (await import(PACKAGE)) as { default: ProviderConstructor };
  const issuer = `http://localhost:${port}`;
  const clientId = "actlas-e2e";
  const clientSecret = "actlas-e2e-secret-0123456789abcdef";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    // Like most production providers, put the requested email and profile claims into the ID token itself.
    conformIdTokenClaims: false,
    cookies: { keys: ["actlas-e2e-cookie-key"] },
    findAccount: async (_ctx: unknown, login: string) => ({
      accountId: login,
      claims: async () => ({
        sub: `user:${login}`,
        email: login.replace(/^unverified\./, ""),
        email_verified: !login.startsWith("unverified."),
        name: login.split("@")[0],
      }),
    }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, () => resolve(s));
  });
  return { issuer, clientId, clientSecret, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
