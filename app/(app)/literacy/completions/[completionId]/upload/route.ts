import { revalidatePath } from "next/cache";
import { NextResponse } from "next/server";
import { attachCompletionFile } from "@/lib/dal/literacy/completion-file";
import { COMPLETION_UPLOAD } from "@/lib/literacy/upload";
import { createRoute, jsonRefusal } from "@/lib/route";

export const runtime = "nodejs";

// A certificate added to (or replacing the one of) a training already recorded, from the person's page. Another
// organisation's record is a 404 from the data layer.
export const POST = createRoute(
  { ...COMPLETION_UPLOAD, params: ["completionId"], refuse: jsonRefusal },
  async ({ actor, params, upload }) => {
    const bytes = new Uint8Array(await upload.file.arrayBuffer());
    const data = await attachCompletionFile(actor, params.completionId, { fileName: upload.file.name, bytes });
    revalidatePath("/literacy");
    return NextResponse.json({ ok: true, data });
  },
);
