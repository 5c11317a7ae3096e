import "server-only";
import { recordCompletionByEmail } from "@/lib/dal/literacy/completions";
import { coverageBySystem } from "@/lib/dal/literacy/coverage";
import { AppError } from "@/lib/errors";
import {
  ZCompletionApi,
  ZCompletionCreateApi,
  ZCompletionCreateDoc,
  ZCompletionUploadApi,
  ZSystemCoverageApi,
} from "@/lib/validations/literacy-api";
import { paged, pageEnvelope, ZPageQuery } from "../pagination";
import { created, defineRoute } from "../types";

// The Art 4 register over the API: coverage for dashboards, and completions pushed by a learning-management system
// through the same data layer as the /literacy page (one definition of "trained": lib/literacy/coverage.ts).
export const literacyRoutes = [
  defineRoute({
    method: "GET",
    path: "/literacy/coverage",
    operationId: "listLiteracyCoverage",
    tag: "AI literacy",
    scope: "read",
    summary: "AI-literacy coverage per AI system, least covered first",
    description:
      "Each AI system someone operates or oversees, with how many of those people hold a current training (not expired, the expiry day included) of a learning item meant for the system or for every system.",
    query: ZPageQuery,
    response: pageEnvelope(ZSystemCoverageApi),
    paginated: true,
    handler: async ({ actor, query, request }) => {
      const r = await coverageBySystem(actor, undefined, {
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const items = r.systems.map((s) => ({
        systemId: s.systemId,
        systemName: s.name,
        trained: s.trained,
        total: s.total,
        percent: Math.round((100 * s.trained) / s.total),
      }));
      return paged(request, items, { ...query, total: r.assigned, hasMore: query.page * query.pageSize < r.assigned });
    },
  }),
  defineRoute({
    method: "POST",
    path: "/literacy/completions",
    operationId: "recordLiteracyCompletion",
    tag: "AI literacy",
    scope: "systems:write",
    summary: "Record that a person completed a learning item",
    description:
      "For a learning-management system: the person by e-mail (add them to the register first, in the app or by CSV import), the learning item by id. The expiry follows the item's refresher cycle unless given. An unknown e-mail or item is 404. As application/json, or as multipart/form-data with the same fields and the certificate in a part named `file` (up to 20 MB, checked by its content like an evidence upload).",
    body: ZCompletionCreateApi,
    bodyDoc: ZCompletionCreateDoc,
    multipart: ZCompletionUploadApi,
    response: ZCompletionApi,
    successStatus: 201,
    example: {
      email: "ann@example.com",
      itemId: "clx…",
      completedOn: "2026-11-30",
      evidenceUrl: "https://lms.example/c/1",
    },
    handler: async ({ actor, body, form }) => {
      const input = form ?? (body && { ...body, file: null });
      if (!input) throw new AppError("VALIDATION", "Send the completion as JSON or as multipart/form-data.");
      const { file, ...fields } = input;
      const upload = file && { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      const r = await recordCompletionByEmail(actor, fields, upload ?? undefined);
      return created({
        id: r.id,
        personId: r.personId,
        itemId: fields.itemId,
        completedOn: fields.completedOn,
        expiresOn: r.expiresOn,
      });
    },
  }),
];
