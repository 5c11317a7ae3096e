import "server-only";
import { createIncident, listIncidents } from "@/lib/dal/incidents/incidents";
import { ZIncidentApi, ZIncidentCreateApi, ZIncidentListApiQuery } from "@/lib/validations/api-incidents";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { created, defineRoute } from "../types";

export const incidentRoutes = [
  defineRoute({
    method: "GET",
    path: "/incidents",
    operationId: "listIncidents",
    tag: "Incidents",
    scope: "read",
    summary: "List incidents, newest first",
    description:
      "Filter by `status`, `systemId`, or `clock=running` for incidents whose Art 73 reporting clock is running.",
    // Paged like every other list (the app's own page shows 50 at a time; the API keeps one rule for all lists).
    query: ZIncidentListApiQuery.extend(ZPageQuery.shape),
    response: pageEnvelope(ZIncidentApi),
    paginated: true,
    handler: async ({ actor, query, request }) => {
      const { items, total } = await listIncidents(actor, query);
      return paged(request, items, {
        page: query.page,
        pageSize: query.pageSize,
        total,
        hasMore: query.page * query.pageSize < total,
      });
    },
  }),
  defineRoute({
    method: "POST",
    path: "/incidents",
    operationId: "createIncident",
    tag: "Incidents",
    scope: "systems:write",
    summary: "Record an incident",
    description:
      "status OPEN (the default) starts the Art 73 clock and needs `harm` and `awareAt`; DRAFT records what is known so far.",
    body: ZIncidentCreateApi,
    response: ZIncidentApi,
    successStatus: 201,
    example: {
      systemId: "cm4system0000example000001",
      title: "Wrongful credit refusals after model update",
      status: "OPEN",
      harm: "FUNDAMENTAL_RIGHTS",
      awareAt: "2026-11-22T14:00:00Z",
    },
    handler: async ({ actor, body }) => created(await createIncident(actor, body), undefined),
  }),
];
