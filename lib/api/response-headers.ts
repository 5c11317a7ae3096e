import type { ApiRoute } from "./types";

// The headers the API sends beyond the standard ones, declared once and referenced from each response that carries
// them, so a client (and the contract test) knows each of them is meant.
const header = (description: string, schema: Record<string, unknown> = { type: "string" }) => ({ description, schema });

export const RESPONSE_HEADERS = {
  "X-Request-Id": header(
    "The id every log line of this call is bound to: the X-Request-Id you sent when it was sane, else a new one.",
  ),
  Link: header('RFC 8288 links: rel="next" and rel="prev".'),
  Location: header("The path of the created resource."),
  "Idempotent-Replayed": header("true when the answer is the stored one for a repeated Idempotency-Key.", {
    type: "string",
    enum: ["true"],
  }),
  "Retry-After": header("Seconds to wait before retrying.", { type: "string", pattern: "^\\d+$" }),
  "WWW-Authenticate": header("How to authenticate: a bearer token."),
  "X-Correlation-Id": header("The request id again, to quote when reporting the error."),
  Allow: header("The methods this path supports."),
} as const;

type HeaderName = keyof typeof RESPONSE_HEADERS;

const refs = (names: HeaderName[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

/** The headers of an operation's success answer. */
export function successHeaders(route: ApiRoute) {
  const success = route.successStatus ?? 200;
  return refs([
    "X-Request-Id",
    ...(route.paginated ? (["Link"] as const) : []),
    ...(success === 201 ? (["Location"] as const) : []),
    ...(route.method === "POST" && route.scope !== "public" ? (["Idempotent-Replayed"] as const) : []),
  ]);
}

/** The headers of an error answer with this status. */
export function problemHeaders(status: number) {
  const extra: Record<number, HeaderName[]> = {
    401: ["WWW-Authenticate"],
    405: ["Allow"],
    429: ["Retry-After"],
    500: ["X-Correlation-Id"],
    503: ["Retry-After"],
  };
  return refs(["X-Request-Id", ...(extra[status] ?? [])]);
}
