import { env } from "@/lib/env";
import { API_SCOPE_LABELS } from "@/lib/validations/api-token";
import { ZProblem } from "@/lib/validations/api-common";
import { toSchema, type JsonSchema } from "./json-schema";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination";
import { PROBLEM_TYPES } from "./problem";
import { problemHeaders, RESPONSE_HEADERS, successHeaders } from "./response-headers";
import { TAG_DESCRIPTIONS } from "./tags";
import type { ApiRoute } from "./types";

export const API_BASE_PATH = "/api/v1";

const problemRef = (status: number) => ({ $ref: `#/components/responses/Problem${status}` });
const ERROR_STATUSES = [400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503] as const;

export type ParameterDoc = {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  description?: string;
  schema: JsonSchema;
};

export function parametersOf(route: ApiRoute): ParameterDoc[] {
  const list: ParameterDoc[] = [];
  const add = (where: "path" | "query", schema: JsonSchema) => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const { description, ...rest } = property;
      list.push({
        name,
        in: where,
        required: where === "path" || (schema.required ?? []).includes(name),
        description,
        schema: rest,
      });
    }
  };
  if (route.params) add("path", toSchema(route.params, "input"));
  if (route.query) add("query", toSchema(route.query, "input"));
  if (route.method === "POST" && route.scope !== "public") {
    list.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      schema: { type: "string", minLength: 1, maxLength: 255 },
      description:
        "Repeat a POST safely: the same key with the same body within 24 hours returns the stored response (header Idempotent-Replayed: true); with a different body, 422.",
    });
  }
  return list;
}

function requestBodyOf(route: ApiRoute) {
  const content: Record<string, unknown> = {};
  const json = route.bodyDoc ?? route.body;
  if (json)
    content["application/json"] = {
      schema: toSchema(json, "input"),
      ...(route.example === undefined ? {} : { example: route.example }),
    };
  if (route.multipart) content["multipart/form-data"] = { schema: toSchema(route.multipart, "input") };
  return Object.keys(content).length ? { required: true, content } : undefined;
}

function errorResponsesOf(route: ApiRoute): Record<string, unknown> {
  // Any call may meet a database outage (503 with Retry-After). A path id that is not valid percent-encoded UTF-8 is
  // refused with 400 (scripts/start/request-guard.mjs), one with text the database cannot hold (NUL) with 422.
  const statuses: number[] = [500, 503];
  if (route.scope !== "public") statuses.push(401, 403, 429);
  if (route.params) statuses.push(400, 404, 422);
  if (route.query || route.body || route.multipart || route.method === "POST") statuses.push(422);
  if (route.body || route.multipart) statuses.push(400, 413, 415);
  // A body may name a record (a system, a person, a learning item) that does not exist or is another organisation's.
  if (route.body) statuses.push(404);
  if (route.method === "PATCH" || route.method === "POST") statuses.push(409);
  return Object.fromEntries([...new Set(statuses)].sort().map((s) => [String(s), problemRef(s)]));
}

function operationOf(route: ApiRoute) {
  const success = route.successStatus ?? 200;
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    security: route.scope === "public" ? [] : [{ bearerAuth: [] }],
    "x-scope": route.scope,
    parameters: parametersOf(route),
    ...(requestBodyOf(route) ? { requestBody: requestBodyOf(route) } : {}),
    responses: {
      [String(success)]: {
        description: success === 201 ? "Created" : "OK",
        headers: successHeaders(route),
        content: { "application/json": { schema: toSchema(route.response, "output") } },
      },
      ...errorResponsesOf(route),
    },
  };
}

const description = (
  perMinute: number,
) => `The Actlas REST API. Authenticate with an organisation API token: \`Authorization: Bearer actlas_…\` (Settings → API tokens). Each token has scopes: ${Object.entries(
  API_SCOPE_LABELS,
)
  .map(([k, v]) => `\`${k}\` (${v.toLowerCase()})`)
  .join(
    ", ",
  )}. Operations whose \`x-scope\` is \`read\` accept any token; the others need the scope they name (403 otherwise).

Errors are \`application/problem+json\` (RFC 9457) with \`type\`, \`title\`, \`status\`, \`detail\`, and for 422 \`errors\` per field. Lists take \`page\` (from 1) and \`pageSize\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}) and answer \`{ data, pagination: { page, pageSize, total, totalKind, next, prev } }\` with the same links in a \`Link\` header. Updates carry the \`version\` you read and answer 409 if the record changed since.

Text is trimmed of surrounding white space before it is checked and stored: a field's length limits count the trimmed text (its \`pattern\` says so), and where an empty value is allowed a blank one means the same. Dates, date-times and links are described by their \`format\` and carry no surrounding white space: some operations forgive it, none needs it, so send them as the format says. Date-times without an offset, as a browser's \`datetime-local\` field sends them, are read as UTC.

Each token may make ${perMinute} requests per minute (a fixed window that starts with its first request); beyond that the API answers 429 with a \`Retry-After\` header giving the seconds to wait.

A request whose headers exceed 16 KB in all is refused with 431 (Request Header Fields Too Large) by the HTTP server itself, before any operation runs: that answer has no body, and no operation lists it.`;

export function buildOpenApi(routes: readonly ApiRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operationOf(route);
  const problemSchema = toSchema(ZProblem, "output");
  const responses = Object.fromEntries(
    ERROR_STATUSES.map((status) => {
      const entry = Object.values(PROBLEM_TYPES).find((p) => p.status === status);
      return [
        `Problem${status}`,
        {
          description: entry?.title ?? "Error",
          headers: problemHeaders(status),
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        },
      ];
    }),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Actlas API",
      version: "1.0.0",
      description: description(env().API_RATE_LIMIT_PER_MINUTE),
      // The page beside the app's own address when it is known (NEXTAUTH_URL); the document never guesses a host.
      contact: {
        name: "Actlas API documentation (Developers → API in the app)",
        ...(env().NEXTAUTH_URL ? { url: new URL("/developers/api", env().NEXTAUTH_URL).href } : {}),
      },
      license: {
        name: "Proprietary: for use by Actlas customers under their agreement",
        identifier: "LicenseRef-Actlas-Proprietary",
      },
    },
    servers: [{ url: API_BASE_PATH }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name, description: TAG_DESCRIPTIONS[name] })),
    paths,
    components: {
      schemas: { Problem: problemSchema },
      responses,
      headers: RESPONSE_HEADERS,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An organisation API token, actlas_…" },
      },
    },
  };
}
