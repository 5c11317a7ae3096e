import type { z } from "zod";
import type { TokenActor } from "@/lib/access/actor";
import type { ApiScope as TokenScope } from "@/lib/validations/api-token";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
// "public" is only the OpenAPI document itself; every other operation needs a bearer token.
export type ApiScope = TokenScope | "public";

export type ApiReply = { status: number; body: unknown; headers?: Record<string, string> };

export type HandlerInput<S extends ApiScope, P, Q, B, F> = {
  actor: S extends "public" ? null : TokenActor;
  params: P;
  query: Q;
  body: B;
  // The JSON as sent, for operations that merge it over stored values (PATCH).
  rawBody: unknown;
  // Multipart fields (with the File) when the operation accepts an upload and the client sent one.
  form: F | null;
  request: Request;
};

type AnyObject = z.ZodObject;

export type RouteSpec<
  S extends ApiScope,
  P extends AnyObject,
  Q extends AnyObject,
  B extends z.ZodType,
  F extends AnyObject,
> = {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  scope: S;
  params?: P;
  query?: Q;
  body?: B;
  // Documented instead of `body` when the parser fills in defaults (the document shows what a client may send).
  bodyDoc?: z.ZodType;
  multipart?: F;
  response: z.ZodType;
  successStatus?: 200 | 201;
  paginated?: boolean;
  example?: unknown;
  handler(input: HandlerInput<S, z.output<P>, z.output<Q>, z.output<B>, z.output<F>>): Promise<ApiReply>;
};

// The registry's erased view: the framework parses with the schemas before it calls the handler, so the typed
// handler only ever sees what its schemas produced.
export type ApiRoute = Omit<RouteSpec<ApiScope, AnyObject, AnyObject, z.ZodType, AnyObject>, "handler"> & {
  handler(input: HandlerInput<ApiScope, unknown, unknown, unknown, unknown>): Promise<ApiReply>;
};

export function defineRoute<
  S extends ApiScope,
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
  F extends AnyObject = AnyObject,
>(spec: RouteSpec<S, P, Q, B, F>): ApiRoute {
  return spec as unknown as ApiRoute;
}

export const ok = (body: unknown, headers?: Record<string, string>): ApiReply => ({ status: 200, body, headers });
export const created = (body: unknown, location?: string): ApiReply => ({
  status: 201,
  body,
  headers: location ? { Location: location } : undefined,
});
