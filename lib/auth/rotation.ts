import "server-only";
import type { JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { claimRotatedSession, sessionMaxAgeSeconds } from "@/lib/dal/accounts/internal/sessions";
import { env } from "@/lib/env";
import { decodeSessionToken, encodeSessionToken } from "./session-jwt";

// next-auth names its cookie by whether the site runs on https (the __Secure- prefix needs a secure cookie).
function sessionCookie(): { name: string; secure: boolean } {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

async function readToken(): Promise<JWT | null> {
  const secret = env().NEXTAUTH_SECRET;
  const raw = (await cookies()).get(sessionCookie().name)?.value;
  if (!raw || !secret) return null;
  return decodeSessionToken({ token: raw, secret });
}

// Next allows cookie writes only in server actions and route handlers; trying to clear a throw-away cookie tells which.
export async function cookiesWritable(): Promise<boolean> {
  const jar = await cookies();
  try {
    jar.set("actlas-rotation-probe", "", { maxAge: 0, path: "/" });
    return true;
  } catch {
    return false;
  }
}

// Swaps a rotated session id in the signed cookie for its successor. Only callable where cookies may be written
// (server actions and route handlers); returns the new session id, or null when the old one was not rotated.
export async function exchangeRotatedSession(): Promise<string | null> {
  const token = await readToken();
  const secret = env().NEXTAUTH_SECRET;
  if (!token?.sid || !secret) return null;
  const sid = await claimRotatedSession(token.sid);
  if (!sid) return null;
  const maxAge = sessionMaxAgeSeconds();
  const value = await encodeSessionToken({ token: { ...token, sid }, secret, maxAge });
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
  return sid;
}
