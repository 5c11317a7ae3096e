import http from "node:http";
import type { AddressInfo } from "node:net";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { PEER_ADDRESS_HEADER } from "@/lib/net/client-address";

// next-auth's own handler with the app's options, behind a real HTTP server that stamps the TCP peer the way
// scripts/start/server.mjs does. Clients connect from chosen loopback addresses (all of 127.0.0.0/8 is local on
// Linux), so every test request has a real socket address, and whatever X-Forwarded-For it sends on top.
// (The app route calls the same NextAuth with headers from next/headers, which exist only inside Next.)
export async function startSignInServer() {
  const server = http.createServer(async (req, res) => {
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    // What Next's server does (next/dist/server/base-server.js): the socket address only if the client sent none.
    req.headers["x-forwarded-for"] ??= req.socket.remoteAddress;
    const url = new URL(req.url ?? "/", "http://localhost");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const cookies = Object.fromEntries(
      (req.headers.cookie ?? "")
        .split(/;\s*/)
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf("=")), decodeURIComponent(c.slice(c.indexOf("=") + 1))]),
    );
    const api = Object.assign(req, {
      query: { ...Object.fromEntries(url.searchParams), nextauth: url.pathname.split("/").slice(3) },
      body: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())),
      cookies,
    });
    const reply = Object.assign(res, {
      status: (code: number) => {
        res.statusCode = code;
        return reply;
      },
      json: (value: unknown) => {
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify(value));
      },
      send: (value: unknown) => res.end(typeof value === "string" ? value : JSON.stringify(value)),
    });
    try {
      await (
        NextAuth as unknown as (q: typeof api, s: typeof reply, o: ReturnType<typeof authOptions>) => Promise<void>
      )(api, reply, authOptions());
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { port, close };
}

type Reply = { status: number; body: string; setCookies: string[] };

export function request(
  port: number,
  from: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method,
        path,
        headers: { host: "localhost", ...headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            setCookies: res.headers["set-cookie"] ?? [],
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export type SignInOutcome = "signed-in" | "wrong" | "throttled";

/**
 * The browser's credentials sign-in, as the login form makes it: fetch a CSRF token, then post the credentials.
 * `from` is the loopback address the client connects from; `headers` are extra request headers.
 */
export async function signInOver(
  port: number,
  from: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ outcome: SignInOutcome; message: string; sessionCookie?: string }> {
  const csrf = await request(port, from, "GET", "/api/auth/csrf", headers);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.setCookies.map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({
    csrfToken,
    email,
    password,
    json: "true",
    callbackUrl: "http://localhost/",
  }).toString();
  const reply = await request(
    port,
    from,
    "POST",
    "/api/auth/callback/credentials",
    { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    form,
  );
  const { url } = JSON.parse(reply.body) as { url: string };
  const error = new URL(url).searchParams.get("error");
  const sessionCookie = reply.setCookies.find((c) => c.startsWith("next-auth.session-token="))?.split(";")[0];
  if (!error) return { outcome: sessionCookie ? "signed-in" : "wrong", message: url, sessionCookie };
  return { outcome: /^Too many failed sign-in attempts/.test(error) ? "throttled" : "wrong", message: error };
}
