import "server-only";
import { toSchema, type JsonSchema } from "./json-schema";
import { API_BASE_PATH, parametersOf } from "./openapi";
import { API_ROUTES } from "./routes";
import type { ApiRoute } from "./types";

// What the /developers/api page shows for each operation, derived from the same registry as the OpenAPI document.
export type OperationDoc = {
  anchor: string;
  method: ApiRoute["method"];
  path: string;
  summary: string;
  description?: string;
  scope: ApiRoute["scope"];
  tag: string;
  parameters: { name: string; in: string; required: boolean; type: string; description?: string }[];
  requestTypes: string[];
  requestSchema?: string;
  responseStatus: number;
  responseSchema: string;
  paginated: boolean;
  curl: string;
};

function typeLabel(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map(String).join(" | ");
  if (typeof schema.type === "string") return schema.type;
  return "string";
}

function curlOf(route: ApiRoute): string {
  const path = route.path.replace(/\{(\w+)\}/g, "<$1>");
  const lines = [`curl -sS -X ${route.method} "$ACTLAS_URL${API_BASE_PATH}${path}"`];
  if (route.scope !== "public") lines.push(`  -H "Authorization: Bearer $ACTLAS_TOKEN"`);
  if (route.multipart && !route.example) lines.push(`  -F "file=@model-card.pdf"`);
  else if (route.body || route.bodyDoc) {
    lines.push(`  -H "Content-Type: application/json"`);
    if (route.method === "POST") lines.push(`  -H "Idempotency-Key: $(uuidgen)"`);
    lines.push(`  -d '${JSON.stringify(route.example ?? {})}'`);
  }
  return lines.join(" \\\n");
}

function toDoc(route: ApiRoute): OperationDoc {
  const body = route.bodyDoc ?? route.body;
  const requestTypes = [body && "application/json", route.multipart && "multipart/form-data"].filter(
    (t): t is string => !!t,
  );
  const requestSchemas = [
    body && toSchema(body, "input"),
    route.multipart && toSchema(route.multipart, "input"),
  ].filter(Boolean);
  return {
    anchor: `op-${route.operationId}`,
    method: route.method,
    path: route.path,
    summary: route.summary,
    description: route.description,
    scope: route.scope,
    tag: route.tag,
    parameters: parametersOf(route).map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      type: typeLabel(p.schema),
      description: p.description,
    })),
    requestTypes,
    requestSchema: requestSchemas.length
      ? JSON.stringify(requestSchemas.length === 1 ? requestSchemas[0] : requestSchemas, null, 2)
      : undefined,
    responseStatus: route.successStatus ?? 200,
    responseSchema: JSON.stringify(toSchema(route.response, "output"), null, 2),
    paginated: !!route.paginated,
    curl: curlOf(route),
  };
}

export function operationDocsByTag(): { tag: string; operations: OperationDoc[] }[] {
  const groups = new Map<string, OperationDoc[]>();
  for (const route of API_ROUTES) groups.set(route.tag, [...(groups.get(route.tag) ?? []), toDoc(route)]);
  return [...groups].map(([tag, operations]) => ({ tag, operations }));
}
