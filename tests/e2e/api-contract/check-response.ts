import type { ContractDocument, Operation } from "./document";

export type Exchange = {
  label: string;
  method: string;
  status: number;
  headers: Record<string, string>;
  body: string;
};

// Headers any HTTP response may carry (transport, caching) and the security headers the app sets on every answer
// (next.config.ts, proxy.ts). Anything else must be declared by the document for that response.
const STANDARD_HEADERS = new Set([
  "content-type",
  "content-length",
  "transfer-encoding",
  "date",
  "connection",
  "keep-alive",
  "vary",
  "cache-control",
  "content-security-policy",
  "strict-transport-security",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
]);

/**
 * What in one answer breaks the document; empty when it keeps it. Any 5xx is a breach, except the one a test brought
 * about on purpose (`provoked`: a 503 while it holds the database down), which is then held to its documentation.
 */
export function contractBreaches(
  doc: ContractDocument,
  op: Operation,
  exchange: Exchange,
  provoked?: number,
): string[] {
  const { status, headers, body } = exchange;
  if (status >= 500 && status !== provoked) return [`answered ${status}: ${body.slice(0, 300)}`];
  const documented = doc.response(op, status);
  if (!documented) return [`status ${status} is not documented for ${op.operationId}: ${body.slice(0, 300)}`];
  const breaches: string[] = [];
  const declared = new Set(Object.keys(documented.doc.headers ?? {}).map((h) => h.toLowerCase()));
  for (const name of Object.keys(headers))
    if (!STANDARD_HEADERS.has(name) && !declared.has(name))
      breaches.push(`header ${name} is not declared for ${status}`);
  if (exchange.method === "HEAD" || status === 204) return breaches;
  const mediaType = (headers["content-type"] ?? "").split(";")[0]!.trim();
  const content = documented.doc.content ?? {};
  if (!(mediaType in content))
    return [...breaches, `content-type ${mediaType || "(none)"} is not documented for ${status}`];
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [...breaches, `body is not JSON: ${body.slice(0, 200)}`];
  }
  const pointer = `${documented.pointer}/content/${mediaType.replace(/\//g, "~1")}/schema`;
  for (const error of doc.validate(pointer, value)) breaches.push(`body ${error}`);
  return breaches;
}

/** The answer to a method a path does not serve: 405 problem+json naming the methods it does serve. */
export function notAllowedBreaches(doc: ContractDocument, path: string, exchange: Exchange): string[] {
  const served = doc.methodsOf(path);
  const allow = [...served, ...(served.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
  const { method, status, headers, body } = exchange;
  const expected = method === "OPTIONS" ? 204 : 405;
  const breaches: string[] = [];
  if (status !== expected) breaches.push(`expected ${expected}, got ${status}: ${body.slice(0, 200)}`);
  const sentAllow = (headers.allow ?? "")
    .split(",")
    .map((m) => m.trim())
    .filter(Boolean)
    .sort()
    .join(", ");
  if (sentAllow !== allow) breaches.push(`Allow is "${headers.allow ?? ""}", expected "${allow}"`);
  for (const name of Object.keys(headers))
    if (!STANDARD_HEADERS.has(name) && name !== "allow" && name !== "x-request-id")
      breaches.push(`header ${name} is not expected on a ${status}`);
  if (expected === 204 || method === "HEAD") return breaches;
  if (!(headers["content-type"] ?? "").startsWith("application/problem+json"))
    breaches.push(`content-type ${headers["content-type"] ?? "(none)"} is not application/problem+json`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [...breaches, `body is not JSON: ${body.slice(0, 200)}`];
  }
  for (const error of doc.validate("/components/schemas/Problem", value)) breaches.push(`body ${error}`);
  return breaches;
}
