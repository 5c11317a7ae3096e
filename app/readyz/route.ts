import { NextResponse } from "next/server";
import { readiness } from "@/lib/ops/health";
import { createRoute } from "@/lib/route";

// Readiness for a load balancer: 200 when the database answers, its migrations are applied and the background jobs
// run (or are off on this instance); 503 with the failing check otherwise.
export const dynamic = "force-dynamic";

export const GET = createRoute({ auth: "public" }, async () => {
  const result = await readiness();
  return NextResponse.json(
    { status: result.ready ? "ready" : "not ready", checks: result.checks },
    { status: result.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
