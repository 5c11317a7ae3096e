import "server-only";
import { z } from "zod";
import { addEvidenceFile, addEvidenceLink, listSystemEvidence } from "@/lib/dal/obligations/evidence";
import { AppError } from "@/lib/errors";
import { ZIdParams } from "@/lib/validations/api-common";
import { ZEvidenceAddedApi, ZEvidenceApi, ZEvidenceLinkApi, ZEvidenceUploadApi } from "@/lib/validations/api-evidence";
import { created, defineRoute, ok } from "../types";

export const evidenceRoutes = [
  defineRoute({
    method: "GET",
    path: "/systems/{id}/evidence",
    operationId: "listEvidence",
    tag: "Evidence",
    scope: "read",
    summary: "List an AI system's evidence with file versions and their SHA-256",
    description:
      "Files and links attached to the system or to one of its obligations; each file with its versions, size and SHA-256.",
    params: ZIdParams,
    response: z.object({ data: z.array(ZEvidenceApi) }),
    handler: async ({ actor, params }) => {
      const rows = await listSystemEvidence(actor, params.id);
      const data = rows.map(({ obligation, versions, ...item }) => {
        void obligation;
        return { ...item, versions: versions.map(({ uploadedBy, ...version }) => (void uploadedBy, version)) };
      });
      return ok({ data });
    },
  }),
  defineRoute({
    method: "POST",
    path: "/systems/{id}/evidence",
    operationId: "addEvidence",
    tag: "Evidence",
    scope: "evidence:write",
    summary: "Upload an evidence file (multipart) or add a link (JSON)",
    description:
      "multipart/form-data with `file` (up to 20 MB, checked by content) and optional `title`, `obligationId`, or `evidenceId` to add a new version of an existing file; or application/json with `title`, `url` and optional `obligationId`.",
    params: ZIdParams,
    body: ZEvidenceLinkApi,
    multipart: ZEvidenceUploadApi,
    response: ZEvidenceAddedApi,
    successStatus: 201,
    example: { title: "Bias evaluation 2026-Q4", url: "https://mlflow.example/runs/42", obligationId: "" },
    handler: async ({ actor, params, body, form }) => {
      if (form) {
        const bytes = new Uint8Array(await form.file.arrayBuffer());
        const { file, ...fields } = form;
        return created(await addEvidenceFile(actor, { systemId: params.id, ...fields, fileName: file.name, bytes }));
      }
      if (!body) throw new AppError("VALIDATION", "Send a file or a link.");
      return created(await addEvidenceLink(actor, { systemId: params.id, ...body }));
    },
  }),
];
