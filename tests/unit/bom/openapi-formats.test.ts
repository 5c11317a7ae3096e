import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/routes";

// A CI job reads the OpenAPI document to learn what POST /boms takes: both formats must be there.
describe("POST /boms in the OpenAPI document", () => {
  it("accepts a CycloneDX ML-BOM or an SPDX 3.0.1 document, and answers with the format it read", () => {
    const doc = JSON.parse(JSON.stringify(openApiDocument())) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const operation = doc.paths["/boms"]?.post;
    const body = JSON.stringify(operation?.requestBody);
    expect(body).toContain('"const":"CycloneDX"');
    expect(body).toContain('"@context"');
    expect(body).toContain('"@graph"');
    expect(String(operation?.description)).toMatch(/SPDX 3\.0\.1 JSON-LD `@context`/);
    expect(JSON.stringify(operation?.responses)).toContain('"enum":["CycloneDX","SPDX"]');
  });
});
