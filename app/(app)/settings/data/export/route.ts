import { getActor } from "@/lib/auth/session";
import { exportOrganization } from "@/lib/dal/org-export";
import { HTTP_STATUS, isAppError } from "@/lib/errors";

export const runtime = "nodejs";

// GET: the whole organisation as one JSON file, streamed as it is read (administrators only; the DAL checks it).
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Your session has ended. Sign in again.", { status: 401 });
  let file: Awaited<ReturnType<typeof exportOrganization>>;
  try {
    file = await exportOrganization(actor);
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: HTTP_STATUS[error.code] });
    throw error;
  }
  const encoder = new TextEncoder();
  const { chunks } = file;
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
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
