import type { APIRequestContext } from "@playwright/test";
import { contractBreaches, notAllowedBreaches, type Exchange } from "./check-response";
import type { ContractDocument, Operation } from "./document";
import { knownMismatch } from "./known-mismatches";

/** A file part of a multipart/form-data body, as Playwright sends it. */
export type FilePart = { name: string; mimeType: string; buffer: Buffer };

export type Call = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  // A JSON value, sent as application/json; a string is sent as it is (malformed JSON, odd text).
  body?: unknown;
  // Sent as multipart/form-data instead of `body`: text parts and file parts.
  multipart?: Record<string, string | FilePart>;
  headers?: Record<string, string>;
  // When the answer must be a success (the journey's hand-built valid calls).
  expectSuccess?: boolean;
};

// Percent-encodes a path segment or query value, lone surrogates included: as the bytes their UTF-8 form would have
// (ED A0 80 for U+D800), which is what a client that does not check its text puts on the wire.
export function percentEncode(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(char);
  }
  return out;
}

/** Sends requests over HTTP with the tokens in turn and keeps every breach of the document it sees. */
export class ContractProbe {
  readonly breaches: string[] = [];
  readonly usedMismatches = new Set<string>();
  private turn = 0;

  constructor(
    private readonly request: APIRequestContext,
    readonly doc: ContractDocument,
    private readonly tokens: string[],
    readonly seed: number,
  ) {}

  async raw(
    method: string,
    url: string,
    body?: string,
    headers: Record<string, string> = {},
    multipart?: Call["multipart"],
  ): Promise<Exchange> {
    const token = this.tokens[this.turn++ % this.tokens.length]!;
    const response = await this.request.fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...headers,
      },
      // Playwright writes the boundary and the Content-Type header for a multipart body itself.
      ...(multipart ? { multipart } : { data: body }),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    const text = method === "HEAD" ? "" : await response.text();
    return { label: `${method} ${url}`, method, status: response.status(), headers: response.headers(), body: text };
  }

  urlOf(op: Pick<Operation, "path">, call: Call): string {
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => percentEncode(call.params?.[name] ?? "missing"));
    const query = Object.entries(call.query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${percentEncode(v)}`);
    return `/api/v1${path}${query.length ? `?${query.join("&")}` : ""}`;
  }

  /** Calls an operation; answers the parsed JSON body when it succeeded. */
  async call(op: Operation, call: Call, what: string, method = op.method): Promise<unknown> {
    const body =
      call.body === undefined ? undefined : typeof call.body === "string" ? call.body : JSON.stringify(call.body);
    const exchange = await this.raw(method, this.urlOf(op, call), body, call.headers, call.multipart);
    const breaches = contractBreaches(this.doc, op, exchange);
    if (call.expectSuccess && (exchange.status < 200 || exchange.status > 299))
      breaches.push(`a valid call was refused with ${exchange.status}: ${exchange.body.slice(0, 300)}`);
    if (exchange.status === 429) breaches.push("the test overran its tokens' rate limit: add tokens or slow down");
    this.keep(op.operationId, what, exchange, breaches);
    if (exchange.status >= 300 || method === "HEAD") return undefined;
    try {
      return JSON.parse(exchange.body);
    } catch {
      return undefined;
    }
  }

  /** A method the path does not serve. */
  async notAllowed(path: string, method: string, params: Record<string, string>) {
    const exchange = await this.raw(
      method,
      this.urlOf({ path }, { params }),
      method === "GET" || method === "HEAD" ? undefined : "{}",
    );
    this.keep(`${method} ${path}`, "unserved method", exchange, notAllowedBreaches(this.doc, path, exchange));
  }

  keep(operation: string, what: string, exchange: Exchange, breaches: string[]) {
    for (const breach of breaches) {
      const known = knownMismatch(operation, breach);
      if (known) this.usedMismatches.add(known);
      else this.breaches.push(`${operation} [${what}] ${exchange.label.slice(0, 160)} (seed ${this.seed}): ${breach}`);
    }
  }
}
