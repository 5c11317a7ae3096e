import { readFileSync, existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

// A real HTTP server on a random loopback port that answers like an MLflow tracking server, from the recorded
// responses in tests/fixtures/mlflow. It checks what a real server checks (filter syntax, page tokens, max_results,
// the bearer token) so that a client sending the wrong request fails here too.

// Tests (vitest and Playwright) run from the repository root.
const FIXTURES = path.resolve(process.cwd(), "tests/fixtures/mlflow");

export type StubEndpoint = "registered-models/search" | "model-versions/search" | "runs/get";
// 500 with MLflow's error body; 200 with a body that is not JSON; 200 with JSON of the wrong shape; no answer at all.
export type StubFault = "500" | "garbage" | "wrong-shape" | "hang";

export type MlflowStub = {
  url: string;
  // "v2" serves the files in tests/fixtures/mlflow/v2 over the top-level ones: the registry a week later.
  scenario: "v1" | "v2";
  faults: Map<StubEndpoint, StubFault>;
  // Replaces the pages of one response, e.g. "registered-models-search" → [{ registered_models: [...] }].
  overrides: Map<string, unknown[]>;
  requests: string[];
  close(): Promise<void>;
};

export async function startMlflowStub(options: { token?: string } = {}): Promise<MlflowStub> {
  const stub: MlflowStub = {
    url: "",
    scenario: "v1",
    faults: new Map(),
    overrides: new Map(),
    requests: [],
    close: async () => {},
  };
  const server = createServer((req, res) => handle(stub, options.token, req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}

function handle(stub: MlflowStub, token: string | undefined, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://stub");
  stub.requests.push(`${url.pathname}${url.search}`);
  const send = (status: number, body: unknown) => {
    res
      .writeHead(status, { "Content-Type": "application/json" })
      .end(typeof body === "string" ? body : JSON.stringify(body));
  };
  if (token && req.headers.authorization !== `Bearer ${token}`)
    return send(401, { error_code: "UNAUTHENTICATED", message: "Invalid or missing token." });
  if (req.method !== "GET") return send(405, { error_code: "BAD_REQUEST", message: "Only GET is recorded." });
  const endpoint = url.pathname.replace(/^\/api\/2\.0\/mlflow\//, "") as StubEndpoint;
  const fault = stub.faults.get(endpoint);
  if (fault === "hang") return; // the client's timeout must end this
  if (fault === "500") return send(500, fixture(stub, "error-internal"));
  if (fault === "garbage") return send(200, "<html><body>502 Bad Gateway</body></html>");
  const maxResults = url.searchParams.get("max_results");
  if (maxResults !== null && !/^\d+$/.test(maxResults))
    return send(400, { error_code: "INVALID_PARAMETER_VALUE", message: "max_results must be an integer" });
  const pageToken = url.searchParams.get("page_token") ?? undefined;
  let result: { status: number; body: unknown };
  if (endpoint === "registered-models/search") {
    result = page(stub, "registered-models-search", pageToken);
  } else if (endpoint === "model-versions/search") {
    const name = /^name='([^']+)'$/.exec(url.searchParams.get("filter") ?? "")?.[1];
    if (!name)
      return send(400, {
        error_code: "INVALID_PARAMETER_VALUE",
        message: "Invalid filter. Expected name='<model name>'.",
      });
    result = has(stub, `model-versions-search.${name}`)
      ? page(stub, `model-versions-search.${name}`, pageToken)
      : { status: 200, body: {} };
  } else if (endpoint === "runs/get") {
    const runId = url.searchParams.get("run_id") ?? "";
    result = has(stub, `runs/${runId}`)
      ? { status: 200, body: fixture(stub, `runs/${runId}`) }
      : { status: 404, body: fixture(stub, "error-run-not-found") };
  } else {
    return send(404, { error_code: "ENDPOINT_NOT_FOUND", message: `No API endpoint at ${url.pathname}` });
  }
  if (fault === "wrong-shape" && result.status === 200)
    return send(200, { registered_models: "not a list", model_versions: 42, run: [] });
  send(result.status, result.body);
}

// Page i's next_page_token leads to page i + 1; an unknown token is refused as MLflow refuses it.
function page(stub: MlflowStub, key: string, pageToken: string | undefined): { status: number; body: unknown } {
  const pages = pagesOf(stub, key);
  if (pageToken === undefined) return { status: 200, body: pages[0] };
  const index = pages.findIndex((p) => (p as { next_page_token?: string }).next_page_token === pageToken);
  if (index < 0 || index + 1 >= pages.length) return { status: 400, body: fixture(stub, "error-invalid-page-token") };
  return { status: 200, body: pages[index + 1] };
}

function pagesOf(stub: MlflowStub, key: string): unknown[] {
  const override = stub.overrides.get(key);
  if (override) return override;
  if (file(stub, key)) return [fixture(stub, key)];
  const pages: unknown[] = [];
  for (let n = 1; file(stub, `${key}.page-${n}`); n++) pages.push(fixture(stub, `${key}.page-${n}`));
  return pages;
}

function has(stub: MlflowStub, key: string): boolean {
  return stub.overrides.has(key) || !!file(stub, key) || !!file(stub, `${key}.page-1`);
}

function file(stub: MlflowStub, key: string): string | undefined {
  const candidates =
    stub.scenario === "v2"
      ? [path.join(FIXTURES, "v2", `${key}.json`), path.join(FIXTURES, `${key}.json`)]
      : [path.join(FIXTURES, `${key}.json`)];
  return candidates.find((c) => existsSync(c));
}

function fixture(stub: MlflowStub, key: string): unknown {
  const found = file(stub, key);
  if (!found) throw new Error(`No MLflow fixture ${key}`);
  return JSON.parse(readFileSync(found, "utf8"));
}
