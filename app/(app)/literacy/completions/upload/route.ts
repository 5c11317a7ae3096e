import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import { recordCompletion } from "@/lib/dal/literacy/completions";
import { AppError } from "@/lib/errors";
import { COMPLETION_UPLOAD } from "@/lib/literacy/upload";
import { createRoute, jsonRefusal } from "@/lib/route";
import { ZRecordCompletion } from "@/lib/validations/literacy";

export const runtime = "nodejs";

// A training recorded together with its certificate, as multipart/form-data (server actions cap bodies at 1 MB).
// The same checks as the form's action: the data layer checks system.write and that the person and the item are
// the organisation's; the file is checked like an obligation's evidence before anything is stored.
export const POST = createRoute({ ...COMPLETION_UPLOAD, refuse: jsonRefusal }, async ({ actor, upload }) => {
  const text = (name: string) => {
    const v = upload.form.get(name);
    return typeof v === "string" ? v : "";
  };
  const fields = ZRecordCompletion.safeParse({
    personId: text("personId"),
    itemId: text("itemId"),
    completedOn: text("completedOn"),
    expiresOn: text("expiresOn"),
    evidenceNote: text("evidenceNote"),
    evidenceUrl: text("evidenceUrl"),
  });
  if (!fields.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of fields.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors });
  }
  const bytes = new Uint8Array(await upload.file.arrayBuffer());
  const data = await recordCompletion(actor, fields.data, { fileName: upload.file.name, bytes });
  revalidatePath("/literacy");
  return NextResponse.json({ ok: true, data });
});
