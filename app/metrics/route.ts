import { metricsAccess } from "@/lib/auth/metrics-token";
import { metricsText } from "@/lib/ops/health";
import { createRoute } from "@/lib/route";

// Prometheus scrape endpoint, behind its own bearer token (ACTLAS_METRICS_TOKEN); absent when no token is set.
export const dynamic = "force-dynamic";

export const GET = createRoute({ auth: "public" }, async ({ request }) => {
  const access = metricsAccess(request.headers);
  if (access === "disabled") return new Response("Not found.", { status: 404 });
  if (access === "refused")
    return new Response("Send the metrics token: Authorization: Bearer <ACTLAS_METRICS_TOKEN>", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="actlas-metrics"' },
    });
  const { contentType, body } = await metricsText();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
});
