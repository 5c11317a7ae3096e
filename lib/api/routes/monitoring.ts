import "server-only";
import { recordMonitoringEvent } from "@/lib/dal/monitoring/events";
import { ZIdParams } from "@/lib/validations/api-common";
import { ZMonitoringEventApi, ZMonitoringEventResultApi } from "@/lib/validations/api-incidents";
import { created, defineRoute } from "../types";

export const monitoringRoutes = [
  defineRoute({
    method: "POST",
    path: "/systems/{id}/monitoring-events",
    operationId: "recordMonitoringEvent",
    tag: "Monitoring",
    scope: "systems:write",
    summary: "Push an evaluation, bias or drift result",
    description:
      "A value beyond its threshold is a breach: it opens (or counts again on) a monitoring task on the system's post-market-monitoring obligation, which makes the CI gate fail until the task is resolved (listMonitoringTasks, resolveMonitoringTask). `openIncidentDraft: true` also opens a draft incident. Name the model version by `modelVersionId` or by `model` and `version`.",
    params: ZIdParams,
    body: ZMonitoringEventApi,
    response: ZMonitoringEventResultApi,
    successStatus: 201,
    example: {
      kind: "DRIFT",
      metric: "psi",
      value: 0.31,
      threshold: 0.2,
      direction: "max",
      model: "credit-scoring-gbm",
      version: "7",
    },
    handler: async ({ actor, params, body }) =>
      created(await recordMonitoringEvent(actor, { ...body, systemId: params.id })),
  }),
];
