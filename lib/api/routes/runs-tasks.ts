import "server-only";
import { getClassificationHistory, getClassificationRun } from "@/lib/dal/classification/run-history";
import { listSystemTasks, resolveTask } from "@/lib/dal/obligations/tasks";
import { getSystem } from "@/lib/dal/systems/systems";
import { ZIdParams } from "@/lib/validations/api-common";
import {
  ZMonitoringTaskApi,
  ZResolvedTaskApi,
  ZResolveTaskApi,
  ZRunApi,
  ZRunListApi,
  ZRunParams,
  ZTaskListQuery,
  ZTaskParams,
} from "@/lib/validations/api-runs-tasks";
import { toApiResult } from "../classification-result";
import { defineRoute, ok } from "../types";

const runView = ({ review: _review, ...run }: { review: unknown } & Record<string, unknown>) => run;

export const runAndTaskRoutes = [
  defineRoute({
    method: "GET",
    path: "/systems/{id}/classifications",
    operationId: "listClassifications",
    tag: "Classification",
    scope: "read",
    summary: "List an AI system's stored classification runs",
    description:
      "Every run stored for the system, newest first, with its tier, disposition (after legal's latest decision) and the rule set it used; `currentRunId` is the one the tier, roles and obligations come from.",
    params: ZIdParams,
    response: ZRunListApi,
    handler: async ({ actor, params }) => {
      const { current, runs } = await getClassificationHistory(actor, params.id);
      return ok({ currentRunId: current?.id ?? null, runs: runs.map(runView) });
    },
  }),
  defineRoute({
    method: "GET",
    path: "/systems/{id}/classifications/{runId}",
    operationId: "getClassification",
    tag: "Classification",
    scope: "read",
    summary: "Read one stored classification run: its result and the answers it classified",
    description:
      "The engine's full result of one stored run (findings, open questions, notes, obligations) and the answers it classified. A run of another system is not found.",
    params: ZRunParams,
    response: ZRunApi,
    handler: async ({ actor, params }) => {
      const run = await getClassificationRun(actor, params.id, params.runId);
      return ok({ ...runView(run), result: toApiResult(run.result) });
    },
  }),
  defineRoute({
    method: "GET",
    path: "/systems/{id}/monitoring-tasks",
    operationId: "listMonitoringTasks",
    tag: "Monitoring",
    scope: "read",
    summary: "List an AI system's monitoring tasks",
    description:
      "A breaching monitoring result opens a task (or counts again on the open one for the same kind and metric). Open tasks make the gate fail with `monitoring_breach_open`, whose items are these tasks' ids. At most 50, open ones first.",
    params: ZIdParams,
    query: ZTaskListQuery,
    response: ZMonitoringTaskApi.array(),
    handler: async ({ actor, params, query }) => {
      await getSystem(actor, params.id);
      const tasks = await listSystemTasks(actor, params.id, { status: query.status });
      // The grouping key of repeated breaches is internal; the rest is what the document names.
      return ok(tasks.map(({ dedupeKey: _dedupeKey, ...task }) => task));
    },
  }),
  defineRoute({
    method: "POST",
    path: "/systems/{id}/monitoring-tasks/{taskId}/resolve",
    operationId: "resolveMonitoringTask",
    tag: "Monitoring",
    scope: "systems:write",
    summary: "Resolve a monitoring task, saying what was done",
    description:
      "Closing the task lifts its block on the gate; the note is kept in the task and the audit trail. A task already resolved answers 409.",
    params: ZTaskParams,
    body: ZResolveTaskApi,
    response: ZResolvedTaskApi,
    example: { note: "Retrained on the corrected sample; drift back under 0.1." },
    handler: async ({ actor, params, body }) => {
      const { id, closedAt } = await resolveTask(actor, {
        taskId: params.taskId,
        systemId: params.id,
        note: body.note,
      });
      return ok({ id, status: "DONE" as const, closedAt });
    },
  }),
];
