import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextResponse, type NextRequest } from "next/server";
import type { UserActor } from "@/lib/access/actor";
import { getActor } from "@/lib/auth/session";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  GENERIC_ERROR_MESSAGE,
  HTTP_STATUS,
  isAppError,
  isDatabaseUnavailable,
  type FieldErrors,
} from "@/lib/errors";
import { plainText } from "@/lib/http/download";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import { log, requestIdFrom, withRequestLog } from "@/lib/log";
import { routeLabel, timedRequest } from "@/lib/metrics";
import { refusalIn } from "@/lib/validations/i18n";

// The one wrapper for the browser-facing route handlers (every app/**/route.ts outside /api/v1, which has apiHandler):
// session, same-origin check for unsafe methods, body size limit, multipart parsing, and AppError → HTTP status, with
// unexpected errors logged and masked as in createAction. Every line logged while a route runs carries its request id. Each route keeps its own answer shape through `refuse`,
// because its page reads that shape to show the message next to the input it is about.

/** A refusal; `field` names the input it is about (the file), `fieldErrors` come from the data layer's AppError. */
export type Refusal = { status: number; message: string; field?: string; fieldErrors?: FieldErrors };

export type UploadOptions = {
  field: string; // the multipart field holding the file
  maxBytes: number;
  tooLarge: string;
  required: string; // no file, or an empty one
  unreadable?: string; // a body that is not multipart (cut off): 400; without it, the file counts as missing
};

export type RouteOptions = {
  auth: "member" | "public";
  signIn?: string; // the 401 sentence
  sameOrigin?: string | false; // the 403 sentence for a POST from another site; false where the route checks itself
  maxBodyBytes?: { bytes: number; message: string; field?: string };
  upload?: UploadOptions;
  params?: readonly string[];
  refuse?: (refusal: Refusal) => Response;
};

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type Upload = { form: FormData; file: File };

export type RouteContext<O extends RouteOptions> = {
  request: NextRequest;
  context: NextContext;
  params: Record<O["params"] extends readonly (infer K extends string)[] ? K : never, string>;
  actor: O["auth"] extends "member" ? UserActor : null;
  upload: O extends { upload: UploadOptions } ? Upload : null;
  refuse: (refusal: Refusal) => Response;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// Room for the multipart boundaries and text fields around a file at the size limit.
const MULTIPART_OVERHEAD = 64 * 1024;

export const textRefusal = (r: Refusal): Response => plainText(r.status, r.message);

// { ok: false, error, fieldErrors }: the data layer's field errors, else the refusal's own input.
export const jsonRefusal = (r: Refusal): Response =>
  NextResponse.json(
    { ok: false, error: r.message, fieldErrors: r.fieldErrors ?? (r.field ? { [r.field]: [r.message] } : undefined) },
    { status: r.status },
  );

type RouteHandler = (request: NextRequest, context?: NextContext) => Promise<Response>;
const OPTIONS = new WeakMap<RouteHandler, RouteOptions>();

// The options a handler was built with, so tests can find every route on disk and probe it (session, origin); a
// handler without options was not built by createRoute. Nothing in production reads this.
export function routeOptionsOf(handler: unknown): RouteOptions | undefined {
  return OPTIONS.get(handler as RouteHandler);
}

export function createRoute<const O extends RouteOptions>(
  options: O,
  handler: (ctx: RouteContext<O>) => Promise<Response> | Response,
): RouteHandler {
  const answer = options.refuse ?? textRefusal;
  const route: RouteHandler = (request, context = { params: Promise.resolve({}) }) =>
    withRequestLog(requestIdFrom(request.headers), () =>
      timedRequest(
        { kind: "route", route: routeLabel(new URL(request.url).pathname), method: request.method },
        async () => {
          // A refusal is read by a person next to what they sent: in their language, as an action's (lib/action.ts).
          let actor: UserActor | null = null;
          const refuse = (refusal: Refusal) =>
            answer(inLocale(resolveLocale(actor?.locale ?? null, request.headers.get("accept-language")), refusal));
          try {
            // Known before the body is read, so "too large" and "no file" are in the person's language too.
            actor = options.auth === "member" ? await getActor() : null;
            const ready = await prepare(options, request, context, actor);
            if ("status" in ready) return refuse(ready);
            return await handler({ request, context, refuse, ...ready } as RouteContext<O>);
          } catch (error) {
            unstable_rethrow(error);
            return refuse(failure(error, request));
          }
        },
        (response) => response.status,
      ),
    );
  OPTIONS.set(route, options);
  return route;
}

function inLocale(locale: Locale, refusal: Refusal): Refusal {
  const { message, fieldErrors } = refusalIn(locale, refusal.message, refusal.fieldErrors);
  return { ...refusal, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

type Prepared = { actor: UserActor | null; params: Record<string, string>; upload: Upload | null };

// The checks in the order the routes always made them: who, from where, how big, then the body.
async function prepare(
  options: RouteOptions,
  request: NextRequest,
  context: NextContext,
  actor: UserActor | null,
): Promise<Prepared | Refusal> {
  if (options.auth === "member" && !actor)
    return { status: 401, message: options.signIn ?? "Your session has ended. Sign in again." };
  if (options.sameOrigin !== false && !SAFE_METHODS.has(request.method)) {
    // Cookies are SameSite, but a cross-site form post is refused here as well.
    const origin = request.headers.get("origin");
    if (origin && origin !== new URL(request.url).origin)
      return { status: 403, message: options.sameOrigin ?? "Requests must come from this site." };
  }
  const limit = options.upload
    ? {
        bytes: options.upload.maxBytes + MULTIPART_OVERHEAD,
        message: options.upload.tooLarge,
        field: options.upload.field,
      }
    : options.maxBodyBytes;
  // The announced size first, so an oversized body is refused before a byte of it is read.
  if (limit && Number(request.headers.get("content-length") ?? 0) > limit.bytes)
    return { status: 413, message: limit.message, field: limit.field };
  const raw = await context.params;
  const params: Record<string, string> = {};
  for (const name of options.params ?? []) {
    const value = raw[name];
    if (typeof value !== "string") return { status: 404, message: "Not found." };
    params[name] = value;
  }
  const upload = options.upload ? await readUpload(options.upload, request) : null;
  if (upload && "status" in upload) return upload;
  return { actor, params, upload };
}

async function readUpload(spec: UploadOptions, request: NextRequest): Promise<Upload | Refusal> {
  let form: FormData | null;
  try {
    form = await request.formData();
  } catch {
    if (spec.unreadable) return { status: 400, message: spec.unreadable };
    form = null;
  }
  const file = form?.get(spec.field);
  if (!form || !(file instanceof File) || file.size === 0)
    return { status: 422, message: spec.required, field: spec.field };
  if (file.size > spec.maxBytes) return { status: 413, message: spec.tooLarge, field: spec.field };
  return { form, file };
}

// Expected failures keep their safe message; a database outage says to retry; anything else is logged and masked.
function failure(error: unknown, request: NextRequest): Refusal {
  if (isAppError(error))
    return { status: HTTP_STATUS[error.code], message: error.message, fieldErrors: error.fieldErrors };
  const where = { method: request.method, path: new URL(request.url).pathname };
  if (isDatabaseUnavailable(error)) {
    log().error({ ...where, err: error }, "route: database unavailable");
    return { status: 503, message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  log().error({ ...where, err: error }, "route: unexpected error");
  return { status: 500, message: GENERIC_ERROR_MESSAGE };
}
