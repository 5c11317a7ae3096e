import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that the secret is read at run time, not at build time.
function handler(request: NextRequest, context: RouteContext) {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
