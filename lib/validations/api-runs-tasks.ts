import { z } from "zod";
import { DISPOSITIONS } from "@/lib/rules/types";
import { ZApiId, ZDateTime, ZTierCode } from "./api-common";
import { ZClassificationResultApi } from "./api-classification";
import { ZResolveTask } from "./monitoring";

// Reading stored classification runs and working monitoring tasks over the API (issue #23: a pipeline blocked by
// monitoring_breach_open can see the breach and close it, and read what a stored run said).

const ZDispositionCode = z.enum(DISPOSITIONS.map((d) => d.toUpperCase()) as [string, ...string[]]);

export const ZRunSummaryApi = z.object({
  id: z.string(),
  sequence: z.number().int().describe("1 for the system's first run, then counting up."),
  createdAt: ZDateTime,
  createdByName: z.string().nullable().describe("null when a token stored the run."),
  tier: ZTierCode.describe("While disposition is UNDETERMINED only a floor: read possibleTier."),
  possibleTier: ZTierCode.nullable(),
  disposition: ZDispositionCode.describe("After legal's latest decision on this run."),
  engineDisposition: ZDispositionCode.describe("What the engine said when the run was stored."),
  ruleSetId: z.string(),
  systemVersion: z.number().int().describe("The system's version the run classified."),
});

export const ZRunListApi = z.object({
  currentRunId: z.string().nullable().describe("The run the system's tier, roles and obligations come from."),
  runs: z.array(ZRunSummaryApi).describe("Newest first."),
});

export const ZRunParams = z.object({ id: ZApiId, runId: ZApiId });

export const ZRunApi = ZRunSummaryApi.extend({
  result: ZClassificationResultApi,
  answers: z.looseObject({}).describe("The questionnaire answers the run classified (the /classify profile)."),
});

export const ZTaskListQuery = z.object({
  status: z.enum(["OPEN", "DONE"]).optional().describe("OPEN: still blocking the gate; DONE: resolved."),
});

export const ZMonitoringTaskApi = z.object({
  id: z.string(),
  systemId: z.string(),
  obligationId: z.string().nullable().describe("The post-market-monitoring duty the task serves."),
  obligationArticle: z.string().nullable(),
  obligationTitle: z.string().nullable(),
  title: z.string(),
  body: z.string().describe("The readings that opened or repeated it, and the resolution note once resolved."),
  status: z.enum(["OPEN", "DONE"]),
  occurrences: z.number().int().describe("How many breaches with the same kind and metric it collected."),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  closedAt: ZDateTime.nullable(),
});

export const ZTaskParams = z.object({ id: ZApiId, taskId: ZApiId });
export const ZResolveTaskApi = ZResolveTask.pick({ note: true });
export const ZResolvedTaskApi = z.object({ id: z.string(), status: z.literal("DONE"), closedAt: ZDateTime });
