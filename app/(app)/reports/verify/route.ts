import { NextResponse } from "next/server";
import { verifyDossier } from "@/lib/dal/dossiers/verification";
import { createRoute, jsonRefusal } from "@/lib/route";
import { MAX_VERIFY_BYTES } from "@/lib/validations/dossier";

export const runtime = "nodejs";

// POST a PDF as multipart field "file"; the answer is JSON: { ok: true, data: VerifyResult }. Nothing is stored.
// Every refusal is about the one file, so it is always shown under the file input.
export const POST = createRoute(
  {
    auth: "member",
    signIn: "Your session has ended. Sign in again, then verify the file.",
    sameOrigin: "Verification requests must come from this site.",
    upload: {
      field: "file",
      maxBytes: MAX_VERIFY_BYTES,
      tooLarge: "This file is larger than any Actlas dossier, so it cannot be one.",
      required: "Choose the PDF file you want to check.",
      unreadable: "The upload could not be read (it may have been cut off). Please try again.",
    },
    refuse: ({ status, message }) => jsonRefusal({ status, message, field: "file" }),
  },
  async ({ actor, upload: { file } }) => {
    const data = await verifyDossier(actor, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ ok: true, data: { ...data, fileName: file.name } });
  },
);
