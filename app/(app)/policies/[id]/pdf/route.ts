import { policyPdf } from "@/lib/dal/policies/pdf";
import { fileResponse, plainText } from "@/lib/http/download";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// GET /policies/<id>/pdf[?version=<n>]: the version in force (or an earlier published one) as a signed PDF.
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download this policy.", params: ["id"] },
  async ({ actor, params, request }) => {
    const raw = request.nextUrl.searchParams.get("version");
    const number = raw === null ? undefined : Number(raw);
    if (number !== undefined && !(Number.isInteger(number) && number >= 1 && number <= 100_000))
      return plainText(400, "Give the version as a whole number, e.g. ?version=2.");
    const file = await policyPdf(actor, params.id, number);
    return fileResponse({ fileName: file.fileName, bytes: file.pdf, contentType: "application/pdf" });
  },
);
