import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security-headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PUBLIC_PREFIXES = [
  "/login",
  "/signup",
  "/invite",
  "/forgot-password",
  "/reset-password",
  "/verify-email",
  // A provider's deployer pack, opened by its customers with only the link's secret (checked in the data layer).
  "/pack/",
  // The vendor's respondent portal: the link's token is its credential (lib/dal/vendors/portal.ts).
  "/respond/",
  "/api/",
  "/_next",
  "/favicon",
  // Operations endpoints for load balancers and Prometheus: /metrics checks its own token.
  "/healthz",
  "/readyz",
  "/metrics",
];

// Two jobs, neither of them the security boundary: attach a fresh CSP nonce to every request, and send visitors
// without a session cookie to the sign-in page. Every page, action and route checks the session and the role again
// in the data-access layer.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedOut = !SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedOut && !PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = pathname === "/" ? "" : `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Lets a page that must rotate a session send the person back to where they were (lib/auth/session.ts).
  headers.set("x-pathname", pathname + search);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
