import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/routes";

const run = promisify(execFile);
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

// Two third-party OpenAPI linters read the document as outside tools do (issue #23); any error fails the test, and
// so does a warning, which is how a missing tag or operation description shows.
describe("the OpenAPI document passes Redocly and Spectral", () => {
  let dir = "";
  const file = "openapi.json";
  // The linters run where the document is, with the repository's configurations beside it: Redocly keys its ignore
  // file by the document's path relative to the configuration.
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "actlas-openapi-"));
    writeFileSync(path.join(dir, file), JSON.stringify(openApiDocument(), null, 2));
    for (const config of ["redocly.yaml", ".redocly.lint-ignore.yaml", ".spectral.yaml"])
      copyFileSync(path.join(process.cwd(), config), path.join(dir, config));
  });

  it("Redocly (recommended rules): no errors, no warnings", async () => {
    const result = await run(bin("redocly"), ["lint", file, "--format", "json"], { cwd: dir }).catch(
      (error: { stdout: string }) => error,
    );
    type Problem = { ruleId: string; message: string; location: { pointer: string }[] };
    const report = JSON.parse(result.stdout) as { totals: { errors: number; warnings: number }; problems: Problem[] };
    expect(report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it("Spectral (spectral:oas): no errors, no warnings", async () => {
    const result = await run(bin("spectral"), ["lint", file, "--format", "json", "--quiet"], { cwd: dir }).catch(
      (error: { stdout: string }) => error,
    );
    const problems = JSON.parse(result.stdout || "[]") as { code: string; message: string; path: string[] }[];
    expect(problems.map((p) => `${p.code} at ${p.path.join(".")}: ${p.message}`)).toEqual([]);
  }, 60_000);
});
