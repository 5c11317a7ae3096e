import { NextResponse } from "next/server";
import { addEvidenceFile } from "@/lib/dal/obligations/evidence";
import { AppError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { createRoute, jsonRefusal } from "@/lib/route";
import { ZEvidenceUploadFields } from "@/lib/validations/evidence";

export const runtime = "nodejs";

const TOO_LARGE = "The file is over the limit of 20 MB per file.";

// Same checks as the pages: the session names the actor, the DAL checks evidence.write and the organisation, and a
// system id from another organisation is a 404. Cross-site posts are refused even though cookies are SameSite.
export const POST = createRoute(
  {
    auth: "member",
    signIn: "Your session has ended. Sign in again in another tab, then upload again.",
    sameOrigin: "Uploads must come from this site.",
    upload: {
      field: "file",
      maxBytes: MAX_EVIDENCE_BYTES,
      tooLarge: TOO_LARGE,
      required: "Choose a file to upload.",
      unreadable: "The upload could not be read (it may have been cut off). Nothing was stored; please try again.",
    },
    params: ["id"],
    refuse: jsonRefusal,
  },
  async ({ actor, params, upload: { form, file } }) => {
    const fields = ZEvidenceUploadFields.safeParse({
      title: form.get("title") ?? undefined,
      obligationId: form.get("obligationId") ?? undefined,
      evidenceId: form.get("evidenceId") ?? undefined,
    });
    if (!fields.success)
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
        fieldErrors: { title: [fields.error.issues[0]?.message ?? "Invalid."] },
      });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const data = await addEvidenceFile(actor, { systemId: params.id, ...fields.data, fileName: file.name, bytes });
    return NextResponse.json({ ok: true, data });
  },
);
