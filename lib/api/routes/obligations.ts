import "server-only";
import { listOrganisationObligations } from "@/lib/dal/obligations/obligation-list";
import {
  listSystemObligations,
  NOT_FOUND_MESSAGE,
  updateObligation,
  type ObligationDTO,
} from "@/lib/dal/obligations/obligations";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/dates";
import { ZIdParams } from "@/lib/validations/api-common";
import {
  OBLIGATION_PATCH_FIELDS,
  ZObligationApi,
  ZObligationListApiQuery,
  ZObligationParams,
  ZObligationPatchApi,
  ZObligationRowApi,
} from "@/lib/validations/api-obligations";
import { ZUpdateObligation } from "@/lib/validations/obligation";
import { parseObligationListParams } from "@/lib/validations/obligation-list";
import { z } from "zod";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { fieldErrorsOf, futureVersion } from "../problem";
import { defineRoute, ok } from "../types";

function toApiObligation(o: ObligationDTO) {
  const { owner, comments, _count, ...rest } = o;
  void owner;
  void comments;
  return { ...rest, appliesFrom: isoDay(o.appliesFrom), dueDate: isoDay(o.dueDate), evidenceCount: _count.evidence };
}

export const obligationRoutes = [
  defineRoute({
    method: "GET",
    path: "/obligations",
    operationId: "listObligations",
    tag: "Obligations",
    scope: "read",
    summary: "List obligations across AI systems",
    description:
      "The same filters as the app's Obligations page; without `status` only open work is listed. `total` stops counting at 10,000.",
    query: ZObligationListApiQuery.extend(ZPageQuery.shape),
    response: pageEnvelope(ZObligationRowApi),
    paginated: true,
    handler: async ({ actor, query, request }) => {
      const filters = parseObligationListParams(Object.fromEntries(new URL(request.url).searchParams));
      const result = await listOrganisationObligations(actor, { ...filters, page: query.page }, query.pageSize);
      const rows = result.rows.map((r) => ({ ...r, appliesFrom: isoDay(r.appliesFrom), dueDate: isoDay(r.dueDate) }));
      return paged(request, rows, {
        ...query,
        hasMore: result.hasMore,
        total: result.total,
        totalKind: result.totalCapped ? "atLeast" : "exact",
      });
    },
  }),
  defineRoute({
    method: "GET",
    path: "/systems/{id}/obligations",
    operationId: "listSystemObligations",
    tag: "Obligations",
    scope: "read",
    summary: "List one AI system's obligations, with the version each update needs",
    description:
      "Every duty the system's classification gives it, with its status, owner, due date and `version`; a duty a later reclassification no longer gives carries `obsoleteAt` and cannot change.",
    params: ZIdParams,
    response: z.object({ data: z.array(ZObligationApi) }),
    handler: async ({ actor, params }) =>
      ok({ data: (await listSystemObligations(actor, params.id)).map(toApiObligation) }),
  }),
  defineRoute({
    method: "PATCH",
    path: "/systems/{id}/obligations/{obligationId}",
    operationId: "updateObligation",
    tag: "Obligations",
    scope: "evidence:write",
    summary: "Change an obligation's status, owner or due date",
    description:
      "Send `version` from your last read; fields left out keep their value. A stale version is 409; obsolete obligations cannot change (409).",
    params: ZObligationParams,
    body: ZObligationPatchApi,
    response: ZObligationApi,
    example: { version: 1, status: "DONE" },
    handler: async ({ actor, params, body, rawBody }) => {
      const current = (await listSystemObligations(actor, params.id)).find((o) => o.id === params.obligationId);
      if (!current) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
      if (body.version > current.version) throw futureVersion("obligation", body.version, current.version);
      // The stored values as the form holds them, then the fields sent as they were sent ("" clears), checked as one.
      const sent = rawBody as Record<string, unknown>;
      const parsed = ZUpdateObligation.safeParse({
        obligationId: current.id,
        version: body.version,
        status: current.status,
        ownerId: current.ownerId ?? "",
        dueDate: isoDay(current.dueDate) ?? "",
        notApplicableReason: current.notApplicableReason,
        ...Object.fromEntries(OBLIGATION_PATCH_FIELDS.filter((k) => k in sent).map((k) => [k, sent[k]])),
      });
      if (!parsed.success)
        throw new AppError("VALIDATION", "Please correct the fields listed in `errors`.", {
          fieldErrors: fieldErrorsOf(parsed.error.issues),
        });
      await updateObligation(actor, parsed.data);
      const updated = (await listSystemObligations(actor, params.id)).find((o) => o.id === current.id)!;
      return ok(toApiObligation(updated));
    },
  }),
];
