import "server-only";
import {
  getModel,
  listModels,
  registerModel,
  registerModelVersion,
  setSystemModelLink,
  updateModelVersion,
} from "@/lib/dal/systems/models";
import { ZIdParams } from "@/lib/validations/api-common";
import {
  ZLinkApi,
  ZModelApi,
  ZModelVersionApi,
  ZModelVersionParams,
  ZSystemModelParams,
} from "@/lib/validations/api-models";
import { ZRegisterModel, ZRegisterModelVersion, ZUpdateModelVersion } from "@/lib/validations/models";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { created, defineRoute, ok } from "../types";

export const modelRoutes = [
  defineRoute({
    method: "GET",
    path: "/models",
    operationId: "listModels",
    tag: "Models",
    scope: "read",
    summary: "List registered models with their versions and the AI systems that use them",
    description: "The organisation's model registry: each model with its versions and the AI systems that use it.",
    query: ZPageQuery,
    response: pageEnvelope(ZModelApi),
    paginated: true,
    handler: async ({ actor, query, request }) => {
      const { rows, total } = await listModels(actor, query);
      return paged(request, rows, { ...query, total, hasMore: query.page * query.pageSize < total });
    },
  }),
  defineRoute({
    method: "POST",
    path: "/models",
    operationId: "registerModel",
    tag: "Models",
    scope: "systems:write",
    summary: "Register a model",
    description: "Names are unique in the organisation: a second registration of the same name is 409.",
    body: ZRegisterModel,
    response: ZModelApi,
    successStatus: 201,
    example: { name: "credit-scoring-gbm", registryName: "credit_scoring", tags: { team: "risk-ml" } },
    handler: async ({ actor, body }) => {
      const { id } = await registerModel(actor, body);
      return created(await getModel(actor, id), `/api/v1/models/${id}`);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/models/{id}",
    operationId: "getModel",
    tag: "Models",
    scope: "read",
    summary: "Get one model",
    description: "One registered model with its versions and the AI systems it is linked to.",
    params: ZIdParams,
    response: ZModelApi,
    handler: async ({ actor, params }) => ok(await getModel(actor, params.id)),
  }),
  defineRoute({
    method: "POST",
    path: "/models/{id}/versions",
    operationId: "registerModelVersion",
    tag: "Models",
    scope: "systems:write",
    summary: "Register a model version with its metrics and dataset references",
    description:
      "Records a version of a registered model with its stage, metrics and the datasets it was trained on (the model card's facts). A version already registered answers 409.",
    params: ZIdParams,
    body: ZRegisterModelVersion,
    response: ZModelVersionApi,
    successStatus: 201,
    example: {
      version: "7",
      stage: "Staging",
      metrics: { auc: 0.91 },
      datasetRefs: ["s3://datasets/credit/2026-10"],
      registryRunId: "a1b2c3",
    },
    handler: async ({ actor, params, body }) => created(await registerModelVersion(actor, params.id, body)),
  }),
  defineRoute({
    method: "PATCH",
    path: "/models/{id}/versions/{version}",
    operationId: "updateModelVersion",
    tag: "Models",
    scope: "systems:write",
    summary: "Attach metrics, dataset references, tags or a new stage to a model version",
    description:
      "Metrics and tags are merged into the stored ones (same name: new value); dataset references are added.",
    params: ZModelVersionParams,
    body: ZUpdateModelVersion,
    response: ZModelVersionApi,
    example: { stage: "Production", metrics: { demographic_parity_gap: 0.03 } },
    handler: async ({ actor, params, body }) => ok(await updateModelVersion(actor, params.id, params.version, body)),
  }),
  defineRoute({
    method: "PUT",
    path: "/systems/{id}/models/{modelId}",
    operationId: "linkModel",
    tag: "Models",
    scope: "systems:write",
    summary: "Link a model to an AI system (idempotent)",
    description:
      "Links a registered model to the system, so its versions and monitoring results count for it. Linking twice changes nothing.",
    params: ZSystemModelParams,
    response: ZLinkApi,
    handler: async ({ actor, params }) => {
      await setSystemModelLink(actor, { systemId: params.id, modelId: params.modelId, linked: true });
      return ok({ systemId: params.id, modelId: params.modelId, linked: true });
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/systems/{id}/models/{modelId}",
    operationId: "unlinkModel",
    tag: "Models",
    scope: "systems:write",
    summary: "Unlink a model from an AI system (idempotent)",
    description: "Removes the link between the model and the system; the model and its versions stay registered.",
    params: ZSystemModelParams,
    response: ZLinkApi,
    handler: async ({ actor, params }) => {
      await setSystemModelLink(actor, { systemId: params.id, modelId: params.modelId, linked: false });
      return ok({ systemId: params.id, modelId: params.modelId, linked: false });
    },
  }),
];
