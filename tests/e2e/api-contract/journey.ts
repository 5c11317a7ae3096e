import type { Operation } from "./document";
import { PDF_FILE } from "./files";
import type { Call, ContractProbe } from "./probe";

// Real records of the test's own organisation, made and read through the API itself: path ids that exist, so the
// generated requests get past "not found" into the operations' validation and data layer.
export type Ids = Record<string, string>;

type Row = { id?: string; version?: number | string; runId?: string; taskId?: string };
const dataOf = (body: unknown): Row[] => ((body as { data?: Row[] } | undefined)?.data ?? []) as Row[];

function exampleOf(op: Operation): Record<string, unknown> {
  const example = op.requestBody?.content["application/json"] as { example?: Record<string, unknown> } | undefined;
  return { ...(example?.example ?? {}) };
}

/** The path id a generated request uses for a parameter, chosen by the resource the path names. */
export function realParam(path: string, name: string, ids: Ids): string {
  if (name === "id") return path.startsWith("/models") ? ids.modelId! : ids.systemId!;
  return ids[name] ?? ids[`${name}Id`] ?? "no-such-id";
}

/** Every operation once with a hand-built valid request, in the order a pipeline would call them; each must succeed. */
export async function runJourney(probe: ContractProbe): Promise<Ids> {
  const op = (id: string) => {
    const found = probe.doc.operations.find((o) => o.operationId === id);
    if (!found) throw new Error(`The document has no operation ${id}`);
    return found;
  };
  const ids: Ids = {};
  const valid = (id: string, call: Call = {}) =>
    probe.call(op(id), { ...call, expectSuccess: true }, "valid journey") as Promise<Row | undefined>;
  const params = (extra: Ids = {}) => ({ params: { id: ids.systemId!, ...extra } });

  await valid("getOpenApi");
  ids.systemId = (await valid("createSystem", { body: exampleOf(op("createSystem")) }))?.id ?? "no-system";
  const system = await valid("getSystem", params());
  await valid("updateSystem", { ...params(), body: { version: system?.version, lifecycleStage: "IN_PRODUCTION" } });
  await valid("listSystems", { query: { q: "Credit", page: "1", pageSize: "5" } });
  await valid("classifyProfile", { body: exampleOf(op("classifyProfile")) });
  ids.runId =
    (await valid("storeClassification", { ...params(), body: exampleOf(op("storeClassification")) }))?.runId ??
    "no-run";
  await valid("listClassifications", params());
  await valid("getClassification", params({ runId: ids.runId }));
  await valid("requestReview", { ...params(), body: exampleOf(op("requestReview")) });
  await valid("listSystemReviewRequests", params());
  await valid("listReviewRequests");
  await valid("listObligations");
  const obligation = dataOf(await valid("listSystemObligations", params()))[0];
  ids.obligationId = obligation?.id ?? "no-obligation";
  if (obligation)
    await valid("updateObligation", {
      ...params({ obligationId: ids.obligationId }),
      body: { version: obligation.version, status: "IN_PROGRESS" },
    });
  await valid("addEvidence", {
    ...params(),
    body: { title: "Bias evaluation", url: "https://mlflow.example/runs/42" },
  });
  // The same operation with a file, as multipart/form-data, and a second version of it.
  const upload = await valid("addEvidence", { ...params(), multipart: { title: "Model card", file: PDF_FILE } });
  await valid("addEvidence", {
    ...params(),
    multipart: { evidenceId: (upload as { evidenceId?: string } | undefined)?.evidenceId ?? "", file: PDF_FILE },
  });
  await valid("listEvidence", params());
  ids.riskId = (await valid("createRisk", { ...params(), body: exampleOf(op("createRisk")) }))?.id ?? "no-risk";
  const risk = await valid("getRisk", { params: { riskId: ids.riskId } });
  await valid("updateRisk", { params: { riskId: ids.riskId }, body: { version: risk?.version, likelihood: 2 } });
  await valid("listSystemRisks", params());
  if (obligation) {
    await valid("linkRiskObligation", { params: { riskId: ids.riskId, obligationId: ids.obligationId } });
    await valid("unlinkRiskObligation", { params: { riskId: ids.riskId, obligationId: ids.obligationId } });
  }
  await valid("listLiteracyCoverage");
  ids.framework = dataOf(await valid("listStandards"))[0]?.id ?? "no-framework";
  await valid("getStandard", { params: { framework: ids.framework } });
  await valid("getStatementOfApplicability", { params: { framework: ids.framework } });
  ids.policyId = dataOf(await valid("listPolicies"))[0]?.id ?? "no-policy";
  ids.modelId = (await valid("registerModel", { body: exampleOf(op("registerModel")) }))?.id ?? "no-model";
  await valid("getModel", { params: { id: ids.modelId } });
  await valid("listModels");
  ids.version = String(
    (await valid("registerModelVersion", { params: { id: ids.modelId }, body: exampleOf(op("registerModelVersion")) }))
      ?.version ?? "7",
  );
  await valid("updateModelVersion", {
    params: { id: ids.modelId, version: ids.version },
    body: exampleOf(op("updateModelVersion")),
  });
  await valid("linkModel", params({ modelId: ids.modelId }));
  const breach = await valid("recordMonitoringEvent", { ...params(), body: exampleOf(op("recordMonitoringEvent")) });
  ids.taskId = breach?.taskId ?? "no-task";
  await valid("listMonitoringTasks", { ...params(), query: { status: "OPEN" } });
  if (breach?.taskId)
    await valid("resolveMonitoringTask", {
      ...params({ taskId: ids.taskId }),
      body: exampleOf(op("resolveMonitoringTask")),
    });
  await valid("unlinkModel", params({ modelId: ids.modelId }));
  await valid("createIncident", { body: { ...exampleOf(op("createIncident")), systemId: ids.systemId } });
  await valid("listIncidents", { query: { systemId: ids.systemId } });
  await valid("checkGate", params());
  // The same POST twice with one Idempotency-Key: the second is the stored answer, marked Idempotent-Replayed.
  const replay = { body: { name: "Replayed model" }, headers: { "Idempotency-Key": `contract-${probe.seed}` } };
  await valid("registerModel", replay);
  await valid("registerModel", replay);
  // A token the server does not know: 401 with WWW-Authenticate, as documented.
  await probe.call(op("listSystems"), { headers: { Authorization: "Bearer actlas_unknown" } }, "unknown token");
  return ids;
}
