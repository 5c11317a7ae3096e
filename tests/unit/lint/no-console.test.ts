// Server code logs through lib/log.ts; the ESLint rule that keeps console out must still fire where it is meant to.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

async function rulesHit(file: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText('export const f = () => console.error("x");\n', {
    filePath: path.join(ROOT, file),
  });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}

describe("no console in server code", () => {
  it.each(["lib/dal/example.ts", "app/(app)/example/route.ts", "components/example.tsx", "instrumentation.ts"])(
    "refuses console in %s",
    async (file) => {
      expect(await rulesHit(file)).toContain("no-console");
    },
    30_000,
  );

  it("leaves command-line scripts free to print to their terminal", async () => {
    expect(await rulesHit("scripts/example.ts")).not.toContain("no-console");
  }, 30_000);
});
