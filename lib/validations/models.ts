import { z } from "zod";

// Models and versions as registered from a model registry (MLflow-style) through the REST API.
const name = (what: string) => z.string().trim().min(1, `Enter the ${what}.`).max(200, "Use at most 200 characters.");
const bounded = <T extends z.ZodType>(schema: T, max: number, what: string) =>
  schema.refine((v) => Object.keys(v as object).length <= max, `Use at most ${max} ${what}.`);

export const ZTags = bounded(z.record(z.string().trim().min(1).max(100), z.string().max(500)), 50, "tags").describe(
  'Free key/value labels, e.g. {"team": "risk-ml"}.',
);
export const ZMetrics = bounded(
  z.record(z.string().trim().min(1).max(100), z.number().finite("Use a finite number.")),
  100,
  "metrics",
).describe('Evaluation results by name, e.g. {"auc": 0.91, "demographic_parity_gap": 0.03}.');
export const ZDatasetRefs = z
  .array(z.string().trim().min(1).max(1000))
  .max(50, "List at most 50 dataset references.")
  .describe("Dataset names or URIs (s3://…, https://…) used to train or evaluate.");

export const ZRegisterModel = z.object({
  name: name("model's name"),
  description: z.string().trim().max(4000).default(""),
  registryName: z.string().trim().max(200).optional().describe("Name in the external registry, if different."),
  tags: ZTags.default({}),
});
export type TRegisterModel = z.input<typeof ZRegisterModel>;

export const ZRegisterModelVersion = z.object({
  version: name("version, like 3 or 2.1.0").max(100),
  stage: z.string().trim().max(60).default("").describe("e.g. Staging, Production, Archived."),
  metrics: ZMetrics.default({}),
  datasetRefs: ZDatasetRefs.default([]),
  tags: ZTags.default({}),
  registryRunId: z.string().trim().max(200).optional().describe("Run id in the registry that produced this version."),
});
export type TRegisterModelVersion = z.input<typeof ZRegisterModelVersion>;

// Metrics and tags are merged into what is stored; dataset references are added to the list.
export const ZUpdateModelVersion = z.object({
  stage: z.string().trim().max(60).optional(),
  metrics: ZMetrics.optional(),
  datasetRefs: ZDatasetRefs.optional(),
  tags: ZTags.optional(),
});
export type TUpdateModelVersion = z.input<typeof ZUpdateModelVersion>;
