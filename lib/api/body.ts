import "server-only";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { fieldErrorsOf, problemResponse } from "./problem";
import type { ApiRoute } from "./types";

const MAX_JSON_BYTES = 1024 * 1024;
// Room for the multipart boundaries and text fields around a file at the size limit.
const MAX_MULTIPART_BYTES = MAX_EVIDENCE_BYTES + 64 * 1024;

export type ParsedBody = {
  bytes: Uint8Array<ArrayBuffer>;
  body: unknown;
  rawBody: unknown;
  form: Record<string, unknown> | null;
};

// Reads the body once: its bytes feed the idempotency fingerprint and are then parsed as JSON or multipart.
// Returns a problem Response for anything the operation's schemas refuse.
export async function readBody(route: ApiRoute, request: Request): Promise<ParsedBody | Response> {
  const empty: ParsedBody = { bytes: new Uint8Array(), body: undefined, rawBody: undefined, form: null };
  if (!route.body && !route.multipart) return empty;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const multipart = type.startsWith("multipart/form-data");
  if (multipart && !route.multipart)
    return problemResponse("unsupported-media-type", "Send this request as application/json.");
  if (!multipart && !type.startsWith("application/json")) {
    return problemResponse(
      "unsupported-media-type",
      route.multipart ? "Send application/json or multipart/form-data." : "Send this request as application/json.",
    );
  }
  const limit = multipart ? MAX_MULTIPART_BYTES : MAX_JSON_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > limit) return tooLarge(limit);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) return tooLarge(limit);
  return multipart ? parseMultipart(route, request, bytes) : parseJson(route, bytes);
}

function tooLarge(limit: number): Response {
  return problemResponse(
    "payload-too-large",
    `The request body is over the limit of ${Math.floor(limit / (1024 * 1024))} MB.`,
  );
}

function parseJson(route: ApiRoute, bytes: Uint8Array<ArrayBuffer>): ParsedBody | Response {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return problemResponse("bad-request", "The request body is not valid JSON.");
  }
  if (!route.body) return problemResponse("unsupported-media-type", "Send this request as multipart/form-data.");
  const parsed = route.body.safeParse(raw);
  if (!parsed.success) return validationProblem(parsed.error.issues);
  return { bytes, body: parsed.data, rawBody: raw, form: null };
}

async function parseMultipart(
  route: ApiRoute,
  request: Request,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<ParsedBody | Response> {
  let formData: FormData;
  try {
    formData = await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return problemResponse(
      "bad-request",
      "The multipart body could not be read (it may have been cut off). Nothing was stored.",
    );
  }
  const fields: Record<string, unknown> = {};
  formData.forEach((value, key) => {
    fields[key] = value;
  });
  const parsed = route.multipart!.safeParse(fields);
  if (!parsed.success) return validationProblem(parsed.error.issues);
  return { bytes, body: undefined, rawBody: undefined, form: parsed.data };
}

export function validationProblem(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix = "",
): Response {
  return problemResponse("validation", "Please correct the fields listed in `errors`.", {
    errors: fieldErrorsOf(issues, prefix),
  });
}
