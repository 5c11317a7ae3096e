import "server-only";
import { authorize } from "@/lib/dal/core/authorize";
import { storeClassificationRun } from "@/lib/dal/classification/classification";
import { AppError } from "@/lib/errors";
import { classify } from "@/lib/rules";
import { ZIdParams } from "@/lib/validations/api-common";
import {
  ZClassificationResultApi,
  ZClassifyApi,
  ZStoredRunApi,
  ZStoreRunApi,
} from "@/lib/validations/api-classification";
import { toApiResult } from "../classification-result";
import { created, defineRoute, ok } from "../types";

const EXAMPLE_PROFILE = {
  artefactType: "ai_system",
  infersOutputs: true,
  establishedInEu: true,
  activities: ["develops"],
};

export const classificationRoutes = [
  defineRoute({
    method: "POST",
    path: "/classify",
    operationId: "classifyProfile",
    tag: "Classification",
    scope: "read",
    summary: "Classify a profile without storing anything",
    description:
      "Runs the rules engine on the answers and returns its result; nothing is saved. Useful to check a change before making it.",
    body: ZClassifyApi,
    response: ZClassificationResultApi,
    example: { profile: EXAMPLE_PROFILE },
    handler: async ({ actor, body }) => {
      await authorize(actor, "system.read");
      try {
        return ok(toApiResult(classify(body.profile, { asOf: body.asOf })));
      } catch (error) {
        if (error instanceof RangeError)
          throw new AppError("VALIDATION", error.message, { fieldErrors: { asOf: [error.message] } });
        throw error;
      }
    },
  }),
  defineRoute({
    method: "POST",
    path: "/systems/{id}/classifications",
    operationId: "storeClassification",
    tag: "Classification",
    scope: "systems:write",
    summary: "Classify an AI system and store the run",
    description:
      "Stores a classification run as of today, updates the system's tier, roles and obligations (finished work carries over; duties that no longer apply are marked obsolete).",
    params: ZIdParams,
    body: ZStoreRunApi,
    response: ZStoredRunApi,
    successStatus: 201,
    example: { answers: EXAMPLE_PROFILE },
    handler: async ({ actor, params, body }) => {
      const run = await storeClassificationRun(actor, { systemId: params.id, answers: body.answers });
      return created({ ...run, result: toApiResult(run.result) });
    },
  }),
];
