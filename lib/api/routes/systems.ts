import "server-only";
import type { Actor } from "@/lib/access/actor";
import { getReviewStatus } from "@/lib/dal/classification/review-status";
import { toFormValues } from "@/lib/validations/system-form-values";
import {
  createSystem,
  getSystem,
  isClassificationStale,
  updateSystem,
  type SystemDetailDTO,
} from "@/lib/dal/systems/systems";
import { listSystems } from "@/lib/dal/systems/system-list";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/dates";
import { ZIdParams } from "@/lib/validations/api-common";
import {
  pickIntakeFields,
  ZSystemApi,
  ZSystemCreateApi,
  ZSystemCreateDoc,
  ZSystemListApiQuery,
  ZSystemPatchApi,
  ZSystemPatchDoc,
  ZSystemRowApi,
} from "@/lib/validations/api-systems";
import { ZSystemIntakeUpdate } from "@/lib/validations/system";
import { parseSystemListParams } from "@/lib/validations/system-list";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { fieldErrorsOf, futureVersion } from "../problem";
import { created, defineRoute, ok } from "../types";

// The review block is read through the same rule as every page (lib/classification/review-state.ts).
async function toApiSystem(actor: Actor, s: SystemDetailDTO) {
  const { currentRun, currentRunId, ownerId, updatedById, owner, models, datasets, ...rest } = s;
  void currentRun;
  void currentRunId;
  void updatedById;
  return {
    ...rest,
    placedOnMarketAt: isoDay(s.placedOnMarketAt),
    owner: ownerId && owner ? { id: ownerId, name: owner.name } : null,
    classificationStale: isClassificationStale(s),
    review: await getReviewStatus(actor, s.id),
    models: models.map(({ model }) => model),
    datasets: datasets.map(({ dataset }) => dataset),
  };
}

const CREATE_EXAMPLE = {
  name: "Credit scoring v3",
  intendedPurpose: "Scores consumer credit applications.",
  businessUnit: "Retail lending",
  lifecycleStage: "IN_DEVELOPMENT",
  memberStates: ["DE", "FR"],
  dataCategories: ["PERSONAL"],
  isDraft: false,
};

export const systemRoutes = [
  defineRoute({
    method: "GET",
    path: "/systems",
    operationId: "listSystems",
    tag: "AI systems",
    scope: "read",
    summary: "List AI systems",
    description: "The inventory with the same filters as the app's AI systems page. Unknown filter values are ignored.",
    query: ZSystemListApiQuery.extend(ZPageQuery.shape),
    response: pageEnvelope(ZSystemRowApi),
    paginated: true,
    handler: async ({ actor, query, request }) => {
      const filters = parseSystemListParams(new URL(request.url).searchParams);
      const result = await listSystems(actor, { ...filters, page: query.page, pageSize: query.pageSize });
      const hasMore =
        result.rows.length === query.pageSize &&
        (result.totalKind !== "exact" || query.page * query.pageSize < result.total);
      return paged(request, result.rows, {
        page: query.page,
        pageSize: query.pageSize,
        hasMore,
        total: result.total,
        totalKind: result.totalKind,
      });
    },
  }),
  defineRoute({
    method: "POST",
    path: "/systems",
    operationId: "createSystem",
    tag: "AI systems",
    scope: "systems:write",
    summary: "Add an AI system to the inventory",
    description:
      "Fields left out are empty. Unless isDraft is true, intendedPurpose, businessUnit, lifecycleStage, dataCategories and memberStates (or outputUsedInEu) are required, as in the app.",
    body: ZSystemCreateApi,
    bodyDoc: ZSystemCreateDoc,
    response: ZSystemApi,
    successStatus: 201,
    example: CREATE_EXAMPLE,
    handler: async ({ actor, body }) => {
      const { id } = await createSystem(actor, body);
      return created(await toApiSystem(actor, await getSystem(actor, id)), `/api/v1/systems/${id}`);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/systems/{id}",
    operationId: "getSystem",
    tag: "AI systems",
    scope: "read",
    summary: "Get one AI system with its intake, classification state, models and datasets",
    description:
      "The intake as the app's form holds it, the classification state (tier, possibleTier, disposition, roles, whether the run is stale) and legal's review, with the linked models and datasets. `version` is what PATCH needs.",
    params: ZIdParams,
    response: ZSystemApi,
    handler: async ({ actor, params }) => ok(await toApiSystem(actor, await getSystem(actor, params.id))),
  }),
  defineRoute({
    method: "PATCH",
    path: "/systems/{id}",
    operationId: "updateSystem",
    tag: "AI systems",
    scope: "systems:write",
    summary: "Change an AI system's intake",
    description:
      "Send `version` from your last read and only the fields to change. If someone changed the system since, the answer is 409 and nothing is saved. `models` and `datasets`, when sent, replace the whole list. The system after the change must still meet createSystem's rules: unless it is a draft, intendedPurpose, businessUnit, lifecycleStage, dataCategories and memberStates (or outputUsedInEu) stay filled, else 422 names the field.",
    params: ZIdParams,
    body: ZSystemPatchApi,
    bodyDoc: ZSystemPatchDoc,
    response: ZSystemApi,
    example: { version: 3, lifecycleStage: "IN_PRODUCTION" },
    handler: async ({ actor, params, body, rawBody }) => {
      const current = await getSystem(actor, params.id);
      if (body.version > current.version) throw futureVersion("system", body.version, current.version);
      const merged = {
        ...toFormValues(current),
        ...pickIntakeFields(rawBody as Record<string, unknown>),
        id: params.id,
        expectedVersion: body.version,
      };
      const parsed = ZSystemIntakeUpdate.safeParse(merged);
      if (!parsed.success)
        throw new AppError("VALIDATION", "Please correct the fields listed in `errors`.", {
          fieldErrors: fieldErrorsOf(parsed.error.issues),
        });
      await updateSystem(actor, parsed.data);
      return ok(await toApiSystem(actor, await getSystem(actor, params.id)));
    },
  }),
];
