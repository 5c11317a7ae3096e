import "server-only";
import { getReviewRequest, listReviewRequestsPage, requestReview } from "@/lib/dal/classification/review-requests";
import { ZIdParams } from "@/lib/validations/api-common";
import {
  ZReviewRequestApi,
  ZReviewRequestCreateApi,
  ZReviewRequestQueueQuery,
} from "@/lib/validations/api-review-requests";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { created, defineRoute } from "../types";

// Asking is open to pipelines; deciding is not: a lawyer's answer, send-back, confirm or override is signed by a
// person in the app, so the API only asks and reads.
const DECISIONS_IN_APP =
  "Legal answers, sends back, confirms or overrides in the app (system page → Classification, or Reviews), where each step is signed by the lawyer who takes it; the API does not take those steps.";

const pageOf = (
  request: Request,
  query: { page: number; pageSize: number },
  result: { items: unknown[]; total: number },
) =>
  paged(request, result.items, { ...query, total: result.total, hasMore: query.page * query.pageSize < result.total });

export const reviewRequestRoutes = [
  defineRoute({
    method: "GET",
    path: "/systems/{id}/review-requests",
    operationId: "listSystemReviewRequests",
    tag: "Legal review",
    scope: "read",
    summary: "List an AI system's requests for legal review, newest first",
    description: `Every request about any of the system's classification runs, with legal's reply. ${DECISIONS_IN_APP}`,
    params: ZIdParams,
    query: ZPageQuery,
    response: pageEnvelope(ZReviewRequestApi),
    paginated: true,
    handler: async ({ actor, params, query, request }) =>
      pageOf(request, query, await listReviewRequestsPage(actor, { systemId: params.id, ...query })),
  }),
  defineRoute({
    method: "POST",
    path: "/systems/{id}/review-requests",
    operationId: "requestReview",
    tag: "Legal review",
    scope: "systems:write",
    summary: "Ask legal to review the system's current classification",
    description: `The question is about the system's current run (classify it first). Every lawyer and administrator of the organisation is notified in the app and, as each chooses, by e-mail; the request is recorded in the name of the token's creator. ${DECISIONS_IN_APP}`,
    params: ZIdParams,
    body: ZReviewRequestCreateApi,
    response: ZReviewRequestApi,
    successStatus: 201,
    example: { question: "Does the ranking decide who is invited to an interview, or only sort the list?" },
    handler: async ({ actor, params, body }) => {
      const { requestId } = await requestReview(actor, { systemId: params.id, question: body.question });
      return created(await getReviewRequest(actor, requestId));
    },
  }),
  defineRoute({
    method: "GET",
    path: "/review-requests",
    operationId: "listReviewRequests",
    tag: "Legal review",
    scope: "read",
    summary: "List the organisation's requests for legal review, newest first",
    description: `Legal's queue is \`?status=OPEN\`. ${DECISIONS_IN_APP}`,
    query: ZReviewRequestQueueQuery.extend(ZPageQuery.shape),
    response: pageEnvelope(ZReviewRequestApi),
    paginated: true,
    handler: async ({ actor, query, request }) => pageOf(request, query, await listReviewRequestsPage(actor, query)),
  }),
];
