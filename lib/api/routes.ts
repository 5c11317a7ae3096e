import "server-only";
import { z } from "zod";
import { buildOpenApi } from "./openapi";
import { bomRoutes } from "./routes/boms";
import { classificationRoutes } from "./routes/classification";
import { evidenceRoutes } from "./routes/evidence";
import { gateRoutes } from "./routes/gate";
import { incidentRoutes } from "./routes/incidents";
import { literacyRoutes } from "./routes/literacy";
import { modelRoutes } from "./routes/models";
import { policyRoutes } from "./routes/policies";
import { monitoringRoutes } from "./routes/monitoring";
import { obligationRoutes } from "./routes/obligations";
import { reviewRequestRoutes } from "./routes/review-requests";
import { riskRoutes } from "./routes/risks";
import { runAndTaskRoutes } from "./routes/runs-tasks";
import { standardsRoutes } from "./routes/standards";
import { systemRoutes } from "./routes/systems";
import { defineRoute, ok, type ApiRoute, type HttpMethod } from "./types";

const openApiRoute = defineRoute({
  method: "GET",
  path: "/openapi.json",
  operationId: "getOpenApi",
  tag: "Meta",
  scope: "public",
  summary: "This API's OpenAPI 3.1 document (no token needed)",
  description:
    "This document: OpenAPI 3.1, generated from the same schemas the server validates with. No token needed.",
  response: z.looseObject({ openapi: z.literal("3.1.0") }),
  handler: async () => ok(openApiDocument()),
});

// Every /api/v1 operation, in the order the docs page lists them. The route files under app/api/v1 look their
// operation up here; the OpenAPI document, the docs page and the security fuzz tests read the same list.
export const API_ROUTES: ApiRoute[] = [
  ...systemRoutes,
  ...classificationRoutes,
  ...reviewRequestRoutes,
  ...obligationRoutes,
  ...evidenceRoutes,
  ...riskRoutes,
  ...literacyRoutes,
  ...standardsRoutes,
  ...policyRoutes,
  ...modelRoutes,
  ...bomRoutes,
  ...monitoringRoutes,
  ...runAndTaskRoutes,
  ...incidentRoutes,
  ...gateRoutes,
  openApiRoute,
];

export function findRoute(method: HttpMethod, path: string): ApiRoute {
  const route = API_ROUTES.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`No API route registered for ${method} ${path}`);
  return route;
}

// Built once per server process: the registry does not change at run time.
let document: ReturnType<typeof buildOpenApi> | undefined;
export function openApiDocument() {
  document ??= buildOpenApi(API_ROUTES);
  return document;
}
