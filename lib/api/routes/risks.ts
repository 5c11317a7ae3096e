import "server-only";
import { z } from "zod";
import type { TokenActor } from "@/lib/access/actor";
import { acceptRisk } from "@/lib/dal/risks/accept";
import { linkRiskObligation, unlinkRiskObligation } from "@/lib/dal/risks/links";
import { getRisk, listRisksPage } from "@/lib/dal/risks/risk-page";
import { createRisk, updateRisk } from "@/lib/dal/risks/risks";
import { AppError } from "@/lib/errors";
import { ZIdParams } from "@/lib/validations/api-common";
import { ZCreateRisk, ZUpdateRisk } from "@/lib/validations/risks";
import {
  ZRiskApi,
  ZRiskCreateApi,
  ZRiskLinkParams,
  ZRiskListQuery,
  ZRiskParams,
  ZRiskPatchApi,
} from "@/lib/validations/risks-api";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { fieldErrorsOf, futureVersion } from "../problem";
import { created, defineRoute, ok } from "../types";
import { acceptanceIsNew, assertAcceptableByToken, formInputOf, toApiRisk } from "../risk-input";

const TAG = "Risk register";
const ACCEPT_NOTE =
  "`treatment: ACCEPT` is taken only while the current rating (residual where set) is low or medium; a high or critical residual risk is accepted in the app by a person whose role allows it, with a written justification (403 here).";

function parsedOrProblem<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  throw new AppError("VALIDATION", "Please correct the fields listed in `errors`.", {
    fieldErrors: fieldErrorsOf(result.error.issues),
  });
}

// Saved through the same data-layer functions as the app's form; an acceptance is the app's own accept step, after
// the save, so it is audited as one (with the token as actor) and keeps its rule for high risks.
async function acceptAfterSave(actor: TokenActor, riskId: string, version: number, justification?: string) {
  await acceptRisk(actor, { riskId, version, justification: justification?.trim() ?? "" });
}

export const riskRoutes = [
  defineRoute({
    method: "GET",
    path: "/systems/{id}/risks",
    operationId: "listSystemRisks",
    tag: TAG,
    scope: "read",
    summary: "List an AI system's risk register (Art 9), oldest first",
    description: "Filter by `status` and by `band` of the current rating. Each risk carries the version a PATCH needs.",
    params: ZIdParams,
    query: ZRiskListQuery.extend(ZPageQuery.shape),
    response: pageEnvelope(ZRiskApi),
    paginated: true,
    handler: async ({ actor, params, query, request }) => {
      const { items, total } = await listRisksPage(actor, params.id, query);
      const hasMore = query.page * query.pageSize < total;
      return paged(request, items.map(toApiRisk), { ...query, total, hasMore });
    },
  }),
  defineRoute({
    method: "POST",
    path: "/systems/{id}/risks",
    operationId: "createRisk",
    tag: TAG,
    scope: "systems:write",
    summary: "Record a risk of an AI system",
    description: `Likelihood and impact from 1 to 5; the score is their product. ${ACCEPT_NOTE}`,
    params: ZIdParams,
    body: ZRiskCreateApi,
    response: ZRiskApi,
    successStatus: 201,
    example: { title: "Unequal error rates across age groups", likelihood: 3, impact: 4, source: "MONITORING" },
    handler: async ({ actor, params, body }) => {
      const input = parsedOrProblem(ZCreateRisk.safeParse({ ...formInputOf(body), systemId: params.id }));
      const accept = body.treatment === "ACCEPT";
      if (accept) assertAcceptableByToken(input);
      const { id } = await createRisk(actor, input);
      if (accept) await acceptAfterSave(actor, id, 1, body.acceptanceJustification);
      return created(toApiRisk(await getRisk(actor, id)), `/api/v1/risks/${id}`);
    },
  }),
  defineRoute({
    method: "GET",
    path: "/risks/{riskId}",
    operationId: "getRisk",
    tag: TAG,
    scope: "read",
    summary: "Read one risk, with the version a PATCH needs",
    description:
      "One entry of the risk register with its inherent and residual scores, treatment, owner, next review date and the obligations it is linked to.",
    params: ZRiskParams,
    response: ZRiskApi,
    handler: async ({ actor, params }) => ok(toApiRisk(await getRisk(actor, params.riskId))),
  }),
  defineRoute({
    method: "PATCH",
    path: "/risks/{riskId}",
    operationId: "updateRisk",
    tag: TAG,
    scope: "systems:write",
    summary: "Change a risk's rating, treatment, owner, review date or status",
    description: `Send \`version\` from your last read and only the fields to change. If someone changed the risk since, the answer is 409 naming who, and nothing is saved. A changed residual rating or treatment ends an earlier acceptance. ${ACCEPT_NOTE}`,
    params: ZRiskParams,
    body: ZRiskPatchApi,
    response: ZRiskApi,
    example: { version: 2, residualLikelihood: 2, residualImpact: 3, treatment: "MITIGATE", status: "TREATED" },
    handler: async ({ actor, params, body }) => {
      const current = await getRisk(actor, params.riskId);
      if (body.version > current.version) throw futureVersion("risk", body.version, current.version);
      const merged = formInputOf(body, current);
      const input = parsedOrProblem(ZUpdateRisk.safeParse({ ...merged, riskId: current.id, version: body.version }));
      // Left out, an acceptance stays while the rating does (as in the app); sent, ACCEPT asks for a new decision
      // only when the stored one no longer covers the rating.
      const newAcceptance = body.treatment === "ACCEPT" && acceptanceIsNew(current, input);
      if (newAcceptance) assertAcceptableByToken(input);
      const { version } = await updateRisk(actor, input);
      if (newAcceptance) await acceptAfterSave(actor, current.id, version, body.acceptanceJustification);
      return ok(toApiRisk(await getRisk(actor, current.id)));
    },
  }),
  defineRoute({
    method: "PUT",
    path: "/risks/{riskId}/obligations/{obligationId}",
    operationId: "linkRiskObligation",
    tag: TAG,
    scope: "systems:write",
    summary: "Link a risk to an obligation of the same AI system that carries its mitigation",
    description: "Linking twice is the same as once. The obligation must belong to the risk's own system (else 404).",
    params: ZRiskLinkParams,
    response: ZRiskApi,
    handler: async ({ actor, params }) => {
      await linkRiskObligation(actor, params);
      return ok(toApiRisk(await getRisk(actor, params.riskId)));
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/risks/{riskId}/obligations/{obligationId}",
    operationId: "unlinkRiskObligation",
    tag: TAG,
    scope: "systems:write",
    summary: "Remove the link between a risk and an obligation",
    description: "404 when the risk is not linked to that obligation.",
    params: ZRiskLinkParams,
    response: ZRiskApi,
    handler: async ({ actor, params }) => {
      const current = await getRisk(actor, params.riskId);
      if (!current.obligations.some((o) => o.id === params.obligationId))
        throw new AppError("NOT_FOUND", "This risk is not linked to that obligation.");
      await unlinkRiskObligation(actor, params);
      return ok(toApiRisk(await getRisk(actor, params.riskId)));
    },
  }),
];
