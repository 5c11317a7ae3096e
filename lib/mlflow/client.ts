import "server-only";
import type { z } from "zod";
import { guardedFetch, RefusedAddressError } from "@/lib/net/guarded-fetch";
import { assertPublicUrl, urlRefusalOf } from "@/lib/net/url-guard";
import { firstIssue } from "@/lib/validations/first-issue";
import { MlflowError } from "./errors";
import type { SyncNote } from "./notes";
import {
  ZGetRun,
  ZMlflowErrorBody,
  ZSearchModelVersions,
  ZSearchRegisteredModels,
  type MlflowModelVersion,
  type MlflowRegisteredModel,
  type MlflowRun,
} from "./schemas";

export type MlflowClientOptions = {
  baseUrl: string;
  token?: string | null;
  timeoutMs?: number;
  // Tests and local setups (ALLOW_PRIVATE_URLS) may reach loopback servers; production refuses them.
  allowPrivate?: boolean;
};

const PAGE_SIZE = 200;
// A server that keeps handing out page tokens must not keep a sync running forever.
const MAX_PAGES = 500;

export type MlflowClient = ReturnType<typeof createMlflowClient>;

export function createMlflowClient({ baseUrl, token, timeoutMs = 15_000, allowPrivate }: MlflowClientOptions) {
  const root = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;

  async function get<S extends z.ZodType>(
    path: string,
    params: Record<string, string | undefined>,
    schema: S,
  ): Promise<z.output<S>> {
    const url = new URL(path, root);
    for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
    // Checked before every request for a readable error; guardedFetch then checks the address it connects to, so a
    // name that resolves differently a moment later (DNS rebinding) cannot lead the request into the private network.
    try {
      await assertPublicUrl(url.toString(), { allowPrivate });
    } catch (error) {
      throw new MlflowError("refused", refusal(error, url));
    }
    let response: Awaited<ReturnType<typeof guardedFetch>>;
    try {
      response = await guardedFetch(
        url,
        {
          headers: { Accept: "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        },
        { allowPrivate },
      );
    } catch (error) {
      if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
        throw new MlflowError("timeout", { key: "timeout", values: { seconds: Math.round(timeoutMs / 1000), path } });
      }
      if (error instanceof Error && error.cause instanceof RefusedAddressError)
        throw new MlflowError("refused", { key: "addressNotAllowed", values: { host: url.host } });
      throw new MlflowError("network", { key: "unreachable", values: { host: url.host } });
    }
    const text = await readBody(response, timeoutMs, path);
    const json = parseJson(text);
    if (!response.ok) throw httpError(response.status, json, path);
    if (json === undefined) throw new MlflowError("invalid_response", { key: "notJson", values: { path } });
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = firstIssue(parsed.error);
      const detail = `${issue.path || "body"}: ${issue.message}`;
      throw new MlflowError("invalid_response", { key: "unexpectedShape", values: { path, detail } });
    }
    return parsed.data;
  }

  async function allPages<T>(fetchPage: (pageToken?: string) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await fetchPage(pageToken);
      items.push(...result.items);
      if (!result.next) return items;
      if (seen.has(result.next)) throw new MlflowError("invalid_response", { key: "pageTokenRepeated" });
      seen.add(result.next);
      pageToken = result.next;
    }
    throw new MlflowError("invalid_response", { key: "tooManyPages", values: { pages: MAX_PAGES } });
  }

  return {
    searchRegisteredModels(): Promise<MlflowRegisteredModel[]> {
      return allPages(async (page_token) => {
        const r = await get(
          "api/2.0/mlflow/registered-models/search",
          { max_results: String(PAGE_SIZE), page_token },
          ZSearchRegisteredModels,
        );
        return { items: r.registered_models, next: r.next_page_token || undefined };
      });
    },
    searchModelVersions(modelName: string): Promise<MlflowModelVersion[]> {
      const filter = `name='${modelName.replaceAll("'", "\\'")}'`;
      return allPages(async (page_token) => {
        const r = await get(
          "api/2.0/mlflow/model-versions/search",
          { filter, max_results: String(PAGE_SIZE), page_token },
          ZSearchModelVersions,
        );
        return { items: r.model_versions, next: r.next_page_token || undefined };
      });
    },
    // null when the run was deleted: a version whose run is gone still syncs, just without metrics.
    async getRun(runId: string): Promise<MlflowRun | null> {
      try {
        return (await get("api/2.0/mlflow/runs/get", { run_id: runId }, ZGetRun)).run;
      } catch (error) {
        if (error instanceof MlflowError && error.kind === "not_found") return null;
        throw error;
      }
    },
  };
}

// One page of an MLflow search is a few hundred kB; anything far larger is not a registry answering.
const MAX_BODY_BYTES = 25 * 1024 * 1024;

async function readBody(
  response: { headers: Headers | { get(name: string): string | null }; text(): Promise<string> },
  timeoutMs: number,
  path: string,
): Promise<string> {
  const tooLarge = () =>
    new MlflowError("invalid_response", {
      key: "tooLarge",
      values: { path, megabytes: MAX_BODY_BYTES / 1024 / 1024 },
    });
  if (Number(response.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new MlflowError("timeout", {
      key: "stoppedSending",
      values: { path, seconds: Math.round(timeoutMs / 1000) },
    });
  }
  if (text.length > MAX_BODY_BYTES) throw tooLarge();
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function httpError(status: number, json: unknown, path: string): MlflowError {
  const body = ZMlflowErrorBody.safeParse(json);
  const detail = body.success
    ? `${body.data.error_code}${body.data.message ? `: ${body.data.message}` : ""}`
    : `HTTP ${status}`;
  if (status === 404 && body.success && body.data.error_code === "RESOURCE_DOES_NOT_EXIST")
    return new MlflowError("not_found", { key: "notFound", values: { detail } }, status);
  if (status === 404) return new MlflowError("http", { key: "noMlflowApi", values: { path } }, status);
  if (status === 401 || status === 403)
    return new MlflowError("http", { key: "tokenRefused", values: { detail } }, status);
  return new MlflowError("http", { key: "httpError", values: { path, detail } }, status);
}

// The URL guard's refusals are a form's messages; a sync says which address it could not use, and why in short.
function refusal(error: unknown, url: URL): SyncNote {
  return {
    key: urlRefusalOf(error) === "unresolved" ? "hostNotResolved" : "addressNotAllowed",
    values: { host: url.host },
  };
}
