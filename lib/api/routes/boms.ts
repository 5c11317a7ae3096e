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
    summary: "Import a CycloneDX ML-BOM or an SPDX 3.0 AI/Dataset document: the AI system, its models and datasets",
    description:
      "The body is the bill of materials itself, in either format (told from the file: `bomFormat` for CycloneDX 1.5/1.6, the SPDX 3.0.1 JSON-LD `@context` for SPDX). CycloneDX: `metadata.component` (an application) is the AI system, `machine-learning-model` components become models with a version holding the model card's fields, `data` components datasets. SPDX: the `SpdxDocument`'s root `software_Package` is the AI system, each `ai_AIPackage` a model (`software_packageVersion` its version, the AI profile's fields its tags, numeric `ai_metric` entries its metrics, its `trainedOn`/`testedOn` datasets its dataset references), each `dataset_DatasetPackage` a dataset. The system is matched by name in your organisation or created (or pass `systemId`), and everything is linked to it. A dry run by default: the answer lists what would be created, updated or left unchanged; `?apply=true` commits exactly that in one transaction. Imports only add: nothing stored is removed. A file that fails its format's official JSON schema is refused with each error's JSON path in `errors.bom`.",
    query: ZBomImportOptions,
    body: ZBomDocument,
    response: ZBomImportResultApi,
    handler: async ({ actor, query, rawBody }) =>
      ok(await importBom(actor, { text: JSON.stringify(rawBody), systemId: query.systemId, apply: query.apply })),
  }),
];
