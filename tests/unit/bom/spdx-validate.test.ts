import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOM_LIMITS } from "@/lib/bom/limits";
import { checkBom } from "@/lib/bom/validate";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../../fixtures/bom", name), "utf8");
const spdx = () => JSON.parse(fixture("credit-scoring.spdx.json"));

function problemsOf(doc: unknown) {
  const result = checkBom(typeof doc === "string" ? doc : JSON.stringify(doc));
  return result.ok ? [] : result.problems;
}

describe("checkBom on SPDX 3.0.1 JSON-LD", () => {
  it("tells the format from the file and accepts the hand-written AI/Dataset document", () => {
    const result = checkBom(fixture("credit-scoring.spdx.json"));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result).toMatchObject({
      ok: true,
      format: "SPDX",
      specVersion: "3.0.1",
      documentId: "https://bank.example/spdx/loan-assistant#document",
    });
    expect(checkBom(fixture("credit-scoring.cdx.json"))).toMatchObject({ ok: true, format: "CycloneDX" });
  });

  it("names each real error by its JSON path, without the schema's cascade of other classes", () => {
    const problems = problemsOf(fixture("broken.spdx.json"));
    expect(problems).toEqual([
      {
        path: "/@graph/5/ai_autonomyType",
        message: "must be equal to one of the allowed values: no, noAssertion, yes",
      },
      {
        path: "/@graph/5",
        message: "has a property SPDX 3.0.1 does not define for ai_AIPackage (“ai_modelCard”)",
      },
      { path: "/@graph/6", message: "must have required property 'dataset_datasetType'" },
      {
        path: "/@graph/9/relationshipType",
        message: "must be one of the 59 values SPDX 3.0.1 defines here; did you mean trainedOn?",
      },
    ]);
  });

  it("names a class SPDX does not have, and a missing creationInfo", () => {
    const doc = spdx();
    doc["@graph"][5].type = "ai_Model";
    delete doc["@graph"][7].creationInfo;
    expect(problemsOf(doc)).toEqual([
      { path: "/@graph/5/type", message: "is not an SPDX 3.0.1 class (“ai_Model”)" },
      { path: "/@graph/7", message: "must have required property 'creationInfo'" },
    ]);
  });

  it("takes only SPDX 3.0.1, and caps the element count before the schema runs", () => {
    const older = spdx();
    older["@context"] = "https://spdx.org/rdf/3.0.0/spdx-context.jsonld";
    expect(problemsOf(older)).toEqual([
      {
        path: "/@context",
        message: 'must be "https://spdx.org/rdf/3.0.1/spdx-context.jsonld": only SPDX 3.0.1 JSON-LD can be imported.',
      },
    ]);
    const huge = spdx();
    huge["@graph"] = Array.from({ length: BOM_LIMITS.components + 1 }, () => ({ type: "Person" }));
    expect(problemsOf(huge)).toEqual([{ path: "/@graph", message: "holds more than 5,000 elements; split the file." }]);
    expect(problemsOf({ spdxVersion: "SPDX-2.3" })[0]?.path).toBe("/spdxVersion");
  });

  it("keeps the list of problems short", () => {
    const doc = spdx();
    for (let i = 0; i < 30; i++)
      doc["@graph"].push({ type: "Relationship", spdxId: `https://x.example/r${i}`, creationInfo: "_:creationinfo" });
    expect(problemsOf(doc)).toHaveLength(BOM_LIMITS.problems);
  });

  it("answers a file of thousands of bad elements quickly, with the first problems", () => {
    // Validating every bad element with all its errors took over a minute and a gigabyte for this 660 KB file.
    const doc = spdx();
    doc["@graph"] = Array.from({ length: BOM_LIMITS.components }, (_, i) => ({
      type: "ai_AIPackage",
      spdxId: `https://x.example/m${i}`,
      creationInfo: "_:creationinfo",
      name: `model ${i}`,
      ai_autonomyType: "maybe",
    }));
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(BOM_LIMITS.problems);
    expect(problems[19]).toEqual({
      path: "/@graph/19/ai_autonomyType",
      message: "must be equal to one of the allowed values: no, noAssertion, yes",
    });
  }, 20_000);

  it("names a problem of the document itself when every element is valid", () => {
    const doc = spdx();
    doc.bomVersion = 2;
    expect(problemsOf(doc)).toEqual([
      { path: "", message: "has a property SPDX 3.0.1 does not define (“bomVersion”)" },
    ]);
  });
});
