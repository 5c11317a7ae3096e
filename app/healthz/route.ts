import { NextResponse } from "next/server";
import { createRoute } from "@/lib/route";

// Liveness: the process answers. Nothing else is checked, so a database outage does not get a healthy process killed.
export const dynamic = "force-dynamic";

export const GET = createRoute({ auth: "public" }, () =>
  NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } }),
);
