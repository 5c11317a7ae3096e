// Issue #22: interface text comes from the message files. The lint rules that keep English typed into JSX out of
// app/ and components/ must fire on words, and leave symbols, tokens and translated text alone.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: ROOT });
const TEXT_RULES = ["react/jsx-no-literals", "no-restricted-syntax"];

async function rulesHit(body: string, file = "components/example.tsx"): Promise<string[]> {
  const source = `export const Example = ({ t, n }: { t: (key: string) => string; n: number }) => (\n  ${body}\n);\n`;
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  const rules = (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  return rules.filter((rule) => TEXT_RULES.includes(rule));
}

describe("interface text in JSX", () => {
  it.each([
    ["words as a child", "<p>No version published yet.</p>", "react/jsx-no-literals"],
    ["one word as a child", "<button>Revoke</button>", "react/jsx-no-literals"],
    ["a card's title", '<section title="Earlier versions">{n}</section>', "no-restricted-syntax"],
    ["a field's label in braces", '<input aria-label={"Customer"} />', "no-restricted-syntax"],
    ["a placeholder", '<input placeholder="Not included" />', "no-restricted-syntax"],
  ])(
    "refuses %s",
    async (_name, body, rule) => {
      expect(await rulesHit(body)).toContain(rule);
    },
    30_000,
  );

  it.each([
    ["a message", '<p title={t("title")}>{t("body")}</p>'],
    ["symbols and units around values", "<p>\n    ({n}) · {n} ms\n  </p>"],
    ["a technical token marked as such", '<code>{"X-Actlas-Signature"}</code>'],
    ["an address as a placeholder", '<input placeholder="https://mlflow.example.com" className="w-full text-sm" />'],
  ])(
    "allows %s",
    async (_name, body) => {
      expect(await rulesHit(body)).toEqual([]);
    },
    30_000,
  );

  it("holds in app/ as in components/, and not in tests", async () => {
    expect(await rulesHit("<p>Not found</p>", "app/example/page.tsx")).toContain("react/jsx-no-literals");
    expect(await rulesHit("<p>Not found</p>", "tests/unit/example.tsx")).toEqual([]);
  }, 30_000);
});
