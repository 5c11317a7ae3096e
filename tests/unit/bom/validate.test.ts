import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOM_LIMITS } from "@/lib/bom/limits";
import { checkBom } from "@/lib/bom/validate";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../../fixtures/bom", name), "utf8");

describe("checkBom", () => {
  it("accepts the hand-written CycloneDX 1.6 ML-BOM", () => {
    const result = checkBom(fixture("credit-scoring.cdx.json"));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("accepts the same BOM declared as 1.5", () => {
    const bom = JSON.parse(fixture("credit-scoring.cdx.json"));
    bom.specVersion = "1.5";
    bom.$schema = "http://cyclonedx.org/schema/bom-1.5.schema.json";
    expect(checkBom(JSON.stringify(bom)).ok).toBe(true);
  });

  it("names the JSON path of each schema error", () => {
    const result = checkBom(fixture("broken.cdx.json"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain("/serialNumber");
    expect(result.problems).toContainEqual({
      path: "/components/2/modelCard/modelParameters",
      message: "must be object",
    });
  });

  it("refuses what is not a CycloneDX JSON 1.5/1.6 file before the schema", () => {
    const problemOf = (text: string) => {
      const r = checkBom(text);
      return r.ok ? null : r.problems[0];
    };
    expect(problemOf("<bom/>")?.message).toMatch(/not valid JSON/);
    expect(problemOf("[]")?.message).toMatch(/one JSON object/);
    expect(problemOf(JSON.stringify({ spdxVersion: "SPDX-2.3" }))).toEqual({
      path: "/spdxVersion",
      message: "is SPDX-2.3: only SPDX 3.0.1 JSON-LD can be imported (SPDX 2 has no AI profile).",
    });
    expect(problemOf(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.4" }))?.path).toBe("/specVersion");
  });

  it("caps the size and the number of components, nested ones included", () => {
    const big = "x".repeat(BOM_LIMITS.bytes + 1);
    expect(checkBom(big).ok).toBe(false);
    const leaf = { type: "library", name: "x" };
    const nested = {
      type: "library",
      name: "parent",
      components: Array.from({ length: BOM_LIMITS.components }, () => leaf),
    };
    const result = checkBom(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", components: [nested] }));
    expect(result.ok ? null : result.problems[0]?.path).toBe("/components");
  });

  it("answers a file of thousands of bad components quickly, with the first problems by path", () => {
    // With every error of every component collected, this 940 KB file took 9 s of blocked server.
    const bad = (i: number) => ({
      type: "machine-learning-model",
      name: `m${i}`,
      modelCard: { modelParameters: "x", quantitativeAnalysis: 1, considerations: [] },
      licenses: [{ foo: 1 }],
      hashes: [{ alg: "x", content: 1 }],
    });
    const components = Array.from({ length: BOM_LIMITS.components }, (_, i) => bad(i));
    const started = performance.now();
    const result = checkBom(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", components }));
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: "/components/0/modelCard/modelParameters",
      message: "must be object",
    });
    expect(result.ok ? [] : result.problems).toHaveLength(BOM_LIMITS.problems);
  });

  it("still finds errors that need the whole list of components", () => {
    const component = { type: "library", name: "left-pad", version: "1.3.0" };
    const result = checkBom(
      JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", components: [component, component] }),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(["/components"]);
  });
});
