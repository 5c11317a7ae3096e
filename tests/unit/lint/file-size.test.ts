// No source file passes 300 lines (issue #16); the ESLint rule that says so must still fire.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

async function rulesHit(file: string, lines: number): Promise<string[]> {
  const text = Array.from({ length: lines }, (_, i) => `export const v${i} = ${i};`).join("\n") + "\n";
  const [result] = await new ESLint({ cwd: ROOT }).lintText(text, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}

describe("file size", () => {
  it.each(["lib/dal/example.ts", "components/example.tsx", "tests/integration/example.int.test.ts", "scripts/x.ts"])(
    "refuses a file of 301 lines in %s and accepts 300",
    async (file) => {
      expect(await rulesHit(file, 301)).toContain("max-lines");
      expect(await rulesHit(file, 300)).not.toContain("max-lines");
    },
    30_000,
  );
});
