import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import { BOM_LIMITS } from "@/lib/bom/limits";
import { importBom } from "@/lib/dal/bom/import";
import { authorize } from "@/lib/dal/core/authorize";
import { jsonRefusal, createRoute } from "@/lib/route";
import { ZBomImportOptions } from "@/lib/validations/bom";

export const runtime = "nodejs";

// POST multipart (bom: the file; systemId, apply): the page's check (a dry run) and its Apply. The answer is the diff
// as JSON, or { ok: false, error, fieldErrors } with the file's problems under "bom", shown next to the file input.
export const POST = createRoute(
  {
    auth: "member",
    signIn: "Your session has ended. Sign in again in another tab, then import again.",
    sameOrigin: "Imports must come from this site.",
    upload: {
      field: "bom",
      maxBytes: BOM_LIMITS.bytes,
      tooLarge: `The file is over the limit of ${BOM_LIMITS.bytes / (1024 * 1024)} MB.`,
      required: "Choose a CycloneDX or SPDX JSON file.",
    },
    refuse: jsonRefusal,
  },
  async ({ actor, upload, refuse }) => {
    // A role that may not import is refused before the file is read (the DAL checks again inside).
    await authorize(actor, "system.write");
    const options = ZBomImportOptions.safeParse({
      systemId: upload.form.get("systemId") ?? undefined,
      apply: upload.form.get("apply") ?? undefined,
    });
    if (!options.success)
      return refuse({ status: 422, message: options.error.issues[0]?.message ?? "The import could not be read." });
    const result = await importBom(actor, { text: await upload.file.text(), ...options.data });
    if (result.applied) revalidatePath("/systems");
    return NextResponse.json({ ok: true, result });
  },
);
