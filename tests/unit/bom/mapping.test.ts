import { describe, expect, it } from "vitest";
import { buildBom } from "@/lib/bom/export";
import { mapBom, UNVERSIONED } from "@/lib/bom/mapping";

const app = { type: "application", name: "  Triage bot  ", description: "Routes tickets." };

describe("mapBom", () => {
  it("maps nested components, inline datasets, unversioned models and card metrics", () => {
    const result = mapBom({
      metadata: { component: app },
      components: [
        {
          type: "library",
          name: "bundle",
          components: [
            {
              type: "machine-learning-model",
              name: "router",
              modelCard: {
                modelParameters: {
                  datasets: [{ type: "dataset", name: "tickets-2025", contents: { url: "https://d.example/t" } }],
                },
                quantitativeAnalysis: {
                  performanceMetrics: [
                    { type: "F1", value: "0.91", slice: "German" },
                    { type: "latency", value: "fast" },
                  ],
                },
              },
            },
          ],
        },
        { type: "machine-learning-model", name: "router", version: "1" },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.mapped.system).toEqual({ name: "Triage bot", description: "Routes tickets." });
    expect(result.mapped.datasets).toEqual([{ name: "tickets-2025", description: "", uri: "https://d.example/t" }]);
    const [model] = result.mapped.models;
    expect(model?.versions.map((v) => v.version).sort()).toEqual(["1", UNVERSIONED]);
    const unversioned = model?.versions.find((v) => v.version === UNVERSIONED);
    expect(unversioned).toMatchObject({
      metrics: { "F1 (German)": 0.91 },
      tags: { "metric: latency": "fast" },
      datasetRefs: ["tickets-2025"],
    });
  });

  it("names the JSON path of a name that is empty or too long, and needs no application", () => {
    const result = mapBom({
      components: [
        { type: "data", name: " " },
        { type: "machine-learning-model", name: "x".repeat(201) },
      ],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: "/components/0/name", message: "must not be empty" },
        { path: "/components/1/name", message: "must be at most 200 characters" },
      ],
    });
    const nameless = mapBom({ components: [{ type: "data", name: "d" }] });
    expect(nameless.ok && nameless.mapped.system).toBe(null);
  });

  it("the export maps back to the same records", () => {
    const models = [
      {
        id: "m1",
        name: "router",
        description: "Routes tickets",
        versions: [
          {
            id: "v1",
            version: UNVERSIONED,
            metrics: { F1: 0.9 },
            tags: { task: "classification", "metric: latency": "fast", owner: "ml-team", useCases: "a; b" },
            datasetRefs: ["tickets"],
          },
        ],
      },
    ];
    const datasets = [{ id: "d1", name: "tickets", description: "", uri: "" }];
    const bom = buildBom({ id: "s1", name: "Triage bot", description: "" }, models, datasets);
    const back = mapBom(JSON.parse(JSON.stringify(bom)));
    expect(back.ok && back.mapped.models[0]?.versions[0]).toEqual({
      version: UNVERSIONED,
      metrics: { F1: 0.9 },
      tags: { task: "classification", "metric: latency": "fast", owner: "ml-team", useCases: "a; b" },
      datasetRefs: ["tickets"],
    });
    expect(bom.components[0]).toMatchObject({ properties: [{ name: "actlas:tag:owner", value: "ml-team" }] });
  });
});
