import { z } from "zod";
import { ZApiId, ZDateTime } from "./api-common";

export const ZModelVersionApi = z.object({
  id: z.string(),
  version: z.string(),
  stage: z.string(),
  metrics: z.record(z.string(), z.number()),
  datasetRefs: z.array(z.string()),
  tags: z.record(z.string(), z.string()),
  registryRunId: z.string().nullable(),
  syncedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
});

export const ZModelApi = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  registryName: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  versions: z.array(ZModelVersionApi),
  systems: z.array(z.object({ id: z.string(), name: z.string() })).describe("AI systems that use this model."),
});

export const ZModelVersionParams = z.object({ id: ZApiId, version: z.string().trim().min(1).max(100) });
export const ZSystemModelParams = z.object({ id: ZApiId, modelId: ZApiId });
export const ZLinkApi = z.object({ systemId: z.string(), modelId: z.string(), linked: z.boolean() });
