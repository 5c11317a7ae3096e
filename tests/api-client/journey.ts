import createClient from "openapi-fetch";
import type { paths } from "./generated/schema";
import type { Journey } from "./journey-type";

// The pipeline journey of issue #23 written against a client generated from /api/v1/openapi.json by third-party
// tools (openapi-typescript for the types, openapi-fetch for the calls): if the document and the server disagree
// on a path, a parameter, a body or a response, this either fails to compile (tests/api-client/tsconfig.json) or
// fails when it runs (tests/integration/api/generated-client.int.test.ts).
export type JourneyLog = { step: string; status: number }[];

export async function runPipelineJourney(baseUrl: string, token: string, fetch: typeof globalThis.fetch) {
  const api = createClient<paths>({ baseUrl, fetch, headers: { Authorization: `Bearer ${token}` } });
  const log: JourneyLog = [];
  const must = <T>(step: string, result: { data?: T; error?: unknown; response: Response }): T => {
    log.push({ step, status: result.response.status });
    if (result.data === undefined)
      throw new Error(`${step}: ${result.response.status} ${JSON.stringify(result.error)}`);
    return result.data;
  };

  const system = must(
    "create system",
    await api.POST("/systems", {
      body: {
        name: "Credit scoring (generated client)",
        intendedPurpose: "Scores consumer credit applications.",
        businessUnit: "Retail",
        lifecycleStage: "PILOT",
        memberStates: ["DE"],
        dataCategories: ["PERSONAL"],
      },
    }),
  );
  const id = system.id;
  const run = must(
    "classify and store",
    await api.POST("/systems/{id}/classifications", {
      params: { path: { id } },
      body: {
        answers: { artefactType: "ai_system", infersOutputs: true, establishedInEu: true, activities: ["uses"] },
      },
    }),
  );
  must(
    "read the run",
    await api.GET("/systems/{id}/classifications/{runId}", { params: { path: { id, runId: run.runId } } }),
  );

  const model = must("register model", await api.POST("/models", { body: { name: "credit-gbm-generated" } }));
  must(
    "register version",
    await api.POST("/models/{id}/versions", {
      params: { path: { id: model.id } },
      body: { version: "7", stage: "Staging", metrics: { auc: 0.91 } },
    }),
  );
  must("link model", await api.PUT("/systems/{id}/models/{modelId}", { params: { path: { id, modelId: model.id } } }));
  must(
    "add evidence",
    await api.POST("/systems/{id}/evidence", {
      params: { path: { id } },
      body: { title: "Bias evaluation", url: "https://mlflow.example/runs/42" },
    }),
  );
  const breach = must(
    "push a breaching result",
    await api.POST("/systems/{id}/monitoring-events", {
      params: { path: { id } },
      body: {
        kind: "DRIFT",
        metric: "psi",
        value: 0.31,
        threshold: 0.2,
        direction: "max",
        model: model.name,
        version: "7",
      },
    }),
  );
  const failing = must("gate fails", await api.GET("/systems/{id}/gate", { params: { path: { id } } }));
  const tasks = must(
    "list open tasks",
    await api.GET("/systems/{id}/monitoring-tasks", { params: { path: { id }, query: { status: "OPEN" } } }),
  );
  for (const task of tasks)
    must(
      "resolve task",
      await api.POST("/systems/{id}/monitoring-tasks/{taskId}/resolve", {
        params: { path: { id, taskId: task.id } },
        body: { note: "Retrained on the corrected sample; drift back under 0.1." },
      }),
    );
  const after = must("gate after", await api.GET("/systems/{id}/gate", { params: { path: { id } } }));
  return {
    log,
    breached: breach.breached,
    taskIds: tasks.map((t) => t.id),
    breachTaskId: breach.taskId,
    failingCodes: failing.reasons.map((r) => r.code),
    afterCodes: after.reasons.map((r) => r.code),
    afterStatus: after.status,
  };
}

// The suites that load this file by a computed path type it as Journey: the compiler holds the two together.
export const journey: Journey = { runPipelineJourney };
