import "server-only";
import type { TokenActor } from "@/lib/access/actor";
import type { ApiScope as TokenScope } from "@/lib/validations/api-token";
import { sha256Hex } from "@/lib/crypto";
import { recordApiCall } from "@/lib/dal/integrations/api-tokens";
import {
  abandonIdempotentRequest,
  beginIdempotentRequest,
  finishIdempotentRequest,
} from "@/lib/dal/integrations/internal/idempotency";
import { DATABASE_UNAVAILABLE_MESSAGE, GENERIC_ERROR_MESSAGE, isAppError, isDatabaseUnavailable } from "@/lib/errors";
import { log, requestIdFrom, withRequestLog } from "@/lib/log";
import { timedRequest } from "@/lib/metrics";
import { tokenActorFrom } from "./auth";
import { readBody, validationProblem } from "./body";
import { spendApiBudget } from "./rate-limit";
import { PROBLEM_FOR_CODE, problemResponse } from "./problem";
import { findRoute } from "./routes";
import type { ApiReply, ApiRoute, HttpMethod } from "./types";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const MAX_KEY_LENGTH = 255;

// The one wrapper behind every /api/v1 route file: bearer token, per-token rate limit, zod parsing, idempotency and
// problem+json errors.
// Every answer carries the request id (the caller's X-Request-Id when it sent a sane one) that every log line of the
// call is bound to; unexpected errors are answered with it as correlationId and without any internal detail.
export function apiHandler(method: HttpMethod, path: string) {
  const route = findRoute(method, path);
  return (request: Request, context?: RouteContext): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    return withRequestLog(requestId, () =>
      timedRequest(
        { kind: "api", route: route.path, method },
        async () => {
          const response = await recorded(route, request, context, requestId);
          if (!response.headers.has("x-request-id")) response.headers.set("X-Request-Id", requestId);
          return response;
        },
        (response) => response.status,
      ),
    );
  };
}

// Every call of a known token is recorded, reads and refusals included; a failing record never fails the call.
async function recorded(route: ApiRoute, request: Request, context: RouteContext | undefined, requestId: string) {
  const started = Date.now();
  const held: Held = {};
  const response = await respond(route, request, context, held, requestId);
  if (held.actor) {
    const call = {
      method: route.method,
      path: new URL(request.url).pathname,
      status: response.status,
      durationMs: Date.now() - started,
    };
    await recordApiCall(held.actor, call).catch((err: unknown) =>
      log().error({ err }, "could not record the API call"),
    );
  }
  return response;
}

type Held = { reservation?: { actor: TokenActor; id: string }; actor?: TokenActor };

async function respond(
  route: ApiRoute,
  request: Request,
  context: RouteContext | undefined,
  held: Held,
  correlationId: string,
): Promise<Response> {
  try {
    const response = await handle(route, request, (await context?.params) ?? {}, held);
    if (held.reservation && response.status >= 300) await abandon(held.reservation);
    return response;
  } catch (error) {
    if (held.reservation) await abandon(held.reservation);
    if (isAppError(error))
      return problemResponse(PROBLEM_FOR_CODE[error.code], error.message, { errors: error.fieldErrors });
    // A database outage is temporary and nothing was written: say so, and when to retry, instead of a bare 500.
    if (isDatabaseUnavailable(error))
      return problemResponse("unavailable", DATABASE_UNAVAILABLE_MESSAGE, {}, { "Retry-After": "5" });
    log().error({ err: error, method: route.method, route: route.path }, "API call failed");
    return problemResponse("internal", GENERIC_ERROR_MESSAGE, { correlationId }, { "X-Correlation-Id": correlationId });
  }
}

async function abandon(reservation: { actor: TokenActor; id: string }) {
  await abandonIdempotentRequest(reservation.actor, reservation.id).catch((err: unknown) =>
    log().error({ err }, "could not release the idempotency key"),
  );
}

async function handle(
  route: ApiRoute,
  request: Request,
  rawParams: Record<string, unknown>,
  held: Held,
): Promise<Response> {
  const actor = route.scope === "public" ? null : await tokenActorFrom(request);
  if (actor) held.actor = actor;
  if (route.scope !== "public" && !actor) {
    return problemResponse(
      "unauthenticated",
      "Send a valid API token: Authorization: Bearer actlas_…",
      {},
      { "WWW-Authenticate": 'Bearer realm="actlas"' },
    );
  }
  // Every token's budget is spent here, before any other work, so no operation can be flooded.
  const overBudget = actor ? await spendApiBudget(actor) : null;
  if (overBudget) return overBudget;
  // Scope before input: a token that may not call the operation learns nothing from validating its body.
  // Read operations are open to every scope (each grants system.read); the DAL checks the exact permission again.
  if (actor && route.scope !== "read" && !actor.scopes.includes(route.scope as TokenScope)) {
    return problemResponse("forbidden", `This operation needs an API token with the ${route.scope} scope.`);
  }
  const params = route.params ? route.params.safeParse(rawParams) : { success: true as const, data: {} };
  if (!params.success) return problemResponse("not-found", "No such resource.");
  const url = new URL(request.url);
  const query = (route.query ?? null)?.safeParse(Object.fromEntries(url.searchParams)) ?? {
    success: true as const,
    data: {},
  };
  if (!query.success) return validationProblem(query.error.issues);
  const parsed = await readBody(route, request);
  if (parsed instanceof Response) return parsed;

  const key = request.headers.get("idempotency-key");
  if (actor && route.method === "POST" && key !== null) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      return problemResponse("validation", "The Idempotency-Key header must have 1 to 255 characters.", {
        errors: { "Idempotency-Key": ["Use 1 to 255 characters."] },
      });
    }
    const requestSha256 = sha256Hex(Buffer.concat([Buffer.from(`${route.method} ${url.pathname}\n`), parsed.bytes]));
    const start = await beginIdempotentRequest(actor, { key, method: route.method, path: url.pathname, requestSha256 });
    if (start.kind === "replay")
      return json({ status: start.status, body: start.body }, { "Idempotent-Replayed": "true" });
    if (start.kind === "mismatch")
      return problemResponse(
        "idempotency-key-reused",
        "This Idempotency-Key was already used with a different request in the last 24 hours. Use a new key.",
      );
    if (start.kind === "in-progress")
      return problemResponse(
        "conflict",
        "A request with this Idempotency-Key is still being processed; retry in a moment.",
      );
    held.reservation = { actor, id: start.id };
    const reply = await route.handler({
      actor,
      params: params.data,
      query: query.data,
      body: parsed.body,
      rawBody: parsed.rawBody,
      form: parsed.form,
      request,
    });
    if (reply.status < 300) await finishIdempotentRequest(actor, start.id, reply.status, reply.body);
    return json(reply);
  }
  return json(
    await route.handler({
      actor,
      params: params.data,
      query: query.data,
      body: parsed.body,
      rawBody: parsed.rawBody,
      form: parsed.form,
      request,
    }),
  );
}

function json(reply: ApiReply, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...reply.headers, ...extra },
  });
}
