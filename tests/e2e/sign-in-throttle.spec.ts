import { expect, test, type APIRequestContext } from "@playwright/test";
import { uniqueEmail } from "./helpers";

// The server `npm start` runs stamps each request with its TCP peer (scripts/start/server.mjs). A client that
// forges that header, and X-Forwarded-For, on every guess must still be counted as the one address it is.
async function credentialsSignIn(request: APIRequestContext, email: string, password: string, forged: string) {
  const headers = { "x-forwarded-for": forged, "x-actlas-peer-address": forged };
  const { csrfToken } = await (await request.get("/api/auth/csrf", { headers })).json();
  const response = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken, email, password, json: "true" },
  });
  return new URL((await response.json()).url).searchParams.get("error");
}

test("forged address headers do not reset the sign-in limit of one address", async ({ request }) => {
  // An address that has no account: failures count for it all the same, and no other test signs in with it.
  const email = uniqueEmail("forger");
  for (let i = 0; i < 5; i++)
    expect(await credentialsSignIn(request, email, `guess ${i}`, `198.51.100.${i + 1}`)).toBe("CredentialsSignin");
  expect(await credentialsSignIn(request, email, "guess 6", "198.51.100.99")).toMatch(
    /^Too many failed sign-in attempts\. Try again in \d+ minutes\.$/,
  );
});
