import { z } from "zod";

// Response shapes of the MLflow REST API 2.0 (tracking server and model registry). MLflow serialises protobuf
// messages to JSON and leaves out empty lists and unset fields, so every list defaults to empty and most fields are
// optional. Unknown fields are ignored: newer servers add fields, and the sync must keep working.

const ZTag = z.object({ key: z.string(), value: z.string().default("") });
export type MlflowTag = z.infer<typeof ZTag>;

const ZTimestamp = z.coerce.number().int().nonnegative();

export const ZModelVersion = z.object({
  name: z.string().min(1),
  version: z.coerce.string().min(1),
  creation_timestamp: ZTimestamp.optional(),
  last_updated_timestamp: ZTimestamp.optional(),
  current_stage: z.string().default("None"),
  description: z.string().default(""),
  source: z.string().default(""),
  run_id: z.string().default(""),
  status: z.string().default(""),
  tags: z.array(ZTag).default([]),
  // Model versions list their aliases as plain strings; registered models as { alias, version } pairs.
  aliases: z.array(z.string()).default([]),
});
export type MlflowModelVersion = z.infer<typeof ZModelVersion>;

export const ZRegisteredModel = z.object({
  name: z.string().min(1),
  creation_timestamp: ZTimestamp.optional(),
  last_updated_timestamp: ZTimestamp.optional(),
  description: z.string().default(""),
  latest_versions: z.array(ZModelVersion).default([]),
  tags: z.array(ZTag).default([]),
  aliases: z.array(z.object({ alias: z.string(), version: z.coerce.string() })).default([]),
});
export type MlflowRegisteredModel = z.infer<typeof ZRegisteredModel>;

export const ZSearchRegisteredModels = z.object({
  registered_models: z.array(ZRegisteredModel).default([]),
  next_page_token: z.string().optional(),
});

export const ZSearchModelVersions = z.object({
  model_versions: z.array(ZModelVersion).default([]),
  next_page_token: z.string().optional(),
});

const ZMetric = z.object({
  key: z.string(),
  value: z.number(),
  timestamp: ZTimestamp.optional(),
  step: z.coerce.number().optional(),
});

const ZDataset = z.object({
  name: z.string().default(""),
  digest: z.string().default(""),
  source_type: z.string().default(""),
  source: z.string().default(""),
});

export const ZRun = z.object({
  info: z.object({ run_id: z.string(), run_name: z.string().optional(), status: z.string().optional() }).optional(),
  data: z
    .object({
      metrics: z.array(ZMetric).default([]),
      params: z.array(ZTag).default([]),
      tags: z.array(ZTag).default([]),
    })
    .default({ metrics: [], params: [], tags: [] }),
  inputs: z
    .object({ dataset_inputs: z.array(z.object({ dataset: ZDataset, tags: z.array(ZTag).default([]) })).default([]) })
    .default({ dataset_inputs: [] }),
});
export type MlflowRun = z.infer<typeof ZRun>;

export const ZGetRun = z.object({ run: ZRun });

// The body of an MLflow error response, e.g. { "error_code": "RESOURCE_DOES_NOT_EXIST", "message": "…" }.
export const ZMlflowErrorBody = z.object({ error_code: z.string(), message: z.string().default("") });
