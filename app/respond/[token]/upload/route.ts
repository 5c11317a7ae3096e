import { NextResponse } from "next/server";
import { uploadVendorFile } from "@/lib/dal/vendors/portal";
import { AppError } from "@/lib/errors";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { clientAddress } from "@/lib/net/client-address";
import { createRoute, jsonRefusal } from "@/lib/route";
import { ZRespondUploadFields } from "@/lib/validations/vendors";

export const runtime = "nodejs";

// The vendor's upload for one item of its request. No session: the token in the path is the credential, checked
// (with the rate limits and the audit) by the data layer; the file gets the same size limit and content checks as
// any evidence upload. Cross-site posts are refused.
export const POST = createRoute(
  {
    auth: "public",
    sameOrigin: "Uploads must come from this site.",
    upload: {
      field: "file",
      maxBytes: MAX_EVIDENCE_BYTES,
      tooLarge: "The file is over the limit of 20 MB per file.",
      required: "Choose a file to upload.",
      unreadable: "The upload could not be read (it may have been cut off). Nothing was stored; please try again.",
    },
    params: ["token"],
    refuse: jsonRefusal,
  },
  async ({ request, params, upload: { form, file } }) => {
    const fields = ZRespondUploadFields.safeParse({ itemId: form.get("itemId") ?? undefined });
    if (!fields.success) throw new AppError("VALIDATION", "Choose the item this document answers.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const data = await uploadVendorFile(
      { token: params.token, itemId: fields.data.itemId, fileName: file.name, bytes },
      clientAddress(request.headers),
    );
    return NextResponse.json({ ok: true, data });
  },
);
