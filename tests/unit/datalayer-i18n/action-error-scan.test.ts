import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validationText } from "@/lib/validations/i18n";

// Every fixed refusal the data layer throws (new AppError(code, "…")) reaches a person through a server action, so
// each needs a German and a French entry (lib/validations/i18n/errors-{de,fr}.ts or another catalogue). A refusal
// built from values is a template literal and is not scanned: error-patterns.ts covers the common ones.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function fixedRefusals(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources("lib/dal")) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/new AppError\(\s*"[A-Z_]+",\s*"((?:[^"\\]|\\.)*)"/g))
      found.set(JSON.parse(`"${m[1]}"`) as string, file);
  }
  return found;
}

describe("the data layer's fixed refusals", () => {
  const refusals = fixedRefusals();

  it("are found by the scan", () => {
    expect(refusals.get("Your role does not allow this action.")).toBe(join("lib/dal/core/authorize.ts"));
    expect(refusals.size).toBeGreaterThan(50);
  });

  it.each(["de", "fr"])("%s has each of them", (locale) => {
    const missing = [...refusals].filter(([english]) => validationText(locale, english) === english);
    expect(missing.map(([english, file]) => `${file}: ${english}`)).toEqual([]);
  });
});
