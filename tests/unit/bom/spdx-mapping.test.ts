import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UNVERSIONED } from "@/lib/bom/mapping";
import { mapSpdx } from "@/lib/bom/spdx/mapping";

const fixture = () =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/bom/credit-scoring.spdx.json"), "utf8"));
const ID = "https://bank.example/spdx/loan-assistant#";

function mapped(doc: Record<string, unknown>) {
  const result = mapSpdx(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.mapped;
}

describe("mapSpdx", () => {
  it("maps the root package, the AI package's profile fields and the Dataset profile", () => {
    const result = mapped(fixture());
    expect(result.system).toEqual({
      name: "Loan approval assistant",
      description: "Scores consumer loan applications and suggests approve / refer / decline to the credit officer.",
    });
    expect(result.models).toEqual([
      {
        name: "credit-scoring-gbm",
        description: "Gradient-boosted trees estimating the probability of default within 12 months.",
        versions: [
          {
            version: "2.3.0",
            metrics: { AUC: 0.87 },
            datasetRefs: ["loan-applications-2024", "loan-holdout-2025"],
            tags: {
              suppliedBy: "Risk ML team",
              typeOfModel: "gradient boosted trees",
              domain: "consumer credit; finance",
              autonomyType: "no",
              limitation: "Not validated for business loans; income must be verified.",
              informationAboutTraining:
                "Trained with LightGBM 4.3 (400 trees) on 2019-2024 applications, postcode removed from the features.",
              informationAboutApplication: "Pre-screening of consumer loan applications by credit officers.",
              standardCompliance: "ISO/IEC 42001:2023",
              safetyRiskAssessment: "medium",
              useSensitivePersonalInformation: "yes",
              hyperparameter: "num_trees=400; learning_rate=0.05",
              metricDecisionThreshold: "probability of default=0.35",
              trainedOn: "loan-applications-2024",
              testedOn: "loan-holdout-2025",
              summary: "Probability of default within 12 months.",
              releaseTime: "2026-11-28T00:00:00Z",
              downloadLocation: "https://models.bank.example/credit-scoring-gbm/2.3.0",
              "metric: calibration": "good",
            },
          },
        ],
      },
    ]);
    expect(result.datasets).toEqual([
      {
        name: "loan-applications-2024",
        uri: "s3://risk-data/loan-applications/2024/",
        description: [
          "Anonymised loan applications and 12-month outcomes, 2019-2024.",
          "Type: structured; numeric",
          "Collection process: Exported monthly from the loan origination system.",
          "Intended use: Training and validating credit risk models.",
          "Known bias: few applicants under 21",
          "Sensitive personal information: yes",
          "Confidentiality level: red",
          "Size: 1250000 bytes",
        ].join("\n"),
      },
      { name: "loan-holdout-2025", uri: "", description: "Type: structured" },
    ]);
  });

  it("finds the application through its relationships when the document names no root", () => {
    const doc = fixture();
    doc["@graph"] = doc["@graph"].filter((e: { type: string }) => e.type !== "SpdxDocument");
    expect(mapped(doc).system?.name).toBe("Loan approval assistant");
    // Two packages that each hold models: none is guessed.
    doc["@graph"].push(
      { type: "software_Package", spdxId: `${ID}other`, creationInfo: "_:creationinfo", name: "Other app" },
      {
        type: "Relationship",
        spdxId: `${ID}rel-other`,
        creationInfo: "_:creationinfo",
        from: `${ID}other`,
        relationshipType: "contains",
        to: [`${ID}model-credit-gbm`],
      },
    );
    expect(mapped(doc).system).toBeNull();
  });

  it("names no system when the root is the model itself, and keeps an unversioned model", () => {
    const doc = fixture();
    const document = doc["@graph"].find((e: { type: string }) => e.type === "SpdxDocument");
    document.rootElement = [`${ID}model-credit-gbm`];
    const model = doc["@graph"].find((e: { type: string }) => e.type === "ai_AIPackage");
    delete model.software_packageVersion;
    const result = mapped(doc);
    expect(result.system).toBeNull();
    expect(result.models[0]?.versions[0]?.version).toBe(UNVERSIONED);
  });

  it("refuses a nameless AI package or an over-long version by JSON path", () => {
    const doc = fixture();
    const model = doc["@graph"][5];
    delete model.name;
    const dataset = doc["@graph"][6];
    dataset.name = "x".repeat(201);
    const result = mapSpdx(doc);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: "/@graph/6/name", message: "must be at most 200 characters" },
      { path: "/@graph/5/name", message: "must not be empty" },
    ]);
    const long = fixture();
    long["@graph"][5].software_packageVersion = "1".repeat(101);
    const second = mapSpdx(long);
    expect(second.ok ? [] : second.problems).toEqual([
      { path: "/@graph/5/software_packageVersion", message: "must be at most 100 characters" },
    ]);
  });
});
