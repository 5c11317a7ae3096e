import { exportOrganization } from "@/lib/dal/org-transfer/export";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// GET: the whole organisation as one JSON file, streamed as it is read (administrators only; the DAL checks it).
export const GET = createRoute({ auth: "member" }, async ({ actor }) => {
  const { chunks, fileName } = await exportOrganization(actor);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
