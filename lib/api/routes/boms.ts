import "server-only";
import { importBom } from "@/lib/dal/bom/import";
import { ZBomDocument, ZBomImportOptions, ZBomImportResultApi } from "@/lib/validations/bom";
import { defineRoute, ok } from "../types";

export const bomRoutes = [
  defineRoute({
    method: "POST",
    path: "/boms",
    operationId: "importBom",
    tag: "Models",
    scope: "systems:write",
    summary: "Import a CycloneDX ML-BOM: the AI system, its models (with versions) and datasets",
    description:
      "The body is the bill of materials itself. `metadata.component` (an application) is the AI system, matched by name in your organisation or created (or pass `systemId`); `machine-learning-model` components become models with a version holding the model card's fields, `data` components datasets, all linked to the system. A dry run by default: the answer lists what would be created, updated or left unchanged; `?apply=true` commits exactly that in one transaction. Imports only add: nothing stored is removed. A file that fails the official CycloneDX schema is refused with each error's JSON path in `errors.bom`.",
    query: ZBomImportOptions,
    body: ZBomDocument,
    response: ZBomImportResultApi,
    handler: async ({ actor, query, rawBody }) =>
      ok(await importBom(actor, { text: JSON.stringify(rawBody), systemId: query.systemId, apply: query.apply })),
  }),
];
