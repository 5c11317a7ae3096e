import "server-only";
import { requestIdFrom } from "@/lib/log";
import { apiHandler } from "./handler";
import { problemResponse } from "./problem";
import { API_ROUTES } from "./routes";
import type { HttpMethod } from "./types";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type Handler = (request: Request, context?: RouteContext) => Promise<Response>;
type RouteFileExports = Record<HttpMethod | "HEAD" | "OPTIONS", Handler>;

// Next cannot hand a route a TRACE request (its Request refuses the method), so scripts/start/serve.mjs passes one
// on as OPTIONS marked with this header, which it strips from every request a client sends.
export const REFUSED_METHOD_HEADER = "x-actlas-refused-method";

const WRITE_METHODS: HttpMethod[] = ["POST", "PUT", "PATCH", "DELETE"];

/** The methods a registered path serves, as an Allow header names them (HEAD with GET, OPTIONS always). */
export function allowedMethods(path: string): string[] {
  const served = API_ROUTES.filter((r) => r.path === path).map((r) => r.method as string);
  if (!served.length) throw new Error(`No API route registered for ${path}`);
  return [...served, ...(served.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort();
}

/**
 * Every method a route file under app/api/v1 answers: the registered operations through apiHandler, and for any
 * other method a 405 problem+json with the path's real Allow (Next's own answer has neither body nor Allow).
 */
export function apiRoute(path: string): RouteFileExports {
  const served = allowedMethods(path);
  const allow = served.join(", ");
  const refuse = async (request: Request) => {
    const method = request.headers.get(REFUSED_METHOD_HEADER) ?? request.method;
    return problemResponse(
      "method-not-allowed",
      `${method} is not supported on /api/v1${path}; it supports ${allow}.`,
      {},
      { Allow: allow, "X-Request-Id": requestIdFrom(request.headers) },
    );
  };
  const handlerFor = (method: HttpMethod): Handler => (served.includes(method) ? apiHandler(method, path) : refuse);
  const get = handlerFor("GET");
  const writes = Object.fromEntries(WRITE_METHODS.map((m) => [m, handlerFor(m)])) as Record<HttpMethod, Handler>;
  return {
    ...writes,
    GET: get,
    HEAD: get,
    OPTIONS: async (request) =>
      request.headers.has(REFUSED_METHOD_HEADER)
        ? refuse(request)
        : new Response(null, {
            status: 204,
            headers: { Allow: allow, "X-Request-Id": requestIdFrom(request.headers) },
          }),
  };
}

/** Any path under /api/v1 no route serves: the same problem+json a client gets for every other error. */
export async function apiPathNotFound(request: Request): Promise<Response> {
  return problemResponse(
    "not-found",
    "No such API path. The operations are listed in /api/v1/openapi.json.",
    {},
    { "X-Request-Id": requestIdFrom(request.headers) },
  );
}
