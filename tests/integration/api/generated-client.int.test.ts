import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { apiHandler } from "@/lib/api/handler";
import { API_ROUTES, openApiDocument } from "@/lib/api/routes";
import { createOrganization } from "../../helpers/factories";
import { tokenFor } from "./helpers";
import type { Journey } from "../../api-client/journey-type";

const CLIENT_DIR = path.join(process.cwd(), "tests/api-client");
// Loaded only once its types exist: the journey imports the generated schema, which a fresh clone has not made yet
// when the project's own typecheck runs, so the main typecheck must not follow this import (the test's own tsc does).
const JOURNEY = "../../api-client/journey";

// Serves a generated client's requests with the handlers the route files export, matched by the document's paths.
const inProcessFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const pathname = new URL(request.url).pathname.replace(/^\/api\/v1/, "");
  for (const route of API_ROUTES) {
    if (route.method !== request.method) continue;
    const names: string[] = [];
    const pattern = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)"));
    const match = new RegExp(`^${pattern}$`).exec(pathname);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    return apiHandler(route.method, route.path)(request, { params: Promise.resolve(params) });
  }
  return new Response("no such operation", { status: 404 });
};

describe("a client generated from the document (openapi-typescript + openapi-fetch)", () => {
  beforeAll(async () => {
    const types = astToString(await openapiTS(openApiDocument() as never));
    mkdirSync(path.join(CLIENT_DIR, "generated"), { recursive: true });
    writeFileSync(path.join(CLIENT_DIR, "generated/schema.d.ts"), types);
  }, 60_000);

  it("compiles: the journey's calls, bodies and reads type-check against the generated types", async () => {
    const tsc = path.join(process.cwd(), "node_modules/.bin/tsc");
    const result = await promisify(execFile)(tsc, ["-p", path.join(CLIENT_DIR, "tsconfig.json")]).catch(
      (error: { stdout: string }) => error,
    );
    expect(result.stdout).toBe("");
  }, 120_000);

  it("runs the pipeline journey: create, classify, model version, evidence, breach, resolve, gate passes", async () => {
    const { admin } = await createOrganization();
    const token = await tokenFor(admin);
    const { runPipelineJourney } = (await import(/* @vite-ignore */ JOURNEY)) as Journey;
    const outcome = await runPipelineJourney("http://actlas.test/api/v1", token, inProcessFetch);
    expect(outcome.breached).toBe(true);
    expect(outcome.failingCodes).toContain("monitoring_breach_open");
    expect(outcome.taskIds).toEqual([outcome.breachTaskId]);
    expect(outcome.afterCodes).not.toContain("monitoring_breach_open");
    expect(outcome.log.every((entry) => entry.status < 300)).toBe(true);
  }, 60_000);
});
