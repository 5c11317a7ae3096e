import { getLegalRecordDocx } from "@/lib/dal/legal-records/docx";
import { DOCX_CONTENT_TYPE } from "@/lib/docx/document";
import { fileResponse, plainText } from "@/lib/http/download";
import { createRoute } from "@/lib/route";
import { ZLegalDocumentKind } from "@/lib/validations/legal-documents";

export const runtime = "nodejs";

// The Annex IV documentation, the FRIA or the Art 6(3) assessment as a Word file, for legal to edit and send with
// the sealed PDF. An unknown kind, or another organisation's system, is a 404.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download documentation.", params: ["id", "kind"] },
  async ({ actor, params }) => {
    const kind = ZLegalDocumentKind.safeParse(params.kind);
    if (!kind.success) return plainText(404, "There is no such document.");
    const file = await getLegalRecordDocx(actor, params.id, kind.data);
    return fileResponse({ fileName: file.fileName, bytes: file.bytes, contentType: DOCX_CONTENT_TYPE });
  },
);
