import { getDossierPdf } from "@/lib/dal/dossiers/dossiers";
import { getDossierPdfIn } from "@/lib/dal/dossiers/rendition";
import { fileResponse } from "@/lib/http/download";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { createRoute } from "@/lib/route";

export const runtime = "nodejs";

// The sealed bytes exactly as stored: the file a user downloads must verify byte for byte. Another organisation's
// dossier, or one of another system, is a 404 like any foreign id. `?lang=de` asks for the same sealed snapshot
// rendered in another language (a signed copy; in the sealed language it is the sealed file itself).
export const GET = createRoute(
  { auth: "member", signIn: "Sign in to download dossiers.", params: ["id", "dossierId"] },
  async ({ actor, params, request, refuse }) => {
    const lang = new URL(request.url).searchParams.get("lang");
    if (lang !== null && !isLocale(lang))
      return refuse({ status: 400, message: `Unknown language "${lang}": choose one of ${LOCALES.join(", ")}.` });
    const file = lang
      ? await getDossierPdfIn(actor, params.dossierId, lang, params.id)
      : await getDossierPdf(actor, params.dossierId, params.id);
    return fileResponse({
      fileName: file.fileName,
      bytes: file.pdf,
      contentType: "application/pdf",
      sha256: file.pdfSha256,
    });
  },
);
